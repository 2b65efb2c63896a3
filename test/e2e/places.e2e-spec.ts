import { CREATE_DISTRICT, rectangle } from '../harness/commune';
import { GeocoderServer } from '../harness/geocoder';
import { TestApp } from '../harness/test-app';

const MAP = `query { commune { map { tileUrl attribution center { lat lng } zoom bounds { south west north east } } } }`;

describe('places: the map settings and the geocoder proxy', () => {
  let t: TestApp;
  let geocoder: GeocoderServer;
  beforeAll(async () => {
    geocoder = await GeocoderServer.start();
    t = await TestApp.start({
      GEOCODER_URL: geocoder.url,
      GEOCODER_TIMEOUT_MS: '300',
      GEOCODER_MAX_PER_MINUTE: '40',
      MAP_TILE_URL: 'https://{s}.tiles.mairie.example/{z}/{x}/{y}.png',
      MAP_ATTRIBUTION: '© OpenStreetMap',
      MAP_CENTER: '47.9,1.9,13',
    });
  });
  afterAll(async () => {
    await t?.close();
    await geocoder?.close();
  });
  afterEach(() => geocoder.up());

  it('gives the tiles, their credit and the configured centre; the CSP lets the tile host in', async () => {
    const { commune } = await t.gqlOk(MAP);
    expect(commune.map).toEqual({
      tileUrl: 'https://{s}.tiles.mairie.example/{z}/{x}/{y}.png',
      attribution: '© OpenStreetMap',
      center: { lat: 47.9, lng: 1.9 },
      zoom: 13,
      bounds: null,
    });
    const res = await t.http.get('/health');
    expect(res.headers['content-security-policy']).toMatch(/img-src 'self' data: blob: https:\/\/\*\.tiles\.mairie\.example/);
    // The geocoder is the server's business: the browser connects only to this origin.
    expect(res.headers['content-security-policy']).not.toContain(geocoder.url);
  });

  it('opens maps on the box of the districts’ outlines once they have some', async () => {
    const admin = await t.factories.admin();
    await t.gqlOk(CREATE_DISTRICT, { input: { name: 'Nord-Est', shape: rectangle(1.9, 47.9, 1.95, 47.95) } }, admin.token);
    await t.gqlOk(CREATE_DISTRICT, { input: { name: 'Sud-Ouest', shape: rectangle(1.85, 47.85, 1.9, 47.9) } }, admin.token);
    const { commune } = await t.gqlOk(MAP);
    expect(commune.map.bounds).toEqual({ south: 47.85, west: 1.85, north: 47.95, east: 1.95 });
  });

  it('searches addresses and answers label, city and point only', async () => {
    const res = await t.http.get('/geocoder/search').query({ q: 'marché parvis', limit: '3' }).expect(200);
    expect(res.body).toEqual({
      results: [{ label: '12 Place du Marché 45000 Parvis-sur-Loire', city: 'Parvis-sur-Loire', lat: 47.9045, lng: 1.9051 }],
    });
    expect(geocoder.requests.at(-1)).toBe('/search/?q=march%C3%A9+parvis&limit=3');
    const near = await t.http.get('/geocoder/search').query({ q: 'rue', lat: '47.9', lon: '1.9' }).expect(200);
    expect(near.body.results.length).toBeGreaterThan(0);
    expect(geocoder.requests.at(-1)).toBe('/search/?q=rue&limit=5&lat=47.9&lon=1.9');
  });

  it('finds the nearest address of a point', async () => {
    const res = await t.http.get('/geocoder/reverse').query({ lat: '47.9022', lon: '1.9094' }).expect(200);
    expect(res.body.results).toEqual([
      { label: '8 Rue de la Loire 45000 Parvis-sur-Loire', city: 'Parvis-sur-Loire', lat: 47.9021, lng: 1.9093 },
    ]);
  });

  it.each([
    ['/geocoder/search', {}, 'q', 'required'],
    ['/geocoder/search', { q: 'ab' }, 'q', 'minLength'],
    ['/geocoder/search', { q: 'x'.repeat(201) }, 'q', 'maxLength'],
    ['/geocoder/search', { q: '-- rue' }, 'q', 'matches'],
    ['/geocoder/search', { q: 'rue\u0000x' }, 'q', 'isWellFormedText'],
    ['/geocoder/search', { q: 'rue', limit: '50' }, 'limit', 'range'],
    ['/geocoder/search', { q: 'rue', lat: '47.9' }, 'lon', 'range'],
    ['/geocoder/search', { q: ['rue', 'quai'] }, 'q', 'required'],
    ['/geocoder/reverse', { lat: '91', lon: '1' }, 'lat', 'range'],
    ['/geocoder/reverse', { lat: '47', lon: 'east' }, 'lon', 'range'],
    ['/geocoder/reverse', { lat: '1e400', lon: '1' }, 'lat', 'range'],
  ])('refuses %s %j with 400 naming %s (%s), and asks the geocoder nothing', async (path, query, field, constraint) => {
    const before = geocoder.requests.length;
    const res = await t.http.get(path).query(query).expect(400);
    expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: field, constraint })] });
    expect(geocoder.requests.length).toBe(before);
  });

  it('says 503 GEOCODER_UNAVAILABLE when the geocoder is down or too slow, 502 when it answers nonsense', async () => {
    geocoder.down();
    const down = await t.http.get('/geocoder/search').query({ q: 'rue de la loire' }).expect(503);
    expect(down.body.error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'GEOCODER_UNAVAILABLE' });
    expect(down.headers['cache-control']).toBe('no-store');
    geocoder.up();
    geocoder.slow(1000);
    const slow = await t.http.get('/geocoder/reverse').query({ lat: '47.9', lon: '1.9' }).expect(503);
    expect(slow.body.error.reason).toBe('GEOCODER_UNAVAILABLE');
    geocoder.up();
    // A path the geocoder does not serve: 404 text, not a FeatureCollection.
    const other = await TestApp.start({ GEOCODER_URL: `${geocoder.url}/nowhere` });
    try {
      const bad = await other.http.get('/geocoder/search').query({ q: 'rue de la loire' }).expect(502);
      expect(bad.body.error).toMatchObject({ code: 'BAD_GATEWAY', reason: 'GEOCODER_BAD_ANSWER' });
    } finally {
      await other.close();
    }
  });

  it('says 503 when nothing listens at GEOCODER_URL', async () => {
    const other = await TestApp.start({ GEOCODER_URL: 'http://127.0.0.1:9' });
    try {
      const res = await other.http.get('/geocoder/reverse').query({ lat: '47.9', lon: '1.9' }).expect(503);
      expect(res.body.error.reason).toBe('GEOCODER_UNAVAILABLE');
    } finally {
      await other.close();
    }
  });

  it('limits look-ups per IP address (429 RATE_LIMITED), counted before asking the geocoder', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) statuses.push((await t.http.get('/geocoder/reverse').query({ lat: '47.9', lon: '1.9' })).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    const limited = await t.http.get('/geocoder/search').query({ q: 'rue' }).expect(429);
    expect(limited.body.error).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOO_MANY_GEOCODER_REQUESTS' });
  });
});
