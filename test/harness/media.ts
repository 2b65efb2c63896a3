import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import type { TestApp } from './test-app';

/**
 * Test images made on the spot (no binary fixtures in the repository), and an upload helper.
 * Used by test/e2e/media*.e2e-spec.ts.
 */

/**
 * A phone-like JPEG stored sideways: EXIF orientation 6 (turn 90° clockwise to view), GPS position,
 * camera make and model, an XMP packet and a Display P3 ICC profile. The stored pixels have a red
 * band on the left (the top once upright) and are blue elsewhere.
 */
export async function sidewaysPhoto(width = 4000, height = 3000): Promise<Buffer> {
  const band = Math.round(width / 4);
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 90, b: 200 } } })
    .composite([{ input: { create: { width: band, height, channels: 3, background: { r: 230, g: 20, b: 20 } } }, left: 0, top: 0 }])
    .withExif({
      IFD0: { Make: 'Fairphone', Model: 'FP5', Artist: 'Jeanne Resident' },
      IFD2: { DateTimeOriginal: '2026:03:14 09:26:53' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '47/1 23/1 1234/100',
        GPSLongitudeRef: 'W',
        GPSLongitude: '0/1 41/1 5678/100',
      },
    })
    .withMetadata({ orientation: 6 })
    .withXmp(
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
        '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Jeanne Resident"/></rdf:RDF></x:xmpmeta>',
    )
    .withIccProfile('p3')
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** A small plain image in any accepted format. */
export function smallImage(format: 'jpeg' | 'png' | 'webp' | 'avif' = 'jpeg', width = 64, height = 48): Promise<Buffer> {
  const img = sharp({ create: { width, height, channels: 4, background: { r: 30, g: 140, b: 60, alpha: 1 } } });
  return img[format]().toBuffer();
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A real, valid PNG of `width × height` black pixels, cheap to make: 1 bit per pixel, so a
 * 20000×20000 image is 50 MB of zeros before compression and about 50 KB after — a decompression
 * bomb of 400 megapixels.
 */
export function hugePng(width = 20000, height = 20000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  const raw = Buffer.alloc((1 + Math.ceil(width / 8)) * height); // filter byte 0 + packed pixels, each row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The chunk names of a WebP file (RIFF), e.g. ['VP8X', 'VP8 '] — metadata would show as EXIF, XMP , ICCP. */
export function webpChunks(file: Buffer): string[] {
  if (file.toString('latin1', 0, 4) !== 'RIFF' || file.toString('latin1', 8, 12) !== 'WEBP') throw new Error('not a WebP file');
  const names: string[] = [];
  for (let at = 12; at + 8 <= file.length;) {
    names.push(file.toString('latin1', at, at + 4));
    const size = file.readUInt32LE(at + 4);
    at += 8 + size + (size % 2);
  }
  return names;
}

/** POST /media as a browser would (multipart, field `file`), with an optional bearer token. */
export function upload(t: TestApp, file: Buffer, opts: { token?: string; filename?: string; contentType?: string; field?: string } = {}) {
  const req = t.http.post('/media');
  if (opts.token) req.set('Authorization', `Bearer ${opts.token}`);
  return req.attach(opts.field ?? 'file', file, { filename: opts.filename ?? 'photo.jpg', contentType: opts.contentType ?? 'image/jpeg' });
}

/** GET a URL path as raw bytes. */
export function fetchBytes(t: TestApp, path: string) {
  return t.http
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
}
