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
