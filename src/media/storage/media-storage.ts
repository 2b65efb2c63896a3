import type { Readable } from 'node:stream';

/** Injection token of the configured MediaStorage. */
export const MEDIA_STORAGE = Symbol('MEDIA_STORAGE');

export interface StoredObject {
  size: number;
  /** Opens the bytes for reading (one stream per call). */
  open(): Readable;
}

/**
 * Where variants live, behind one seam: local disk today (LocalDiskStorage), an S3-compatible
 * bucket tomorrow (PutObject is atomic, GetObject, DeleteObjects, ListObjectsV2 map one to one).
 * Keys look like `<image id>/<variant>.webp`; the first segment groups one image's objects.
 */
export interface MediaStorage {
  /** Stores `data` under `key` atomically: readers see the whole object or nothing, never a part. */
  put(key: string, data: Buffer): Promise<void>;
  /** The object, or null when there is none. */
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
