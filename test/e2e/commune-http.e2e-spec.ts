import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { routePattern } from '../../src/http.setup';
import { TestApp } from '../harness/test-app';

/**
 * Unknown addresses answer 404 with the client's page (which shows « page not found »): the server
 * matches the path against the route list the client build writes (`routes.json`). A client built
 * for the test, so this runs without building the real one (the browser test uses the real one).
 */
const INDEX = '<!doctype html><html lang="fr"><head><title>Parvis</title></head><body><div id="root"></div></body></html>';
const ROUTES = ['/', '/sign-in', '/proposals', '/proposals/:id', '/proposals/:id/edit', '/legal/privacy', '/admin/districts'];

describe('client addresses over HTTP', () => {
  let t: TestApp;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'parvis-client-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dist, 'routes.json'), JSON.stringify({ patterns: ROUTES }));
    t = await TestApp.start({ CLIENT_DIST_DIR: dist });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const page = (path: string) => t.http.get(path).set('Accept', 'text/html,application/xhtml+xml');

  it.each(['/', '/sign-in', '/proposals', '/proposals/123', '/proposals/123/edit', '/PROPOSALS/', '/legal/privacy', '/admin/districts'])(
    'serves the app with 200 at a page of the client: %s',
    async (path) => {
      const res = await page(path);
      expect(res.status).toBe(200);
      expect(res.text).toBe(INDEX);
    },
  );

  it.each(['/nowhere', '/proposals/123/nothing', '/legal/unknown', '/admin', '/sign-in/more'])(
    'answers 404 with the app (its « page not found ») elsewhere: %s',
    async (path) => {
      const res = await page(path);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.text).toBe(INDEX);
      expect(res.headers['cache-control']).toBe('no-cache');
    },
  );

  it('leaves the server’s own paths and files as they were', async () => {
    expect((await t.http.get('/assets/app.js')).status).toBe(200);
    expect((await t.http.get('/assets/missing.js')).status).toBe(404);
    expect((await t.http.get('/health')).status).toBe(200);
    const media = await t.http.get('/media/00000000-0000-4000-8000-000000000000/thumb');
    expect(media.status).toBe(404);
    expect(media.headers['content-type']).toMatch(/json/);
    // Not a page request (an API client asking for JSON): no HTML.
    expect((await t.http.get('/nowhere').set('Accept', 'application/json')).headers['content-type'] ?? '').not.toMatch(/html/);
  });

  it('turns route patterns into the expressions React Router would match', () => {
    expect(routePattern('/').test('/')).toBe(true);
    expect(routePattern('/').test('/x')).toBe(false);
    expect(routePattern('/a/:id').test('/a/1')).toBe(true);
    expect(routePattern('/a/:id').test('/a')).toBe(false);
    expect(routePattern('/a/:id?').test('/a')).toBe(true);
    expect(routePattern('/files/*').test('/files/x/y')).toBe(true);
    expect(routePattern('/a.b').test('/aXb')).toBe(false);
  });
});

describe('a client built without a route list', () => {
  it('gets the app with 200 everywhere, as before', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'parvis-client-'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    const t = await TestApp.start({ CLIENT_DIST_DIR: dist });
    try {
      expect((await t.http.get('/anything').set('Accept', 'text/html')).status).toBe(200);
    } finally {
      await t.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
