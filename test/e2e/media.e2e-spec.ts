import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { Clock } from '../../src/common/clock';
import { ImageProcessor } from '../../src/media/image-processor';
import { MEDIA_CLEANUP_LOCK, MediaCleanup } from '../../src/media/media-cleanup';
import { MediaService } from '../../src/media/media.service';
import { MEDIA_STORAGE, MediaStorage } from '../../src/media/storage/media-storage';
import { TransactionRunner } from '../../src/database/transaction';
import { fetchBytes, hugePng, sidewaysPhoto, smallImage, upload, webpChunks } from '../harness/media';
import type { TestUser } from '../harness/factories';
import { TestApp } from '../harness/test-app';

const VARIANTS = ['thumb', 'medium', 'large'] as const;
const HOUR = 3600_000;

/** Every file under the media folder (relative paths). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name).slice(dir.length + 1));
}

describe('media: upload, convert, serve', () => {
  let t: TestApp;
  let mediaDir: string;
  let alice: TestUser;
  let photo: Buffer;

  beforeAll(async () => {
    mediaDir = mkdtempSync(join(tmpdir(), 'parvis-media-'));
    t = await TestApp.start({
      MEDIA_DIR: mediaDir,
      MEDIA_MAX_BYTES: String(3 * 1024 * 1024),
      MEDIA_CONCURRENCY: '2',
      // These tests send one user's photos 8 at once (the per-user limit has media-slots.e2e-spec.ts).
      MEDIA_UPLOADS_IN_FLIGHT_PER_USER: '8',
    });
    alice = await t.factories.resident();
    photo = await sidewaysPhoto();
  });
  afterAll(async () => {
    await t?.close();
    rmSync(mediaDir, { recursive: true, force: true });
  });

  const rowCount = async () => Number((await t.sql(`SELECT count(*)::int AS n FROM images`))[0].n);

  describe('a phone photo with EXIF orientation, GPS, XMP and a P3 profile', () => {
    let body: Record<string, any>;

    beforeAll(async () => {
      // The fixture really carries what must disappear.
      const meta = await sharp(photo).metadata();
      expect(meta).toMatchObject({ width: 4000, height: 3000, orientation: 6 });
      expect(meta.exif?.toString('latin1')).toContain('Fairphone');
      expect(meta.exif?.toString('latin1')).toMatch(/\x25\x88/); // the GPSInfo pointer (tag 0x8825, little-endian)
      expect(meta.xmp).toBeDefined();
      expect(meta.icc).toBeDefined();

      const res = await upload(t, photo, { token: alice.token }).expect(201);
      body = res.body;
    });

    it('answers the id, the upright dimensions, a placeholder and the variant URLs', () => {
      expect(body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        width: 3000,
        height: 4000,
        placeholder: expect.stringMatching(/^#[0-9a-f]{6}$/),
        // Not attached yet, so the uploader's only: signed URLs.
        variants: {
          thumb: expect.stringMatching(new RegExp(`^/media/${body.id}/thumb\\?exp=\\d+&sig=[\\w-]{43}$`)),
          medium: expect.stringMatching(new RegExp(`^/media/${body.id}/medium\\?exp=\\d+&sig=[\\w-]{43}$`)),
          large: expect.stringMatching(new RegExp(`^/media/${body.id}/large\\?exp=\\d+&sig=[\\w-]{43}$`)),
        },
      });
    });

    it('records one row owned by the uploader, unattached', async () => {
      const [row] = await t.sql(`SELECT * FROM images WHERE id = $1`, [body.id]);
      expect(row).toMatchObject({
        owner_id: alice.id,
        source_format: 'jpeg',
        source_bytes: photo.length,
        width: 3000,
        height: 4000,
        attached_type: null,
        attached_id: null,
        position: null,
      });
    });

    it('serves every variant turned upright, in WebP, with no metadata at all', async () => {
      const sizes = { thumb: [240, 320], medium: [768, 1024], large: [1536, 2048] };
      for (const variant of VARIANTS) {
        const res = await fetchBytes(t, body.variants[variant]).expect(200);
        const file = res.body as Buffer;
        const meta = await sharp(file).metadata();
        expect({ variant, format: meta.format, width: meta.width, height: meta.height }).toEqual({
          variant,
          format: 'webp',
          width: sizes[variant][0],
          height: sizes[variant][1],
        });
        expect(meta.exif).toBeUndefined();
        expect(meta.xmp).toBeUndefined();
        expect(meta.icc).toBeUndefined();
        expect(meta.orientation ?? 1).toBe(1);
        // Nothing but image data in the file: no EXIF, XMP or ICCP chunk, no trace of the text.
        expect(webpChunks(file).every((c) => ['VP8 ', 'VP8L', 'VP8X', 'ALPH'].includes(c))).toBe(true);
        for (const secret of ['Fairphone', 'Jeanne', 'GPS', 'Exif', 'xmpmeta']) expect(file.includes(secret)).toBe(false);

        // The red band, stored on the left, is on top once turned 90° clockwise.
        const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
        const pixel = (x: number, y: number) => [
          ...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3),
        ];
        const top = pixel(Math.floor(info.width / 2), Math.floor(info.height / 10));
        const bottom = pixel(Math.floor(info.width / 2), Math.floor((info.height * 9) / 10));
        expect(top[0]).toBeGreaterThan(180);
        expect(top[2]).toBeLessThan(80);
        expect(bottom[2]).toBeGreaterThan(150);
        expect(bottom[0]).toBeLessThan(90);
      }
    });

    it('converts the colours to sRGB through the embedded profile (not just dropping it)', async () => {
      const res = await fetchBytes(t, body.variants.medium).expect(200);
      const { data, info } = await sharp(res.body as Buffer)
        .raw()
        .toBuffer({ resolveWithObject: true });
      const at = (Math.floor(info.height * 0.75) * info.width + Math.floor(info.width / 2)) * info.channels;
      // The blue was made as sRGB (40, 90, 200) and stored in Display P3 (about 58, 89, 192).
      expect(Math.abs(data[at] - 40)).toBeLessThanOrEqual(8);
      expect(Math.abs(data[at + 2] - 200)).toBeLessThanOrEqual(8);
    });

    it('serves it, not attached yet, only through its signed URLs: private cache, the right type, 304 on revalidation', async () => {
      const res = await t.http.get(body.variants.thumb).expect(200);
      expect(res.headers['content-type']).toBe('image/webp');
      expect(res.headers['cache-control']).toMatch(/^private, max-age=\d+$/);
      expect(Number(res.headers['content-length'])).toBeGreaterThan(0);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      const etag = res.headers.etag;
      expect(etag).toBeTruthy();
      await t.http.get(body.variants.thumb).set('If-None-Match', etag).expect(304);
      // Anyone else holding only its id gets nothing, for every variant, as for an unknown image.
      for (const variant of VARIANTS) {
        const bare = await t.http.get(`/media/${body.id}/${variant}`).expect(404);
        expect(bare.body.error).toMatchObject({ code: 'NOT_FOUND', reason: 'IMAGE_NOT_FOUND' });
      }
      await t.http.get(`${body.variants.thumb.replace(/sig=[\w-]+/, 'sig=' + 'A'.repeat(43))}`).expect(404);
    });

    it('keeps only the three variants on disk, never the original', () => {
      const files = filesUnder(mediaDir).filter((f) => f.includes(body.id));
      expect(files.map((f) => f.split('/').pop()).sort()).toEqual(['large.webp', 'medium.webp', 'thumb.webp']);
    });
  });

  it('answers 404 for an unknown id, a malformed id or an unknown variant', async () => {
    const { body } = await upload(t, await smallImage('png'), { token: alice.token, filename: 'x.png', contentType: 'image/png' }).expect(
      201,
    );
    const unknown = await t.http.get('/media/00000000-0000-4000-8000-000000000000/medium').expect(404);
    expect(unknown.body.error).toMatchObject({ code: 'NOT_FOUND', reason: 'IMAGE_NOT_FOUND' });
    await t.http.get('/media/not-an-id/medium').expect(404);
    await t.http.get(`/media/${body.id}/original`).expect(404);
    await t.http.get(`/media/${body.id}/..%2F..%2Fetc%2Fpasswd`).expect(404);
  });

  it('accepts PNG (with transparency), WebP and AVIF, whatever the file is called', async () => {
    for (const format of ['png', 'webp', 'avif'] as const) {
      const res = await upload(t, await smallImage(format, 50, 40), {
        token: alice.token,
        filename: 'image.bin',
        contentType: 'application/octet-stream',
      });
      expect({ format, status: res.status }).toEqual({ format, status: 201 });
      expect(res.body).toMatchObject({ width: 50, height: 40 });
      const [row] = await t.sql(`SELECT source_format FROM images WHERE id = $1`, [res.body.id]);
      expect(row.source_format).toBe(format);
    }
  });

  it('brings CMYK and 16-bit greyscale images to sRGB with their colours', async () => {
    const cmyk = await sharp({ create: { width: 60, height: 40, channels: 3, background: { r: 200, g: 100, b: 50 } } })
      .toColourspace('cmyk')
      .jpeg({ quality: 95 })
      .toBuffer();
    const grey16 = await sharp({ create: { width: 60, height: 40, channels: 3, background: { r: 128, g: 128, b: 128 } } })
      .toColourspace('grey16')
      .png()
      .toBuffer();
    expect((await sharp(cmyk).metadata()).space).toBe('cmyk');
    expect((await sharp(grey16).metadata()).depth).toBe('ushort');
    // CMYK's gamut cannot hold every sRGB colour: expect what a direct conversion of the file gives.
    const direct = await sharp(cmyk).toColourspace('srgb').raw().toBuffer();
    for (const [file, expected] of [
      [cmyk, { r: direct[0], g: direct[1], b: direct[2] }],
      [grey16, { r: 128, g: 128, b: 128 }],
    ] as const) {
      const { body } = await upload(t, file, { token: alice.token }).expect(201);
      const variant = (await fetchBytes(t, body.variants.medium).expect(200)).body as Buffer;
      const { data } = await sharp(variant).removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
      expect(Math.abs(data[0] - expected.r)).toBeLessThanOrEqual(6);
      expect(Math.abs(data[1] - expected.g)).toBeLessThanOrEqual(6);
      expect(Math.abs(data[2] - expected.b)).toBeLessThanOrEqual(6);
    }
  });

  describe('refusals', () => {
    let before: number;
    let filesBefore: number;
    beforeEach(async () => {
      before = await rowCount();
      filesBefore = filesUnder(mediaDir).length;
    });
    afterEach(async () => {
      // Nothing was recorded or stored, and the server is still fine.
      expect(await rowCount()).toBe(before);
      expect(filesUnder(mediaDir)).toHaveLength(filesBefore);
      await t.http.get('/health').expect(200);
    });

    it('refuses an anonymous upload with 401 before reading it', async () => {
      const res = await upload(t, await smallImage()).expect(401);
      expect(res.body.error).toMatchObject({ code: 'UNAUTHENTICATED' });
    });

    it('refuses a forged token with 401', async () => {
      await upload(t, await smallImage(), { token: 'not.a.token' }).expect(401);
    });

    it('refuses a text file named .jpg and sent as image/jpeg with 415', async () => {
      const res = await upload(t, Buffer.from('Bonjour, ceci est un fichier texte.\n'.repeat(20)), { token: alice.token }).expect(415);
      expect(res.body.error).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'UNSUPPORTED_IMAGE_FORMAT',
        fields: [{ path: 'file', constraint: 'UNSUPPORTED_IMAGE_FORMAT', message: expect.stringContaining('JPEG, PNG, WebP or AVIF') }],
      });
    });

    it('refuses an SVG, even one called .png, with 415', async () => {
      const svg = Buffer.from(
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">' +
          '<script>alert(1)</script><rect width="100" height="100" fill="red"/></svg>',
      );
      for (const [filename, contentType] of [
        ['dessin.svg', 'image/svg+xml'],
        ['photo.png', 'image/png'],
      ]) {
        const res = await upload(t, svg, { token: alice.token, filename, contentType }).expect(415);
        expect(res.body.error.reason).toBe('UNSUPPORTED_IMAGE_FORMAT');
      }
    });

    it('refuses a GIF and a PDF with 415', async () => {
      const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#ff0000' } })
        .gif()
        .toBuffer();
      await upload(t, gif, { token: alice.token, filename: 'a.gif', contentType: 'image/gif' }).expect(415);
      await upload(t, Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n'), { token: alice.token, filename: 'a.jpg' }).expect(415);
    });

    it('refuses a truncated JPEG with 400', async () => {
      const truncated = photo.subarray(0, Math.floor(photo.length * 0.6));
      const res = await upload(t, truncated, { token: alice.token }).expect(400);
      expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IMAGE_UNREADABLE', fields: [{ path: 'file' }] });
    });

    it('refuses a 20000×20000 PNG from its header, quickly, with 413', async () => {
      const bomb = hugePng(20000, 20000);
      expect(bomb.length).toBeLessThan(200_000);
      const started = Date.now();
      const res = await upload(t, bomb, { token: alice.token, filename: 'bomb.png', contentType: 'image/png' }).expect(413);
      // From the header: decoding 400 megapixels would take far longer (the margin is for a loaded CI machine).
      expect(Date.now() - started).toBeLessThan(3000);
      expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IMAGE_TOO_MANY_PIXELS', fields: [{ path: 'file' }] });
      expect(res.body.error.fields[0].message).toContain('20000×20000');
    });

    it('refuses a file over MEDIA_MAX_BYTES with 413', async () => {
      const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(3 * 1024 * 1024 + 10, 7)]);
      const res = await upload(t, big, { token: alice.token }).expect(413);
      expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE' });
    });

    it('refuses a request without the file, or with it in another field, with 400', async () => {
      const none = await t.http.post('/media').set('Authorization', `Bearer ${alice.token}`).field('name', 'x').expect(400);
      expect(none.body.error.reason).toBe('FILE_REQUIRED');
      const json = await t.http.post('/media').set('Authorization', `Bearer ${alice.token}`).send({ file: 'x' }).expect(400);
      expect(json.body.error.reason).toBe('FILE_REQUIRED');
      const other = await upload(t, await smallImage(), { token: alice.token, field: 'image' }).expect(400);
      expect(other.body.error.reason).toBe('MALFORMED_UPLOAD');
    });
  });

  describe('failures leave nothing behind', () => {
    it('deletes the variants already written when storing one fails, and records no row', async () => {
      const storage = t.get<MediaStorage>(MEDIA_STORAGE);
      const put = storage.put.bind(storage);
      const before = await rowCount();
      const filesBefore = filesUnder(mediaDir).length;
      storage.put = async (key, data) => {
        if (key.endsWith('/large.webp')) throw new Error('disk full');
        return put(key, data);
      };
      try {
        const res = await upload(t, await smallImage(), { token: alice.token }).expect(500);
        expect(res.body.error).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
      } finally {
        storage.put = put;
      }
      expect(await rowCount()).toBe(before);
      expect(filesUnder(mediaDir)).toHaveLength(filesBefore);
    });

    it('deletes the stored variants when the database refuses the row', async () => {
      const before = await rowCount();
      const filesBefore = filesUnder(mediaDir).length;
      await t.sql(`CREATE FUNCTION refuse_images() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no'; END $$`);
      await t.sql(`CREATE TRIGGER refuse_images BEFORE INSERT ON images FOR EACH ROW EXECUTE FUNCTION refuse_images()`);
      try {
        await upload(t, await smallImage(), { token: alice.token }).expect(500);
      } finally {
        await t.sql(`DROP TRIGGER refuse_images ON images; DROP FUNCTION refuse_images()`);
      }
      expect(await rowCount()).toBe(before);
      expect(filesUnder(mediaDir)).toHaveLength(filesBefore);
    });
  });

  describe('load', () => {
    it('takes 8 photos at once, processing at most MEDIA_CONCURRENCY at a time, and stays responsive', async () => {
      const processor = t.get<ImageProcessor>(ImageProcessor);
      let maxRunning = 0;
      const sampler = setInterval(() => {
        maxRunning = Math.max(maxRunning, processor.load.running);
      }, 5);
      const healthTimes: number[] = [];
      let uploading = true;
      const probe = (async () => {
        while (uploading) {
          const started = Date.now();
          await t.http.get('/health').expect(200);
          healthTimes.push(Date.now() - started);
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      const results = await Promise.all(Array.from({ length: 8 }, () => upload(t, photo, { token: alice.token })));
      uploading = false;
      await probe;
      clearInterval(sampler);
      expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
      expect(new Set(results.map((r) => r.body.id)).size).toBe(8);
      expect(maxRunning).toBeGreaterThan(0);
      expect(maxRunning).toBeLessThanOrEqual(2);
      // The decoding runs off the event loop: health checks are answered while photos are converted.
      // The median, not the slowest: on a loaded CI machine one check can wait for the CPU (1.2 s once).
      expect(healthTimes.length).toBeGreaterThan(2);
      const sorted = [...healthTimes].sort((a, b) => a - b);
      expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(1000);
    });
  });

  describe('limits per server and per user', () => {
    it('answers 429 MEDIA_BUSY, before reading the body, past 8 uploads in flight per MEDIA_CONCURRENCY slot', async () => {
      // Two each from eleven residents: under the per-user limit, over the server's.
      const residents = await Promise.all(Array.from({ length: 11 }, () => t.factories.resident()));
      const results = await Promise.all(residents.flatMap((r) => [0, 1].map(() => upload(t, photo, { token: r.token }))));
      const statuses = results.map((r) => r.status);
      expect(statuses.every((s) => s === 201 || s === 429)).toBe(true);
      expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(8);
      const busy = results.filter((r) => r.status === 429);
      expect(busy.length).toBeGreaterThanOrEqual(1);
      for (const r of busy) expect(r.body.error).toMatchObject({ code: 'RATE_LIMITED', reason: 'MEDIA_BUSY', retryAfterSeconds: 2 });
      const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM images WHERE owner_id = ANY($1)`, [residents.map((r) => r.id)]);
      expect(n).toBe(statuses.filter((s) => s === 201).length);
    });

    it('refuses a new upload while the user already has 50 waiting to be attached', async () => {
      const dave = await t.factories.resident();
      await t.sql(
        `INSERT INTO images (id, owner_id, source_format, source_bytes, width, height, placeholder)
         SELECT gen_random_uuid(), $1, 'jpeg', 1000, 10, 10, '#000000' FROM generate_series(1, 50)`,
        [dave.id],
      );
      const res = await upload(t, await smallImage(), { token: dave.token }).expect(429);
      expect(res.body.error).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOO_MANY_UNATTACHED_UPLOADS' });
      await t.sql(`DELETE FROM images WHERE owner_id = $1`, [dave.id]);
      await upload(t, await smallImage(), { token: dave.token }).expect(201);
    });
  });

  describe('the cap of unattached uploads under concurrency', () => {
    it('never lets simultaneous uploads take a user past 50 waiting to be attached', async () => {
      const erin = await t.factories.resident();
      await t.sql(
        `INSERT INTO images (id, owner_id, source_format, source_bytes, width, height, placeholder)
         SELECT gen_random_uuid(), $1, 'jpeg', 1000, 10, 10, '#000000' FROM generate_series(1, 48)`,
        [erin.id],
      );
      const image = await smallImage();
      // Fired together, all of them see 48 before any is recorded.
      const results = await Promise.all(Array.from({ length: 8 }, () => upload(t, image, { token: erin.token })));
      const created = results.filter((r) => r.status === 201);
      expect(created).toHaveLength(2);
      for (const r of results.filter((r) => r.status !== 201)) {
        expect(r.status).toBe(429);
        expect(['TOO_MANY_UNATTACHED_UPLOADS', 'MEDIA_BUSY']).toContain(r.body.error.reason);
      }
      expect(results.filter((r) => r.body.error?.reason === 'TOO_MANY_UNATTACHED_UPLOADS').length).toBeGreaterThanOrEqual(1);
      const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM images WHERE owner_id = $1 AND attached_id IS NULL`, [erin.id]);
      expect(n).toBe(50);
      // Files on disk: the recorded ones only (a refused upload deletes what it had stored).
      const ids = (await t.sql(`SELECT id FROM images WHERE owner_id = $1`, [erin.id])).map((r) => r.id as string);
      const stored = new Set(filesUnder(mediaDir).map((f) => f.split('/').at(-2)));
      expect(created.every((r) => stored.has(r.body.id) && ids.includes(r.body.id))).toBe(true);
    });
  });

  describe('cleanup of uploads never attached', () => {
    const clock = () => t.get<Clock>(Clock);
    const cleanup = () => t.get<MediaCleanup>(MediaCleanup);

    it('deletes rows and files of unattached uploads older than 24 hours, and keeps the rest', async () => {
      const media = t.get<MediaService>(MediaService);
      const kept = (await upload(t, await smallImage(), { token: alice.token }).expect(201)).body;
      const dropped = (await upload(t, await smallImage(), { token: alice.token }).expect(201)).body;
      await t
        .get<TransactionRunner>(TransactionRunner)
        .run((tx) => media.attachImages(tx, alice.id, [kept.id], { type: 'PROPOSAL', id: '11111111-1111-4111-8111-111111111111' }));

      // Less than a day: nothing goes.
      clock().advance(23 * HOUR);
      expect(await cleanup().run({ sweepOrphans: false })).toMatchObject({ skipped: false, deletedImages: 0 });
      expect(filesUnder(mediaDir).some((f) => f.includes(dropped.id))).toBe(true);

      clock().advance(2 * HOUR);
      const report = await cleanup().run({ sweepOrphans: false });
      expect(report.deletedImages).toBeGreaterThanOrEqual(1);
      expect(await t.sql(`SELECT id FROM images WHERE id = $1`, [dropped.id])).toHaveLength(0);
      expect(filesUnder(mediaDir).some((f) => f.includes(dropped.id))).toBe(false);
      await t.http.get(media.privateUrlOf(dropped.id, 'thumb')).expect(404);
      // Every unattached upload is gone; the attached one stays, files included.
      expect(await t.sql(`SELECT id FROM images WHERE attached_id IS NULL`)).toHaveLength(0);
      await t.http.get(media.privateUrlOf(kept.id, 'large')).expect(200);
    });

    it('sweeps stored files no row points to (a crash between writing and recording)', async () => {
      const storage = t.get<MediaStorage>(MEDIA_STORAGE);
      const orphan = '22222222-2222-4222-8222-222222222222';
      await storage.put(`${orphan}/thumb.webp`, Buffer.from('left by a crash'));
      await storage.put(`${orphan}/.medium.webp.abc.tmp`, Buffer.from('half written'));
      const live = (await upload(t, await smallImage(), { token: alice.token }).expect(201)).body;

      // Fresh files are never candidates (an upload may be between writing and recording).
      const first = await cleanup().run({ now: new Date(), sweepOrphans: true });
      expect(first.deletedOrphans).toBe(0);
      expect(filesUnder(mediaDir).some((f) => f.includes(orphan))).toBe(true);

      const report = await cleanup().run({ now: new Date(Date.now() + 25 * HOUR), sweepOrphans: true });
      expect(report.deletedOrphans).toBe(1);
      expect(filesUnder(mediaDir).some((f) => f.includes(orphan))).toBe(false);
      // The live upload was older than a day at that "now" too, so it went as an unattached upload.
      expect(filesUnder(mediaDir).some((f) => f.includes(live.id))).toBe(false);
    });

    it('does nothing while another instance holds the lock', async () => {
      const dropped = (await upload(t, await smallImage(), { token: alice.token }).expect(201)).body;
      await t.sql(`SELECT pg_advisory_lock(hashtext($1))`, [MEDIA_CLEANUP_LOCK]);
      try {
        const report = await cleanup().run({ now: new Date(Date.now() + 48 * HOUR) });
        expect(report).toEqual({ skipped: true, deletedImages: 0, deletedOrphans: 0 });
        expect(await t.sql(`SELECT id FROM images WHERE id = $1`, [dropped.id])).toHaveLength(1);
      } finally {
        await t.sql(`SELECT pg_advisory_unlock(hashtext($1))`, [MEDIA_CLEANUP_LOCK]);
      }
      const report = await cleanup().run({ now: new Date(Date.now() + 48 * HOUR) });
      expect(report.skipped).toBe(false);
      expect(await t.sql(`SELECT id FROM images WHERE id = $1`, [dropped.id])).toHaveLength(0);
    });
  });
});
