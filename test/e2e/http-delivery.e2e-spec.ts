import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { acceptedEncodings } from '../../src/http.setup';
import { TestApp } from '../harness/test-app';

/**
 * What a slow phone receives: compressed answers (the client's files precompressed at build time,
 * the API's JSON compressed as it goes), hashed assets cached for a year, the page itself
 * revalidated, source maps kept out of production. Raw HTTP (node:http), so what the server sends is
 * seen as sent (supertest would decompress it). A client built for the test, as in
 * commune-http.e2e-spec.ts; the browser test (phone.browser-spec.ts) measures the real one.
 */
const INDEX = '<!doctype html><html lang="fr"><head><title>Parvis</title></head><body><div id="root"></div></body></html>';
const SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `mot-${i % 37}`))};\n`;

function writeClient(): string {
  const dist = mkdtempSync(join(tmpdir(), 'parvis-client-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'routes.json'), JSON.stringify({ patterns: ['/', '/proposals'] }));
  writeFileSync(join(dist, 'assets', 'index-AbC123.js'), SCRIPT);
  writeFileSync(join(dist, 'assets', 'index-AbC123.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(dist, 'assets', 'index-AbC123.js.gz'), gzipSync(SCRIPT));
  writeFileSync(join(dist, 'assets', 'index-AbC123.js.map'), '{"version":3,"sources":[],"mappings":""}');
  writeFileSync(join(dist, 'assets', 'plain-XyZ789.css'), 'body{margin:0}');
  return dist;
}

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function rawRequest(port: number, path: string, headers: Record<string, string> = {}, body?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function decoded(res: RawResponse): string {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(res.body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(res.body).toString('utf8');
  return res.body.toString('utf8');
}

async function listen(t: TestApp): Promise<number> {
  await t.app.listen(0, '127.0.0.1');
  return (t.app.getHttpServer().address() as AddressInfo).port;
}

describe('delivery to slow phones', () => {
  let t: TestApp;
  let dist: string;
  let port: number;

  beforeAll(async () => {
    dist = writeClient();
    t = await TestApp.start({ CLIENT_DIST_DIR: dist });
    port = await listen(t);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends an asset as its brotli copy when accepted, else gzip, else as it is, cached for a year', async () => {
    const chrome = await rawRequest(port, '/assets/index-AbC123.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(chrome.status).toBe(200);
    expect(chrome.headers['content-encoding']).toBe('br');
    expect(chrome.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(chrome.headers.vary).toMatch(/Accept-Encoding/i);
    expect(chrome.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // The build's copy itself (brotli 11), not one compressed again on the fly.
    expect(chrome.body.equals(readFileSync(join(dist, 'assets', 'index-AbC123.js.br')))).toBe(true);
    expect(decoded(chrome)).toBe(SCRIPT);

    const gzipOnly = await rawRequest(port, '/assets/index-AbC123.js', { 'Accept-Encoding': 'gzip' });
    expect(gzipOnly.headers['content-encoding']).toBe('gzip');
    expect(gzipOnly.body.equals(readFileSync(join(dist, 'assets', 'index-AbC123.js.gz')))).toBe(true);

    const refused = await rawRequest(port, '/assets/index-AbC123.js', { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.headers.vary).toMatch(/Accept-Encoding/i);
    expect(refused.body.toString('utf8')).toBe(SCRIPT);
  });

  it('serves an asset without compressed copies as it is, cached the same way', async () => {
    const res = await rawRequest(port, '/assets/plain-XyZ789.css', { 'Accept-Encoding': 'br, gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/css/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(decoded(res)).toBe('body{margin:0}');
    expect((await rawRequest(port, '/assets/missing-000.js', { 'Accept-Encoding': 'br' })).status).toBe(404);
  });

  it('has the page itself revalidated on every visit (no-cache), so a release is seen at once', async () => {
    for (const path of ['/', '/proposals', '/index.html']) {
      const res = await rawRequest(port, path, { Accept: 'text/html', 'Accept-Encoding': 'br' });
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(decoded(res)).toBe(INDEX);
    }
  });

  it('compresses the API’s JSON (brotli or gzip, as accepted) and leaves small answers alone', async () => {
    const query = JSON.stringify({ query: '{ __schema { types { name description } } }' });
    const headers = { 'Content-Type': 'application/json', 'Accept-Encoding': 'gzip, deflate, br' };
    const br = await rawRequest(port, '/graphql', headers, query);
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    const json = JSON.parse(decoded(br)) as { data: { __schema: { types: { name: string }[] } } };
    expect(json.data.__schema.types.map((type) => type.name)).toContain('Proposal');
    expect(br.body.length).toBeLessThan(decoded(br).length / 3);

    const gzip = await rawRequest(port, '/graphql', { ...headers, 'Accept-Encoding': 'gzip' }, query);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzip)).toBe(decoded(br));

    const small = await rawRequest(port, '/graphql', headers, JSON.stringify({ query: '{ __typename }' }));
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
  });

  it('streams open data compressed, whole', async () => {
    const res = await rawRequest(port, '/open-data/budget-results.csv', { 'Accept-Encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(decoded(res).split('\n')[0]).toMatch(/^\w+(,\w+)+$/);
  });

  it('serves source maps outside production (the developer’s machine)', async () => {
    expect((await rawRequest(port, '/assets/index-AbC123.js.map')).status).toBe(200);
  });
});

describe('delivery in production', () => {
  let t: TestApp;
  let dist: string;
  let port: number;

  beforeAll(async () => {
    dist = writeClient();
    t = await TestApp.start({ CLIENT_DIST_DIR: dist, NODE_ENV: 'production' });
    port = await listen(t);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('refuses source maps (404) but serves the files they describe', async () => {
    const map = await rawRequest(port, '/assets/index-AbC123.js.map', { Accept: '*/*' });
    expect(map.status).toBe(404);
    expect(map.body.toString('utf8')).not.toContain('mappings');
    expect((await rawRequest(port, '/assets/index-AbC123.js')).status).toBe(200);
  });
});

describe('acceptedEncodings', () => {
  it('reads the codings a browser accepts, minus those refused with q=0', () => {
    expect([...acceptedEncodings('gzip, deflate, br, zstd')]).toEqual(['gzip', 'deflate', 'br', 'zstd']);
    expect([...acceptedEncodings('br;q=0, GZIP;q=0.5')]).toEqual(['gzip']);
    expect([...acceptedEncodings(undefined)]).toEqual([]);
  });
});
