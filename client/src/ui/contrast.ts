/**
 * WCAG 2.1 contrast of two `#rrggbb` colours, as the server computes it (src/commune/contrast.ts):
 * the shell applies the commune's colours only when they pass, and the identity form warns while
 * the admin types.
 */
export const MIN_TEXT_CONTRAST = 4.5;

const HEX = /^#[0-9a-fA-F]{6}$/;

export function isHexColor(value: string): boolean {
  return HEX.test(value);
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => channel(parseInt(hex.slice(i, i + 2), 16))) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** From 1 to 21; null when either is not `#rrggbb`. */
export function contrastRatio(a: string, b: string): number | null {
  if (!isHexColor(a) || !isHexColor(b)) return null;
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Rounded down to one decimal, so 4.49 never reads 4.5. */
export function floorRatio(ratio: number): number {
  return Math.floor(ratio * 10) / 10;
}

/** `#rrggbb` mixed with `other` (0: unchanged, 1: other). */
export function mix(hex: string, other: string, weight: number): string {
  const parts = [1, 3, 5].map((i) => {
    const a = parseInt(hex.slice(i, i + 2), 16);
    const b = parseInt(other.slice(i, i + 2), 16);
    return Math.round(a + (b - a) * weight)
      .toString(16)
      .padStart(2, '0');
  });
  return `#${parts.join('')}`;
}
