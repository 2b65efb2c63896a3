import { describe, expect, it } from 'vitest';
import { contrastRatio, floorRatio, mix } from './contrast';

describe('contrast', () => {
  it('computes WCAG ratios like the server', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1d3f8f', '#ffffff')!).toBeCloseTo(9.72, 2);
    expect(contrastRatio('#777777', '#ffffff')!).toBeLessThan(4.5);
    expect(contrastRatio('#767676', '#FFFFFF')!).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('blue', '#ffffff')).toBeNull();
    expect(floorRatio(4.4999)).toBe(4.4);
  });

  it('mixes colours', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mix('#1d3f8f', '#000000', 0)).toBe('#1d3f8f');
  });
});
