import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import { Observable } from 'rxjs';
import type { Viewer } from '../auth/viewer';
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
 *
 * Slots are not for holding: one user has at most MEDIA_UPLOADS_IN_FLIGHT_PER_USER of them (429
 * TOO_MANY_UPLOADS_IN_FLIGHT), and a body that stalls for MEDIA_BODY_IDLE_TIMEOUT_MS, or is not
 * all there after MEDIA_BODY_TIMEOUT_MS, is answered 408 UPLOAD_TIMEOUT and its connection closed,
 * so a few connections that send headers and wait cannot starve everyone else for minutes.
 *
 * Both counts belong to this process on purpose, also with several instances: they bound this
 * process's memory and CPU, which is what they protect. A user spreading uploads over N instances
 * holds at most MEDIA_UPLOADS_IN_FLIGHT_PER_USER slots on each, so every instance keeps slots for
 * everyone else; a shared count would need leases that survive a crashed instance, for no gain.
 */
@Injectable()
export class UploadInterceptor implements NestInterceptor {
  private inFlight = 0;
  private readonly inFlightByUser = new Map<string, number>();
  private readonly maxInFlight: number;
  private readonly maxInFlightPerUser: number;
  private readonly idleTimeoutMs: number;
  private readonly bodyTimeoutMs: number;
  private readonly maxBytes: number;
  private readonly receive: RequestHandler;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.maxInFlight = config.MEDIA_CONCURRENCY * IN_FLIGHT_PER_SLOT;
    this.maxInFlightPerUser = config.MEDIA_UPLOADS_IN_FLIGHT_PER_USER;
    this.idleTimeoutMs = config.MEDIA_BODY_IDLE_TIMEOUT_MS;
    this.bodyTimeoutMs = config.MEDIA_BODY_TIMEOUT_MS;
    this.maxBytes = config.MEDIA_MAX_BYTES;
    this.receive = multer({
      storage: multer.memoryStorage(),
      limits: { fileSize: config.MEDIA_MAX_BYTES, files: 1, fields: 10, parts: 11, fieldSize: 1024, headerPairs: 50 },
    }).single('file');
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    // The guard ran first: only signed-in users reach this.
    const userId = (req.user as Viewer).id;
    const mine = this.inFlightByUser.get(userId) ?? 0;
    if (mine >= this.maxInFlightPerUser) {
      throw new AppError('RATE_LIMITED', MediaReason.TOO_MANY_UPLOADS_IN_FLIGHT, undefined, { retryAfterSeconds: 2 });
    }
    if (this.inFlight >= this.maxInFlight) {
      throw new AppError('RATE_LIMITED', MediaReason.MEDIA_BUSY, undefined, { retryAfterSeconds: 2 });
    }
    this.inFlight++;
    this.inFlightByUser.set(userId, mine + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.inFlight--;
      const left = (this.inFlightByUser.get(userId) ?? 1) - 1;
      if (left > 0) this.inFlightByUser.set(userId, left);
      else this.inFlightByUser.delete(userId);
    };
    // 'close' fires once the response is sent or the client went away: the upload's memory is free.
    res.once('close', release);
    await this.receiveWithin(req, res, release);
    if (!req.file)
      throw uploadRefused(MediaReason.FILE_REQUIRED, 'a multipart/form-data body with the image in the field "file" is required');
    return next.handle();
  }

  /**
   * Runs multer under two clocks: the idle one restarts with every chunk received, the overall one
   * does not. When either rings, the upload is refused (408), the connection is closed once that
   * answer is written and the slot is given back at once.
   */
  private receiveWithin(req: Request, res: Response, release: () => void): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const finish = (error?: AppError) => {
        if (settled) return;
        settled = true;
        clearTimeout(idle);
        clearTimeout(overall);
        req.off('data', onData);
        if (error) reject(error);
        else resolve();
      };
      const timedOut = () => {
        // Node closes the connection once the answer is written: the rest of the body is never read.
        res.setHeader('Connection', 'close');
        release();
        finish(uploadRefused(MediaReason.UPLOAD_TIMEOUT, 'the upload stalled or took too long; try again', 408));
      };
      // Unref'd: they guard a request in progress and must not keep a stopping process alive (a
      // client that went away mid-body leaves them pending until they fire).
      let idle = setTimeout(timedOut, this.idleTimeoutMs).unref();
      const overall = setTimeout(timedOut, this.bodyTimeoutMs).unref();
      const onData = () => {
        clearTimeout(idle);
        idle = setTimeout(timedOut, this.idleTimeoutMs).unref();
      };
      req.on('data', onData);
      this.receive(req, res, (error?: unknown) => finish(error ? this.refusal(error) : undefined));
    });
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
