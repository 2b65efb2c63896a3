import { PhotoUploadError, uploadErrorOf, type UploadedPhoto, type UploadPhoto } from '@/ui';
import { session, type SessionStore } from './session';

/** Reasons for which a fresh access token may fix the upload: refresh once, then send again. */
const RETRY_REASONS = new Set(['TOKEN_EXPIRED', 'TOKEN_INVALID', 'SESSION_ENDED']);

/**
 * One `POST /media` (multipart, field `file`) with the access token. XMLHttpRequest rather than
 * fetch: it reports upload progress, which a resident on a slow line wants to see.
 */
function send(
  url: string,
  file: Blob,
  token: string | null,
  onProgress?: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<UploadedPhoto> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new PhotoUploadError('ABORTED'));
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.responseType = 'json';
    xhr.setRequestHeader('Accept', 'application/json');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(Math.min(1, e.loaded / e.total));
    };
    xhr.onload = () => {
      const body: unknown = xhr.response;
      if (xhr.status === 201 || xhr.status === 200) {
        const photo = body as UploadedPhoto | null;
        if (photo && typeof photo.id === 'string') return resolve(photo);
        return reject(new PhotoUploadError('UNKNOWN', xhr.status));
      }
      reject(uploadErrorOf(xhr.status, body));
    };
    xhr.onerror = () => reject(new PhotoUploadError('NETWORK'));
    xhr.onabort = () => reject(new PhotoUploadError('ABORTED'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const data = new FormData();
    // The name is not kept by the server; a generic one avoids sending the phone's file name.
    data.append('file', file, 'photo');
    xhr.send(data);
  });
}

/** The uploader the photo picker uses: signed in as the session's user, refreshed once on an expired token. */
export function createUploader(store: SessionStore = session, url = '/media'): UploadPhoto {
  return async (file, { onProgress, signal } = {}) => {
    try {
      return await send(url, file, await store.tokenForRequest(), onProgress, signal);
    } catch (error) {
      if (!(error instanceof PhotoUploadError) || error.status !== 401 || !RETRY_REASONS.has(error.reason) || !store.refreshToken)
        throw error;
      store.dropAccessToken();
      await store.refresh();
      return send(url, file, await store.tokenForRequest(), onProgress, signal);
    }
  };
}

export const uploadPhoto = createUploader();
