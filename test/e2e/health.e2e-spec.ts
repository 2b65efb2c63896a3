import { TestApp } from '../harness/test-app';

describe('health and HTTP basics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t?.close());

  it('answers /health with the database up', async () => {
    const res = await t.http.get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', db: 'up' });
  });

  it('gives every response a request id and security headers', async () => {
    const res = await t.http.get('/health');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('keeps a well-formed request id given by a proxy', async () => {
    const res = await t.http.get('/health').set('X-Request-Id', 'proxy-abc-12345');
    expect(res.headers['x-request-id']).toBe('proxy-abc-12345');
  });
});

describe('CORS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ CORS_ORIGINS: 'https://outils.mairie.example' });
  });
  afterAll(() => t?.close());

  it('allows the configured origins only', async () => {
    const ok = await t.http.options('/graphql').set('Origin', 'https://outils.mairie.example').set('Access-Control-Request-Method', 'POST');
    expect(ok.headers['access-control-allow-origin']).toBe('https://outils.mairie.example');
    const other = await t.http.options('/graphql').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'POST');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('security headers over HTTP and HTTPS', () => {
  let t: TestApp;
  let direct: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ TRUST_PROXY_HOPS: '1', CSP_IMG_SOURCES: 'https://tiles.example.org' });
    direct = await TestApp.start();
  });
  afterAll(async () => {
    await t?.close();
    await direct?.close();
  });

  const csp = (res: { headers: Record<string, string> }) =>
    Object.fromEntries(
      res.headers['content-security-policy'].split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    ) as Record<string, string[]>;

  it('over plain HTTP (a LAN address): no HSTS, no upgrade-insecure-requests, so the page loads', async () => {
    const res = await t.http.get('/health').set('Host', '192.168.1.20:3000');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    const policy = csp(res);
    expect(policy['upgrade-insecure-requests']).toBeUndefined();
    // The app's own origin and its own WebSocket only: no ws:/wss:/https: wildcards.
    expect(policy['connect-src']).toEqual(["'self'", 'ws://192.168.1.20:3000']);
    // The map's tile host (from MAP_TILE_URL, default OpenStreetMap France) is added by itself.
    expect(policy['img-src']).toEqual(["'self'", 'data:', 'blob:', 'https://*.tile.openstreetmap.fr', 'https://tiles.example.org']);
    // The installable app: its manifest and service worker from this origin only.
    expect(policy['manifest-src']).toEqual(["'self'"]);
    expect(policy['worker-src']).toEqual(["'self'"]);
  });

  it('over HTTPS behind a trusted proxy (X-Forwarded-Proto): HSTS and upgrade-insecure-requests', async () => {
    const res = await t.http.get('/health').set('Host', 'parvis.mairie.example').set('X-Forwarded-Proto', 'https');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    const policy = csp(res);
    expect(policy['upgrade-insecure-requests']).toEqual([]);
    expect(policy['connect-src']).toEqual(["'self'", 'wss://parvis.mairie.example']);
  });

  it('ignores X-Forwarded-Proto when no proxy is trusted (TRUST_PROXY_HOPS=0)', async () => {
    const res = await direct.http.get('/health').set('X-Forwarded-Proto', 'https');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(csp(res)['upgrade-insecure-requests']).toBeUndefined();
    expect(csp(res)['img-src']).toEqual(["'self'", 'data:', 'blob:', 'https://*.tile.openstreetmap.fr']);
  });
});
