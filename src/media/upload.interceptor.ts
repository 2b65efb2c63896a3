import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import { Observable } from 'rxjs';
import { AppError } from '../common/app-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { MediaReason, uploadRefused } from './media.errors';

/** Uploads received or processed at once per MEDIA_CONCURRENCY slot; beyond, 429 before reading. */
const IN_FLIGHT_PER_SLOT = 8;

/**
 * Reads the multipart body (field `file`, one file) into memory with multer, after the guard has
 * checked the viewer (an anonymous request is refused before its body is read). The size limit
 * stops reading at MEDIA_MAX_BYTES (413), and the number of uploads in flight is capped, so memory
 * stays bounded at about cap × MEDIA_MAX_BYTES plus MEDIA_CONCURRENCY decoded photos, however many
 * residents upload at once (the excess gets 429 MEDIA_BUSY and may retry).
 */
@Injectable()
export class UploadInterceptor implements NestInterceptor {
  private inFlight = 0;
  private readonly maxInFlight: number;
  private readonly maxBytes: number;
  private readonly receive: RequestHandler;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.maxInFlight = config.MEDIA_CONCURRENCY * IN_FLIGHT_PER_SLOT;
    this.maxBytes = config.MEDIA_MAX_BYTES;
    this.receive = multer({
      storage: multer.memoryStorage(),
      limits: { fileSize: config.MEDIA_MAX_BYTES, files: 1, fields: 10, parts: 11, fieldSize: 1024, headerPairs: 50 },
    }).single('file');
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    if (this.inFlight >= this.maxInFlight) {
      throw new AppError('RATE_LIMITED', MediaReason.MEDIA_BUSY, undefined, { retryAfterSeconds: 2 });
    }
    this.inFlight++;
    let released = false;
    // 'close' fires once the response is sent or the client went away: the upload's memory is free.
    res.once('close', () => {
      if (!released) {
        released = true;
        this.inFlight--;
      }
    });
    await new Promise<void>((resolve, reject) => {
      this.receive(req, res, (error?: unknown) => (error ? reject(this.refusal(error)) : resolve()));
    });
    if (!req.file)
      throw uploadRefused(MediaReason.FILE_REQUIRED, 'a multipart/form-data body with the image in the field "file" is required');
    return next.handle();
  }

  private refusal(error: unknown): AppError {
    if (error instanceof multer.MulterError) {
      if (error.code === 'LIMIT_FILE_SIZE') {
        return uploadRefused(MediaReason.FILE_TOO_LARGE, `is larger than ${Math.floor(this.maxBytes / 1024 / 1024)} MB`, 413);
      }
      return uploadRefused(MediaReason.MALFORMED_UPLOAD, `send one image in the field "file" (${error.code})`);
    }
    return uploadRefused(MediaReason.MALFORMED_UPLOAD, 'the multipart body could not be read');
  }
}
