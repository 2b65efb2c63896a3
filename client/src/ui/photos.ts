/**
 * Photos: the pure rules behind the photo picker and the galleries (no React, no DOM beyond what
 * the downscaler needs), so they can be tested alone.
 */

/** At most this many photos on a proposal, a request or a reply (the server's limit too). */
export const MAX_PHOTOS = 6;

/** What `POST /media` answers. */
export interface UploadedPhoto {
  id: string;
  width: number;
  height: number;
  /** Dominant colour `#rrggbb`, painted while the image loads. */
  placeholder: string;
  variants: { thumb: string; medium: string; large: string };
}

/** An image as the pages show it: ids and sizes from GraphQL, with the URLs asked for by alias. */
export interface GalleryImage {
  id: string;
  width: number;
  height: number;
  placeholder: string;
  thumb: string;
  large: string;
}

/** Uploads one file; rejects with a PhotoUploadError. Provided by the app (it knows the session). */
export type UploadPhoto = (
  file: Blob,
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal },
) => Promise<UploadedPhoto>;

/** Why an upload failed: the server's reason (`UNSUPPORTED_IMAGE_FORMAT`…), or NETWORK / ABORTED / UNKNOWN. */
export class PhotoUploadError extends Error {
  constructor(
    readonly reason: string,
    readonly status = 0,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(reason);
    this.name = 'PhotoUploadError';
  }
}

/** The server's refusal read from a `POST /media` answer (`{ error: { code, reason } }`), whatever its shape. */
export function uploadErrorOf(status: number, body: unknown): PhotoUploadError {
  const error = (body as { error?: { code?: unknown; reason?: unknown; retryAfterSeconds?: unknown } } | null)?.error;
  const reason = typeof error?.reason === 'string' ? error.reason : typeof error?.code === 'string' ? error.code : `HTTP_${status}`;
  const retry = typeof error?.retryAfterSeconds === 'number' ? error.retryAfterSeconds : null;
  return new PhotoUploadError(reason, status, retry);
}

/**
 * The catalog key of the sentence for a refused upload (`ui.photos.errors.<kind>`). Unknown
 * reasons fall back on the HTTP status, then on a generic sentence.
 */
export function uploadErrorKey(error: unknown): string {
  const e = error instanceof PhotoUploadError ? error : new PhotoUploadError('UNKNOWN');
  switch (e.reason) {
    case 'UNSUPPORTED_IMAGE_FORMAT':
      return 'ui.photos.errors.format';
    case 'FILE_TOO_LARGE':
    case 'PAYLOAD_TOO_LARGE':
      return 'ui.photos.errors.tooLarge';
    case 'IMAGE_TOO_MANY_PIXELS':
      return 'ui.photos.errors.tooManyPixels';
    case 'IMAGE_UNREADABLE':
    case 'MALFORMED_UPLOAD':
    case 'FILE_REQUIRED':
      return 'ui.photos.errors.unreadable';
    case 'MEDIA_BUSY':
    case 'TOO_MANY_UPLOADS_IN_FLIGHT':
      return 'ui.photos.errors.busy';
    case 'UPLOAD_TIMEOUT':
      return 'ui.photos.errors.network';
    case 'TOO_MANY_UNATTACHED_UPLOADS':
      return 'ui.photos.errors.tooManyUploads';
    case 'NETWORK':
      return 'ui.photos.errors.network';
    case 'UNAUTHENTICATED':
    case 'TOKEN_EXPIRED':
    case 'TOKEN_INVALID':
    case 'SESSION_ENDED':
      return 'ui.photos.errors.signedOut';
  }
  if (e.status === 413) return 'ui.photos.errors.tooLarge';
  if (e.status === 415) return 'ui.photos.errors.format';
  if (e.status === 429) return 'ui.photos.errors.busy';
  if (e.status === 401) return 'ui.photos.errors.signedOut';
  return 'ui.photos.errors.unknown';
}

/** Whether trying the same file again a moment later may work (the server was busy, the line dropped). */
export function isTransient(error: unknown): boolean {
  // Too many of this person's own photos at once (the picker sends each file as it is chosen), or a
  // body the server gave up waiting for: both pass with a retry.
  return (
    error instanceof PhotoUploadError && ['MEDIA_BUSY', 'TOO_MANY_UPLOADS_IN_FLIGHT', 'UPLOAD_TIMEOUT', 'NETWORK'].includes(error.reason)
  );
}

/**
 * The files of one choice that fit: at most `max - current` of them, in the order chosen; the
 * others are counted so the person can be told how many were left out.
 */
export function takeFiles<T>(current: number, chosen: readonly T[], max = MAX_PHOTOS): { accepted: T[]; leftOut: number } {
  const room = Math.max(0, max - current);
  return { accepted: chosen.slice(0, room), leftOut: Math.max(0, chosen.length - room) };
}

/** The list with the item at `index` moved by `delta` places (clamped); the same list when it cannot move. */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = Math.min(list.length - 1, Math.max(0, index + delta));
  if (index < 0 || index >= list.length || to === index) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item as T);
  return next;
}

/** Width and height scaled to fit inside a `max`×`max` square, never enlarged (how the server sizes variants). */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The thumbnail variant's size (the server's THUMB fits inside 320×320). */
export const THUMB_SIZE = 320;

/**
 * Photos from phones are often 12–50 megapixels and several megabytes: on a slow line that is long
 * to send for a 2048-pixel variant at most. Larger files are redrawn in the browser first, to fit
 * inside this many pixels, as a JPEG (which also drops their metadata, location included).
 */
export const DOWNSCALE_ABOVE_BYTES = 3 * 1024 * 1024;
export const DOWNSCALE_TO = 2560;
const DOWNSCALABLE = new Set(['image/jpeg', 'image/png', 'image/webp']);

/** Whether a file is worth redrawing before upload (big, and in a format every browser decodes). */
export function shouldDownscale(file: { size: number; type: string }): boolean {
  return file.size > DOWNSCALE_ABOVE_BYTES && DOWNSCALABLE.has(file.type);
}

/**
 * A smaller JPEG of a big photo, upright (EXIF orientation applied), or the file itself when it
 * is not worth it or the browser cannot do it: the server checks and converts whatever it gets.
 */
export async function downscaleForUpload(file: File): Promise<Blob> {
  if (!shouldDownscale(file) || typeof createImageBitmap !== 'function' || typeof document === 'undefined') return file;
  let bitmap: ImageBitmap | null = null;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const size = fitWithin(bitmap.width, bitmap.height, DOWNSCALE_TO);
    if (size.width === bitmap.width && size.height === bitmap.height && file.type === 'image/jpeg') return file;
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) return file;
    // A transparent PNG would turn black in JPEG: paint white behind it.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, size.width, size.height);
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.88));
    return blob && blob.size < file.size ? blob : file;
  } catch {
    return file;
  } finally {
    bitmap?.close();
  }
}
