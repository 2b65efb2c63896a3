import { afterEach, describe, expect, it, vi } from 'vitest';
import { PhotoUploadError } from '@/ui';
import { createUploader } from './media';
import { SessionStore } from './session';

/** A fake XMLHttpRequest answering each send from `answer(authorization)`; records the requests. */
function fakeXhr(answer: (auth: string | null) => { status: number; body: unknown }) {
  const requests: { url: string; auth: string | null; field: FormDataEntryValue | null }[] = [];
  class FakeXhr {
    status = 0;
    response: unknown = null;
    responseType = '';
    upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    private url = '';
    private headers: Record<string, string> = {};
    open(_method: string, url: string) {
      this.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name.toLowerCase()] = value;
    }
    abort() {
      this.onabort?.();
    }
    send(body: FormData) {
      const auth = this.headers.authorization ?? null;
      requests.push({ url: this.url, auth, field: body.get('file') });
      setTimeout(() => {
        this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
        const { status, body: response } = answer(auth);
        this.status = status;
        this.response = response;
        if (status === 0) this.onerror?.();
        else this.onload?.();
      });
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return requests;
}

const later = () => new Date(Date.now() + 15 * 60_000).toISOString();
const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const uploaded = {
  id: 'img-1',
  width: 1600,
  height: 1200,
  placeholder: '#33aa66',
  variants: { thumb: '/media/img-1/thumb', medium: '/media/img-1/medium', large: '/media/img-1/large' },
};

describe('uploading a photo', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('sends the file with the access token and reports progress', async () => {
    const requests = fakeXhr(() => ({ status: 201, body: uploaded }));
    const store = new SessionStore('http://test/graphql');
    store.set({ accessToken: 'fresh', refreshToken: 'r1', accessTokenExpiresAt: later() });
    const progress: number[] = [];
    const photo = await createUploader(store, '/media')(new Blob(['x'], { type: 'image/jpeg' }), { onProgress: (f) => progress.push(f) });
    expect(photo).toEqual(uploaded);
    expect(progress).toEqual([0.5]);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ url: '/media', auth: 'Bearer fresh' });
    expect(requests[0]!.field).toBeInstanceOf(Blob);
  });

  it('refreshes an expired token once and sends again', async () => {
    const requests = fakeXhr((auth) =>
      auth === 'Bearer fresh'
        ? { status: 201, body: uploaded }
        : { status: 401, body: { error: { code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' } } },
    );
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ data: { refreshSession: { accessToken: 'fresh', refreshToken: 'r2', accessTokenExpiresAt: later() } } })),
    );
    const store = new SessionStore('http://test/graphql');
    store.set({ accessToken: 'stale', refreshToken: 'r1', accessTokenExpiresAt: later() });
    const photo = await createUploader(store)(new Blob(['x']), {});
    expect(photo.id).toBe('img-1');
    expect(requests.map((r) => r.auth)).toEqual(['Bearer stale', 'Bearer fresh']);
  });

  it('rejects with the server’s reason, and with NETWORK when the line drops', async () => {
    fakeXhr(() => ({ status: 415, body: { error: { code: 'BAD_USER_INPUT', reason: 'UNSUPPORTED_IMAGE_FORMAT' } } }));
    const store = new SessionStore('http://test/graphql');
    store.set({ accessToken: 'fresh', refreshToken: 'r1', accessTokenExpiresAt: later() });
    await expect(createUploader(store)(new Blob(['x']), {})).rejects.toMatchObject({ reason: 'UNSUPPORTED_IMAGE_FORMAT', status: 415 });
    vi.unstubAllGlobals();
    fakeXhr(() => ({ status: 0, body: null }));
    const error = await createUploader(store)(new Blob(['x']), {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PhotoUploadError);
    expect((error as PhotoUploadError).reason).toBe('NETWORK');
  });
});
