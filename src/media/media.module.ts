import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import { ImageProcessor } from './image-processor';
import { DeleteImageFilesJob, MediaCleanup, MediaCleanupJob, MediaSweepJob } from './media-cleanup';
import { MediaController } from './media.controller';
import { MediaPersonalData } from './media-personal-data';
import { MediaRepository } from './media.repository';
import { MediaResolver } from './media.resolver';
import { MediaService } from './media.service';
import { MEDIA_STORAGE } from './storage/media-storage';
import { storageFromConfig } from './storage/storage-from-config';
import { UploadInterceptor } from './upload.interceptor';

/** The configured storage (see storageFromConfig). */
const storageProvider = { provide: MEDIA_STORAGE, inject: [APP_CONFIG], useFactory: storageFromConfig };

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
