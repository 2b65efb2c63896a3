import { contrastRatio, formatRatio, luminance, MIN_TEXT_CONTRAST } from './contrast';

describe('contrast', () => {
  it('gives the WCAG ratios of known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // The default tokens: primary with white is noted 9.7:1.
    expect(contrastRatio('#1d3f8f', '#FFFFFF')).toBeCloseTo(9.7, 1);
    // Grey #777777 on white is the classic just-failing pair (4.48:1).
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(MIN_TEXT_CONTRAST);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });

  it('is symmetric and rounds down when written', () => {
    expect(contrastRatio('#1d3f8f', '#ffffff')).toBe(contrastRatio('#ffffff', '#1d3f8f'));
    expect(formatRatio(4.4999)).toBe('4.4:1');
    expect(luminance('#ffffff')).toBe(1);
    expect(() => luminance('red')).toThrow();
  });
});
