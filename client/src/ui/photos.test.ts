import { describe, expect, it } from 'vitest';
import { catalogs } from '@/i18n/catalog';
import {
  fitWithin,
  isTransient,
  MAX_PHOTOS,
  moveItem,
  PhotoUploadError,
  shouldDownscale,
  takeFiles,
  uploadErrorKey,
  uploadErrorOf,
} from './photos';

describe('upload refusals', () => {
  const refusal = (status: number, reason: string, extra: Record<string, unknown> = {}) =>
    uploadErrorOf(status, { error: { code: status === 429 ? 'RATE_LIMITED' : 'BAD_USER_INPUT', reason, ...extra } });

  it('reads the server’s reason (and retry delay) from a POST /media answer', () => {
    const busy = refusal(429, 'MEDIA_BUSY', { retryAfterSeconds: 2 });
    expect(busy).toBeInstanceOf(PhotoUploadError);
    expect([busy.reason, busy.status, busy.retryAfterSeconds]).toEqual(['MEDIA_BUSY', 429, 2]);
    // A body that is not JSON (a proxy's HTML page) still gives something to go on.
    expect(uploadErrorOf(502, null).reason).toBe('HTTP_502');
    expect(uploadErrorOf(401, { error: { code: 'UNAUTHENTICATED' } }).reason).toBe('UNAUTHENTICATED');
  });

  it('maps each refusal of the server to its own sentence', () => {
    expect(uploadErrorKey(refusal(415, 'UNSUPPORTED_IMAGE_FORMAT'))).toBe('ui.photos.errors.format');
    expect(uploadErrorKey(refusal(413, 'FILE_TOO_LARGE'))).toBe('ui.photos.errors.tooLarge');
    expect(uploadErrorKey(refusal(413, 'IMAGE_TOO_MANY_PIXELS'))).toBe('ui.photos.errors.tooManyPixels');
    expect(uploadErrorKey(refusal(400, 'IMAGE_UNREADABLE'))).toBe('ui.photos.errors.unreadable');
    expect(uploadErrorKey(refusal(400, 'MALFORMED_UPLOAD'))).toBe('ui.photos.errors.unreadable');
    expect(uploadErrorKey(refusal(429, 'MEDIA_BUSY'))).toBe('ui.photos.errors.busy');
    expect(uploadErrorKey(refusal(429, 'TOO_MANY_UNATTACHED_UPLOADS'))).toBe('ui.photos.errors.tooManyUploads');
    expect(uploadErrorKey(refusal(401, 'SESSION_ENDED'))).toBe('ui.photos.errors.signedOut');
    expect(uploadErrorKey(new PhotoUploadError('NETWORK'))).toBe('ui.photos.errors.network');
  });

  it('falls back on the HTTP status, then on a generic sentence', () => {
    expect(uploadErrorKey(uploadErrorOf(413, 'Request Entity Too Large'))).toBe('ui.photos.errors.tooLarge');
    expect(uploadErrorKey(uploadErrorOf(415, null))).toBe('ui.photos.errors.format');
    expect(uploadErrorKey(uploadErrorOf(429, null))).toBe('ui.photos.errors.busy');
    expect(uploadErrorKey(uploadErrorOf(500, { error: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' } }))).toBe(
      'ui.photos.errors.unknown',
    );
    expect(uploadErrorKey(new Error('boom'))).toBe('ui.photos.errors.unknown');
  });

  it('has every sentence in French and English, naming the file', () => {
    const reasons = [
      'UNSUPPORTED_IMAGE_FORMAT',
      'FILE_TOO_LARGE',
      'IMAGE_TOO_MANY_PIXELS',
      'IMAGE_UNREADABLE',
      'MEDIA_BUSY',
      'TOO_MANY_UNATTACHED_UPLOADS',
      'NETWORK',
      'TOKEN_EXPIRED',
      'WHATEVER',
    ];
    for (const reason of reasons) {
      const key = uploadErrorKey(new PhotoUploadError(reason));
      for (const lang of ['fr', 'en'] as const) expect(catalogs[lang][key]).toContain('{name}');
    }
  });

  it('retries only what may work a moment later', () => {
    expect(isTransient(refusal(429, 'MEDIA_BUSY'))).toBe(true);
    expect(isTransient(new PhotoUploadError('NETWORK'))).toBe(true);
    expect(isTransient(refusal(415, 'UNSUPPORTED_IMAGE_FORMAT'))).toBe(false);
    expect(isTransient(refusal(429, 'TOO_MANY_UNATTACHED_UPLOADS'))).toBe(false);
  });
});

describe('the 6-photo limit', () => {
  it('takes the first files that fit and counts the others', () => {
    expect(MAX_PHOTOS).toBe(6);
    expect(takeFiles(0, ['a', 'b'])).toEqual({ accepted: ['a', 'b'], leftOut: 0 });
    expect(takeFiles(4, ['a', 'b', 'c', 'd'])).toEqual({ accepted: ['a', 'b'], leftOut: 2 });
    expect(takeFiles(6, ['a'])).toEqual({ accepted: [], leftOut: 1 });
    expect(takeFiles(0, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])).toEqual({ accepted: ['a', 'b', 'c', 'd', 'e', 'f'], leftOut: 2 });
    // A smaller room (a reply to a request that already has photos).
    expect(takeFiles(0, ['a', 'b', 'c'], 2)).toEqual({ accepted: ['a', 'b'], leftOut: 1 });
    expect(takeFiles(7, ['a'], 6)).toEqual({ accepted: [], leftOut: 1 });
  });
});

describe('reordering', () => {
  it('moves one item earlier or later, never out of the list', () => {
    const list = ['a', 'b', 'c', 'd'];
    expect(moveItem(list, 2, -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(list, 0, 1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveItem(list, 0, -1)).toEqual(list);
    expect(moveItem(list, 3, 1)).toEqual(list);
    expect(moveItem(list, 9, -1)).toEqual(list);
    expect(list).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('sizes', () => {
  it('fits inside a square like the server’s variants, never enlarging', () => {
    expect(fitWithin(1600, 1200, 320)).toEqual({ width: 320, height: 240 });
    expect(fitWithin(1200, 1600, 320)).toEqual({ width: 240, height: 320 });
    expect(fitWithin(200, 100, 320)).toEqual({ width: 200, height: 100 });
    expect(fitWithin(4000, 10, 320)).toEqual({ width: 320, height: 1 });
  });

  it('redraws only big photos in formats every browser decodes', () => {
    expect(shouldDownscale({ size: 8_000_000, type: 'image/jpeg' })).toBe(true);
    expect(shouldDownscale({ size: 8_000_000, type: 'image/png' })).toBe(true);
    expect(shouldDownscale({ size: 500_000, type: 'image/jpeg' })).toBe(false);
    // HEIC and AVIF are left to the server (it refuses HEIC with its own reason).
    expect(shouldDownscale({ size: 8_000_000, type: 'image/heic' })).toBe(false);
    expect(shouldDownscale({ size: 8_000_000, type: 'image/avif' })).toBe(false);
  });
});
