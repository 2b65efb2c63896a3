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
import { MEDIA_STORAGE } from './storage/media-storage';
import { UploadInterceptor } from './upload.interceptor';

/** Where the variants go: the local disk for now (an S3-compatible implementation plugs in here). */
const storageProvider = {
  provide: MEDIA_STORAGE,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => new LocalDiskStorage(config.MEDIA_DIR || join(config.DATA_DIR, 'media')),
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
