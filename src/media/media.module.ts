import { Module } from '@nestjs/common';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ImageProcessor } from './image-processor';
import { DeleteImageFilesJob, MediaCleanup, MediaCleanupJob, MediaSweepJob } from './media-cleanup';
import { MediaController } from './media.controller';
import { MediaPersonalData } from './media-personal-data';
import { MediaRepository } from './media.repository';
import { MediaResolver } from './media.resolver';
import { MediaService } from './media.service';
import { LocalDiskStorage } from './storage/local-disk.storage';
import { MEDIA_STORAGE, MediaStorage } from './storage/media-storage';
import { S3Storage } from './storage/s3.storage';
import { UploadInterceptor } from './upload.interceptor';

/**
 * Where media go: an S3-compatible bucket with S3_BUCKET (shared by every instance; checked at
 * start), else the local disk under MEDIA_DIR (one instance, or a folder every instance mounts).
 */
const storageProvider = {
  provide: MEDIA_STORAGE,
  inject: [APP_CONFIG],
  useFactory: async (config: AppConfig): Promise<MediaStorage> => {
    if (!config.S3_BUCKET) return new LocalDiskStorage(config.MEDIA_DIR || join(config.DATA_DIR, 'media'));
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
  },
};

@Module({
  controllers: [MediaController],
  providers: [
    storageProvider,
    ImageProcessor,
    MediaRepository,
    MediaService,
    MediaResolver,
    MediaCleanup,
    MediaCleanupJob,
    MediaSweepJob,
    DeleteImageFilesJob,
    UploadInterceptor,
    MediaPersonalData,
  ],
  // The storage adapter too: other domains keep their own files (a consultation's PDF documents) there.
  exports: [MediaService, MEDIA_STORAGE],
})
export class MediaModule {}
