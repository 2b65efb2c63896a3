import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Logger } from '@nestjs/common';
import { PassThrough, Readable } from 'node:stream';
import { assertKey, MediaStorage, openExactly, StoredObject } from './media-storage';

/** DeleteObjects takes at most this many keys per call. */
const DELETE_BATCH = 1000;

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** Unset: AWS S3. */
  endpoint?: string;
  forcePathStyle: boolean;
  /** Unset: the AWS SDK's default chain (AWS_* variables, instance or task role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Prepended to every key (empty, or folder names each ending with `/`). */
  prefix: string;
  /** Keys per ListObjectsV2 page (S3's default and maximum: 1000). */
  listPageSize?: number;
}

const logger = new Logger('S3Storage');

const CONTENT_TYPES: Record<string, string> = { webp: 'image/webp', jpg: 'image/jpeg', pdf: 'application/pdf' };

const isMissing = (error: unknown) =>
  error instanceof S3ServiceException &&
  (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata?.httpStatusCode === 404);

/**
 * Media in an S3-compatible bucket (AWS S3, MinIO, Garage, SeaweedFS, Ceph, a provider's), shared
 * by every instance. PutObject is atomic (a reader gets the whole object or none), so no temporary
 * objects exist; bodies stream both ways: an upload from a stream gives its length up front
 * (ContentLength) and is never buffered, a download hands on the response body as it arrives.
 *
 * Checksums are sent only where S3 requires them (requestChecksumCalculation WHEN_REQUIRED): the
 * SDK's default since 2025 streams uploads in aws-chunked encoding with a trailing checksum, which
 * many S3-compatible servers refuse; payloads given as buffers are still signed with their SHA-256.
 */
export class S3Storage implements MediaStorage {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;
  private readonly listPageSize?: number;

  constructor(options: S3StorageOptions, client?: S3Client) {
    this.bucket = options.bucket;
    this.prefix = options.prefix;
    this.listPageSize = options.listPageSize;
    this.client =
      client ??
      new S3Client({
        region: options.region,
        endpoint: options.endpoint,
        forcePathStyle: options.forcePathStyle,
        credentials: options.credentials,
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        // The SDK's warnings go to the server's log, at debug level (a failed request is also an
        // error thrown to the caller, which reports it); its per-request records are dropped.
        logger: {
          debug: () => undefined,
          info: () => undefined,
          warn: (...m: unknown[]) => logger.debug(m.map(String).join(' ')),
          error: () => undefined,
        },
      });
  }

  /** Closes the client's pooled connections (when the server stops). */
  onApplicationShutdown(): void {
    this.client.destroy();
  }

  /** Checks once, at start, that the bucket answers with these credentials: a wrong setting stops the server with one line. */
  async check(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
    } catch (error) {
      const status = error instanceof S3ServiceException ? ` (HTTP ${error.$metadata?.httpStatusCode ?? '?'})` : '';
      const why = error instanceof Error ? `${error.name}${status}: ${error.message}` : String(error);
      throw new Error(`S3 bucket "${this.bucket}" (S3_BUCKET) cannot be reached: ${why}`);
    }
  }

  private objectKey(key: string): string {
    assertKey(key);
    return this.prefix + key;
  }

  async put(key: string, data: Buffer | StoredObject): Promise<void> {
    const extension = key.slice(key.lastIndexOf('.') + 1);
    const stream = Buffer.isBuffer(data) ? null : openExactly(data);
    // The SDK pipes a stream body into its request without watching the stream's errors: a body
    // that fails (or brings the wrong size) aborts the request, or it would wait for ever.
    const abort = new AbortController();
    let streamError: Error | undefined;
    stream?.on('error', (error) => {
      streamError = error;
      abort.abort();
    });
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: this.objectKey(key),
          ContentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
          Body: stream ?? (data as Buffer),
          ContentLength: stream ? (data as StoredObject).size : (data as Buffer).length,
        }),
        { abortSignal: abort.signal },
      );
    } catch (error) {
      throw streamError ?? error;
    } finally {
      // A stream the request gave up on (a refusal, a network error) is closed, not left open.
      if (stream && !stream.readableEnded) stream.destroy();
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    const Key = this.objectKey(key);
    let first: Readable | null;
    let size: number;
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key }));
      first = res.Body as Readable;
      size = res.ContentLength ?? 0;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    return {
      size,
      open: () => {
        // The body already fetched goes to the first reader; a second reader fetches again.
        if (first) {
          const body = first;
          first = null;
          return body;
        }
        const out = new PassThrough();
        this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key })).then(
          (res) => (res.Body as Readable).on('error', (e) => out.destroy(e)).pipe(out),
          (error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))),
        );
        return out;
      },
    };
  }

  async delete(keys: string[]): Promise<void> {
    const objects = keys.map((key) => ({ Key: this.objectKey(key) }));
    for (let i = 0; i < objects.length; i += DELETE_BATCH) {
      const res = await this.client.send(
        new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: objects.slice(i, i + DELETE_BATCH), Quiet: true } }),
      );
      // S3 reports no error for a missing key; anything listed here was not deleted.
      const failed = (res.Errors ?? []).filter((e) => e.Code !== 'NoSuchKey');
      if (failed.length)
        throw new Error(
          `S3 could not delete ${failed.length} object(s), e.g. ${failed[0].Key}: ${failed[0].Code} ${failed[0].Message ?? ''}`,
        );
    }
  }

  async *list(): AsyncIterable<{ key: string; modifiedAt: Date }> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: this.prefix || undefined,
          ContinuationToken: token,
          MaxKeys: this.listPageSize,
        }),
      );
      for (const object of page.Contents ?? []) {
        if (!object.Key) continue;
        yield { key: object.Key.slice(this.prefix.length), modifiedAt: object.LastModified ?? new Date(0) };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }
}
