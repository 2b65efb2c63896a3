import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { LocalDiskStorage } from '../../src/media/storage/local-disk.storage';
import { MEDIA_STORAGE, MediaStorage, StoredObject, streamed } from '../../src/media/storage/media-storage';
import { S3Storage, S3StorageOptions } from '../../src/media/storage/s3.storage';
import { MediaCleanup } from '../../src/media/media-cleanup';
import { copyMedia } from '../../src/media/storage/copy-media';
import { createConsultation } from '../harness/consultations';
import { fetchBytes, smallImage, upload } from '../harness/media';
import { startS3Server, S3TestServer } from '../harness/s3';
import { TestApp } from '../harness/test-app';

const HOUR = 3600_000;

/** Every chunk of a stream, kept apart (to see that bytes arrive as a stream, not as one buffer). */
async function chunksOf(stream: Readable): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return chunks;
}
const bytesOf = async (o: StoredObject | null) => Buffer.concat(await chunksOf(o!.open()));

/** A body of `size` bytes produced in 64 KiB pieces, never whole in memory. */
function generated(size: number, fill = 7): StoredObject {
  return streamed(size, () =>
    Readable.from(
      (function* () {
        for (let sent = 0; sent < size; sent += 65536) yield Buffer.alloc(Math.min(65536, size - sent), fill);
      })(),
    ),
  );
}

/** Whether s3rver holds an object (it keeps `<bucket>/<key>._S3rver_object` files). */
const inBucket = (s3: S3TestServer, key: string) => existsSync(join(s3.directory, s3.bucket, ...key.split('/')) + '._S3rver_object');

async function listAll(storage: MediaStorage): Promise<string[]> {
  const keys: string[] = [];
  for await (const { key } of storage.list()) keys.push(key);
  return keys;
}

describe('media storage on an S3-compatible server (s3rver, started by the harness)', () => {
  let s3: S3TestServer;
  let options: S3StorageOptions;
  let storage: S3Storage;
  /** Storages made by one test, closed at the end. */
  const after: S3Storage[] = [];

  beforeAll(async () => {
    s3 = await startS3Server();
    options = {
      bucket: s3.bucket,
      region: 'us-east-1',
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
      prefix: '',
    };
    storage = new S3Storage(options);
    await storage.check();
  });
  afterAll(async () => {
    for (const s of [storage, ...after]) s?.onApplicationShutdown();
    await s3?.stop();
  });

  it('puts a buffer and gets it back with its size; a missing key is null', async () => {
    const bytes = Buffer.from('une image, en quelque sorte');
    await storage.put('a1b2/thumb.webp', bytes);
    const got = await storage.get('a1b2/thumb.webp');
    expect(got?.size).toBe(bytes.length);
    expect(await bytesOf(got)).toEqual(bytes);
    expect(await storage.get('a1b2/medium.webp')).toBeNull();
    expect(await storage.get('nobody/thumb.webp')).toBeNull();
  });

  it('streams a large body in and out, and each open() is a stream of its own', async () => {
    const size = 5 * 1024 * 1024 + 123;
    await storage.put('big/document.pdf', generated(size, 9));
    const got = await storage.get('big/document.pdf');
    expect(got?.size).toBe(size);
    const chunks = await chunksOf(got!.open());
    // Delivered as it arrives from the server: many chunks, not one buffer.
    expect(chunks.length).toBeGreaterThan(5);
    const all = Buffer.concat(chunks);
    expect(all.length).toBe(size);
    expect(all.every((b) => b === 9)).toBe(true);
    // A second reader of the same object gets the bytes again.
    expect((await bytesOf(got)).length).toBe(size);
  });

  it('fails a write whose stream does not bring the announced size, instead of waiting for ever', async () => {
    const short = streamed(1000, () => Readable.from([Buffer.alloc(400, 1)]));
    await expect(storage.put('short/large.webp', short)).rejects.toThrow('400 bytes instead of the announced 1000');
    const long = streamed(10, () => Readable.from([Buffer.alloc(400, 1)]));
    await expect(storage.put('long/large.webp', long)).rejects.toThrow('more than the announced 10 bytes');
    // (Real S3 then stores nothing — IncompleteBody —; s3rver keeps what arrived, so that is not checked here.)
  });

  it('deletes keys, missing ones included, and lists every key across pages', async () => {
    const paged = new S3Storage({ ...options, prefix: 'pages/', listPageSize: 2 });
    after.push(paged);
    const ids = ['p1', 'p2', 'p3', 'p4', 'p5'];
    await Promise.all(ids.map((id) => paged.put(`${id}/thumb.webp`, Buffer.from(id))));
    // Three pages of ListObjectsV2, in key order (one image's objects stay together).
    expect(await listAll(paged)).toEqual(ids.map((id) => `${id}/thumb.webp`));
    await paged.delete([...ids.map((id) => `${id}/thumb.webp`), 'never/stored.webp']);
    expect(await listAll(paged)).toEqual([]);
    expect(await paged.get('p1/thumb.webp')).toBeNull();
    await expect(paged.delete(['never/stored.webp'])).resolves.toBeUndefined();
  });

  it('keeps to its S3_PREFIX, so a shared bucket’s other objects are never listed or deleted', async () => {
    const mine = new S3Storage({ ...options, prefix: 'parvis/' });
    const other = new S3Storage({ ...options, prefix: 'autre-appli/' });
    after.push(mine, other);
    await mine.put('c0ffee/thumb.webp', Buffer.from('mine'));
    await other.put('c0ffee/thumb.webp', Buffer.from('not mine'));
    expect(await listAll(mine)).toEqual(['c0ffee/thumb.webp']);
    await mine.delete(['c0ffee/thumb.webp']);
    expect(await mine.get('c0ffee/thumb.webp')).toBeNull();
    expect((await bytesOf(await other.get('c0ffee/thumb.webp'))).toString()).toBe('not mine');
    // The object really is under the prefix in the bucket.
    expect(inBucket(s3, 'autre-appli/c0ffee/thumb.webp')).toBe(true);
  });

  it('copies a local disk’s media into the bucket (moving a commune to several instances)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parvis-copy-'));
    try {
      const disk = new LocalDiskStorage(dir);
      const image = '6d1a3e4c-1111-4222-8333-444455556666';
      await disk.put(`${image}/thumb.webp`, Buffer.from('thumb'));
      await disk.put(`${image}/large.webp`, generated(200_000, 5));
      await disk.put('consultation-documents/7e2b.pdf', Buffer.from('%PDF-1.4 document'));
      // An unfinished write, as a crash leaves it: not copied.
      await disk.put(`${image}/.medium.webp.abc.tmp`, Buffer.from('half'));
      const bucket = new S3Storage({ ...options, prefix: 'copied/' });
      after.push(bucket);
      const copied: string[] = [];
      expect(await copyMedia(disk, bucket, (key) => copied.push(key))).toBe(3);
      expect((await listAll(bucket)).sort()).toEqual([`${image}/large.webp`, `${image}/thumb.webp`, 'consultation-documents/7e2b.pdf']);
      expect(copied.sort()).toEqual((await listAll(bucket)).sort());
      expect(
        Buffer.compare(await bytesOf(await bucket.get(`${image}/large.webp`)), await bytesOf(await disk.get(`${image}/large.webp`))),
      ).toBe(0);
      // Again: the same objects, nothing else.
      expect(await copyMedia(disk, bucket)).toBe(3);
      expect(await listAll(bucket)).toHaveLength(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses keys that are not media keys before any request', async () => {
    await expect(storage.put('../escape/thumb.webp', Buffer.from('x'))).rejects.toThrow(/invalid media storage key/);
    await expect(storage.get('a/b/c')).rejects.toThrow(/invalid media storage key/);
  });

  it('stops at start, in one line, on a bucket that is not there or credentials it refuses', async () => {
    const absent = new S3Storage({ ...options, bucket: 'pas-de-seau' });
    const stranger = new S3Storage({ ...options, credentials: { accessKeyId: 'UNKNOWN', secretAccessKey: 'nope' } });
    after.push(absent, stranger);
    await expect(absent.check()).rejects.toThrow(/^S3 bucket "pas-de-seau" \(S3_BUCKET\) cannot be reached: .*404/);
    await expect(stranger.check()).rejects.toThrow(/S3_BUCKET\) cannot be reached: .*403/);
  });
});

describe('local disk storage streams too', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parvis-disk-'));
  const storage = new LocalDiskStorage(dir);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a stream of the announced size, and nothing (not even a temporary file) otherwise', async () => {
    await storage.put('d0c/document.pdf', generated(300_000, 3));
    const got = await storage.get('d0c/document.pdf');
    expect(got?.size).toBe(300_000);
    expect((await bytesOf(got)).every((b) => b === 3)).toBe(true);
    await expect(
      storage.put(
        'd0c/short.pdf',
        streamed(10, () => Readable.from([Buffer.alloc(4)])),
      ),
    ).rejects.toThrow(/4 bytes instead of/);
    await expect(
      storage.put(
        'd0c/long.pdf',
        streamed(2, () => Readable.from([Buffer.alloc(4)])),
      ),
    ).rejects.toThrow(/more than the announced/);
    expect(readdirSync(join(dir, 'd0', 'd0c')).sort()).toEqual(['document.pdf']);
  });
});

describe('a server with S3_* set keeps every medium in the bucket', () => {
  let s3: S3TestServer;
  let t: TestApp;
  let mediaDir: string;

  beforeAll(async () => {
    s3 = await startS3Server();
    mediaDir = mkdtempSync(join(tmpdir(), 'parvis-unused-media-'));
    t = await TestApp.start({ ...s3.env, S3_PREFIX: 'parvis/', MEDIA_DIR: mediaDir });
  });
  afterAll(async () => {
    await t?.close();
    await s3?.stop();
    rmSync(mediaDir, { recursive: true, force: true });
  });

  it('stores the variants of an upload in the bucket, serves them, and answers a revalidation without fetching', async () => {
    expect(t.get<MediaStorage>(MEDIA_STORAGE)).toBeInstanceOf(S3Storage);
    const alice = await t.factories.resident();
    const res = await upload(t, await smallImage('png', 320, 240), { token: alice.token }).expect(201);
    const id = res.body.id as string;
    for (const v of ['thumb', 'medium', 'large']) expect(inBucket(s3, `parvis/${id}/${v}.webp`)).toBe(true);
    // Nothing on the local disk.
    expect(readdirSync(mediaDir)).toEqual([]);

    const served = await fetchBytes(t, res.body.variants.medium).expect(200);
    expect(served.headers['content-type']).toBe('image/webp');
    expect(served.body.toString('latin1', 8, 12)).toBe('WEBP');
    expect(Number(served.headers['content-length'])).toBe(served.body.length);
    const again = await t.http.get(res.body.variants.medium).set('If-None-Match', served.headers.etag);
    expect(again.status).toBe(304);

    // A variant whose object is gone answers 404 without the image's caching headers.
    await t.get<MediaStorage>(MEDIA_STORAGE).delete([`${id}/thumb.webp`]);
    const gone = await t.http.get(res.body.variants.thumb);
    expect(gone.status).toBe(404);
    expect(gone.headers['cache-control'] ?? '').not.toMatch(/immutable|max-age=[1-9]/);
  });

  it('deletes an abandoned upload’s objects and sweeps orphans from the bucket', async () => {
    const bob = await t.factories.resident();
    const res = await upload(t, await smallImage('jpeg'), { token: bob.token }).expect(201);
    const orphan = '0b5e55ed-0000-4000-8000-000000000001';
    const storage = t.get<MediaStorage>(MEDIA_STORAGE);
    await storage.put(`${orphan}/thumb.webp`, Buffer.from('left by a crash'));
    const report = await t.get<MediaCleanup>(MediaCleanup).run({ now: new Date(Date.now() + 25 * HOUR), sweepOrphans: true });
    expect(report).toMatchObject({ skipped: false, deletedOrphans: 1 });
    expect(report.deletedImages).toBeGreaterThanOrEqual(1);
    expect(await storage.get(`${res.body.id}/large.webp`)).toBeNull();
    expect(await storage.get(`${orphan}/thumb.webp`)).toBeNull();
  });

  it('streams a consultation’s PDF document into the bucket and back', async () => {
    const council = await t.factories.council();
    const c = await createConsultation(t, council, {}, 'upcoming');
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2 * 1024 * 1024, 0x20), Buffer.from('\n%%EOF\n')]);
    const added = await t.http
      .post(`/consultations/${c.id}/documents`)
      .set('Authorization', `Bearer ${council.token}`)
      .attach('file', pdf, { filename: 'budget.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(added.body.size).toBe(pdf.length);
    const [row] = await t.sql(`SELECT storage_key AS key FROM consultation_documents WHERE id = $1`, [added.body.id]);
    expect(inBucket(s3, `parvis/${row.key}`)).toBe(true);
    const served = await fetchBytes(t, added.body.url).expect(200);
    expect(served.headers['content-type']).toMatch(/application\/pdf/);
    expect(Buffer.compare(served.body, pdf)).toBe(0);

    const notPdf = await t.http
      .post(`/consultations/${c.id}/documents`)
      .set('Authorization', `Bearer ${council.token}`)
      .attach('file', Buffer.from('GIF89a not a pdf'), { filename: 'x.pdf', contentType: 'application/pdf' });
    expect([notPdf.status, notPdf.body.error?.reason]).toEqual([400, 'NOT_A_PDF']);
  });

  it('does not start with a bucket that is not there', async () => {
    await expect(TestApp.start({ ...s3.env, S3_BUCKET: 'absent-bucket' })).rejects.toThrow(/S3 bucket "absent-bucket" \(S3_BUCKET\)/);
  });
});
