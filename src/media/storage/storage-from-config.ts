import { join } from 'node:path';
import type { AppConfig } from '../../config/app-config';
import { LocalDiskStorage } from './local-disk.storage';
import type { MediaStorage } from './media-storage';
import { S3Storage } from './s3.storage';

/** The local disk under MEDIA_DIR (default `<DATA_DIR>/media`). */
export const localStorageFromConfig = (config: AppConfig) => new LocalDiskStorage(config.MEDIA_DIR || join(config.DATA_DIR, 'media'));

/** The S3-compatible bucket of S3_*, checked (one-line error when it cannot be reached). */
export async function s3StorageFromConfig(config: AppConfig & { S3_BUCKET: string }): Promise<S3Storage> {
  const s3 = new S3Storage({
    bucket: config.S3_BUCKET,
    region: config.S3_REGION,
    endpoint: config.S3_ENDPOINT,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
    credentials:
      config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
        : undefined,
    prefix: config.S3_PREFIX,
  });
  await s3.check();
  return s3;
}

/**
 * Where media go: an S3-compatible bucket with S3_BUCKET (shared by every instance; checked at
 * start), else the local disk under MEDIA_DIR (one instance, or a folder every instance mounts).
 */
export async function storageFromConfig(config: AppConfig): Promise<MediaStorage> {
  return hasBucket(config) ? s3StorageFromConfig(config) : localStorageFromConfig(config);
}

export const hasBucket = (config: AppConfig): config is AppConfig & { S3_BUCKET: string } => Boolean(config.S3_BUCKET);
