import { Readable, Transform } from 'node:stream';

/** Injection token of the configured MediaStorage. */
export const MEDIA_STORAGE = Symbol('MEDIA_STORAGE');

export interface StoredObject {
  size: number;
  /** Opens the bytes for reading (one stream per call). */
  open(): Readable;
}

/** A body of known size to store from a stream (e.g. a file spooled to disk). */
export const streamed = (size: number, open: () => Readable): StoredObject => ({ size, open });

/**
 * Where media live, behind one seam: the local disk (LocalDiskStorage) or an S3-compatible bucket
 * (S3Storage), chosen at start (S3_BUCKET). Keys look like `<image id>/<variant>.webp` (or
 * `consultation-documents/<id>.pdf`); the first segment groups one image's objects. Bytes stream
 * in and out: a body given as a StoredObject is never held whole in memory.
 */
export interface MediaStorage {
  /**
   * Stores `data` under `key` atomically: readers see the whole object or nothing, never a part.
   * A StoredObject is read from its stream, which must yield exactly `size` bytes (else the write
   * fails and nothing is stored).
   */
  put(key: string, data: Buffer | StoredObject): Promise<void>;
  /** The object, or null when there is none. Its stream must be opened (and read or destroyed) once fetched. */
  get(key: string): Promise<StoredObject | null>;
  /** Deletes these keys; missing ones are ignored. */
  delete(keys: string[]): Promise<void>;
  /**
   * Every stored key (partial writes included) with its last change, for the sweep that removes
   * objects no database row points to.
   */
  list(): AsyncIterable<{ key: string; modifiedAt: Date }>;
}

const KEY = /^[A-Za-z0-9-]{1,64}\/[A-Za-z0-9._-]{1,128}$/;

/** Keys are built by the server, but a key is checked before it becomes a path or a URL. */
export function assertKey(key: string): void {
  if (!KEY.test(key) || key.includes('..')) throw new Error(`invalid media storage key: ${JSON.stringify(key)}`);
}

/**
 * The stream of a StoredObject, failing unless it brings exactly its announced `size` (a stream
 * that ends early would otherwise leave an upload with a Content-Length waiting for ever).
 */
export function openExactly(body: StoredObject): Readable {
  let seen = 0;
  const check = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      done(seen > body.size ? new Error(`more than the announced ${body.size} bytes`) : null, chunk);
    },
    flush(done) {
      done(seen === body.size ? null : new Error(`${seen} bytes instead of the announced ${body.size}`));
    },
  });
  const source = body.open();
  source.on('error', (error) => check.destroy(error));
  check.on('close', () => {
    if (!source.readableEnded) source.destroy();
  });
  return source.pipe(check);
}
