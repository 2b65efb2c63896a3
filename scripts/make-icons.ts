/**
 * Draws the installable app's icons (client/public/icons/) from the favicon's drawing with sharp:
 * `npm run icons`. The PNGs are committed; run this again only when the drawing changes.
 * - icon-192.png, icon-512.png: the favicon as is (rounded square, for "any" purpose);
 * - maskable-512.png: a full-bleed square with the drawing inside the central 60 %, so a launcher's
 *   circle or squircle mask never cuts it (the safe zone is the central 80 %);
 * - apple-touch-icon.png (180 px, full-bleed: iOS rounds the corners itself).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const BRAND = '#1d3f8f'; // --color-primary in client/src/ui/tokens.css
const DRAWING =
  '<path d="M6 26h20M8 24V13m5.5 11V13m5 11V13m5.5 11V13M5 12 16 5l11 7z" stroke="#fff" stroke-width="2.2" fill="none" stroke-linejoin="round"/>';

/** The 32-unit drawing on a background; `scale` shrinks it around the centre (1 = as in the favicon). */
function svg(size: number, { rounded, scale }: { rounded: boolean; scale: number }): Buffer {
  const offset = (32 - 32 * scale) / 2;
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">` +
      `<rect width="32" height="32" ${rounded ? 'rx="6"' : ''} fill="${BRAND}"/>` +
      `<g transform="translate(${offset} ${offset}) scale(${scale})">${DRAWING}</g></svg>`,
  );
}

async function main() {
  const out = join(__dirname, '..', 'client', 'public', 'icons');
  mkdirSync(out, { recursive: true });
  const icons: [string, Buffer][] = [
    ['icon-192.png', svg(192, { rounded: true, scale: 1 })],
    ['icon-512.png', svg(512, { rounded: true, scale: 1 })],
    ['maskable-512.png', svg(512, { rounded: false, scale: 0.6 })],
    ['apple-touch-icon.png', svg(180, { rounded: false, scale: 0.8 })],
  ];
  for (const [name, source] of icons) {
    await sharp(source).png({ compressionLevel: 9, palette: true }).toFile(join(out, name));
    console.log(`client/public/icons/${name}`);
  }
}

void main();
