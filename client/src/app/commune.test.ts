import { describe, expect, it } from 'vitest';
import { themeOf } from './commune';

describe('the commune’s colours', () => {
  it('apply nothing before the commune is set up', () => {
    expect(themeOf(null)).toEqual({});
    expect(themeOf({ configured: false, primaryColor: '#7a1f3d', primaryTextColor: '#ffffff' })).toEqual({});
  });

  it('colour the band and the primary tokens when they read on white', () => {
    const theme = themeOf({ configured: true, primaryColor: '#7a1f3d', primaryTextColor: '#ffffff' });
    expect(theme).toMatchObject({ '--color-brand': '#7a1f3d', '--color-on-brand': '#ffffff', '--color-primary': '#7a1f3d' });
    expect(theme['--color-primary-soft']).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('keep a light brand colour to the band: text on white keeps the default blue', () => {
    const theme = themeOf({ configured: true, primaryColor: '#ffcc00', primaryTextColor: '#1a1d23' });
    expect(theme).toEqual({ '--color-brand': '#ffcc00', '--color-on-brand': '#1a1d23' });
  });

  it('apply nothing from a pair that does not contrast (the server refuses it anyway)', () => {
    expect(themeOf({ configured: true, primaryColor: '#ffcc00', primaryTextColor: '#ffffff' })).toEqual({});
  });
});
