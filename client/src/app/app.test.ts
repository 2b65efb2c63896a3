import { describe, expect, it } from 'vitest';
import { mergeTypePolicies, navItems, featureRoutes } from './features';
import { safeNext } from './guards';

describe('feature discovery', () => {
  it('collects the routes and nav items of every feature', () => {
    const paths = featureRoutes.map((r) => r.path ?? (r.index ? '/' : ''));
    expect(paths).toEqual(expect.arrayContaining(['/', '/sign-in', '/sign-up', '/account', '/admin']));
    expect(navItems[0]?.to).toBe('/');
    expect(navItems.find((n) => n.to === '/admin')?.roles).toEqual(['ADMIN']);
  });

  it('refuses two features defining the same cache field', () => {
    const a = { typePolicies: { Query: { fields: { proposals: {} } } } };
    const b = { typePolicies: { Query: { fields: { proposals: {} } } } };
    expect(() => mergeTypePolicies([a, b])).toThrow(/Query.proposals/);
    expect(mergeTypePolicies([a, { typePolicies: { Query: { fields: { forums: {} } } } }]).Query?.fields).toHaveProperty('forums');
  });
});

describe('safeNext', () => {
  it('only follows paths of this site', () => {
    expect(safeNext('/account')).toBe('/account');
    expect(safeNext('//evil.example/x')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext(null, '/home')).toBe('/home');
  });
});
