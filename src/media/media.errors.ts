import { AppError } from '../common/app-error';

/** The media domain's reasons (the client translates them; `fields[].message` explains in English). */
export const MediaReason = {
  FILE_REQUIRED: 'FILE_REQUIRED',
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  MALFORMED_UPLOAD: 'MALFORMED_UPLOAD',
  UNSUPPORTED_IMAGE_FORMAT: 'UNSUPPORTED_IMAGE_FORMAT',
  IMAGE_UNREADABLE: 'IMAGE_UNREADABLE',
  IMAGE_TOO_MANY_PIXELS: 'IMAGE_TOO_MANY_PIXELS',
  MEDIA_BUSY: 'MEDIA_BUSY',
  /** This user already has MEDIA_UPLOADS_IN_FLIGHT_PER_USER uploads under way. */
  TOO_MANY_UPLOADS_IN_FLIGHT: 'TOO_MANY_UPLOADS_IN_FLIGHT',
  /** The body stalled or took too long to arrive (408). */
  UPLOAD_TIMEOUT: 'UPLOAD_TIMEOUT',
  TOO_MANY_UNATTACHED_UPLOADS: 'TOO_MANY_UNATTACHED_UPLOADS',
  IMAGE_NOT_FOUND: 'IMAGE_NOT_FOUND',
  IMAGE_NOT_YOURS: 'IMAGE_NOT_YOURS',
  IMAGE_ALREADY_ATTACHED: 'IMAGE_ALREADY_ATTACHED',
  TOO_MANY_IMAGES: 'TOO_MANY_IMAGES',
  DUPLICATE_IMAGE: 'DUPLICATE_IMAGE',
} as const;
export type MediaReason = (typeof MediaReason)[keyof typeof MediaReason];

/**
 * A refusal of the uploaded file (field `file`). `httpStatus` lets the REST filter answer 413 or 415
 * where the closed set of codes has no such status (the body still says BAD_USER_INPUT).
 */
export function uploadRefused(reason: MediaReason, message: string, httpStatus = 400): AppError {
  return new AppError('BAD_USER_INPUT', reason, [{ path: 'file', constraint: reason, message }], { httpStatus });
}

/** A refusal of `imageIds` given to another domain's mutation. */
export function imageIdsRefused(path: string, reason: MediaReason, message: string): AppError {
  return AppError.badInput(reason, [{ path, constraint: reason, message }]);
}
