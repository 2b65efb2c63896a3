import { availableParallelism } from 'node:os';
import { ConfigError, loadConfig, mapCenterOf, tileImageSource } from './app-config';

describe('loadConfig', () => {
  it('applies defaults', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.DISTRICTS).toEqual([]);
    expect(c.SEED_DEMO).toBeUndefined();
  });

  it('parses numbers, booleans and lists', () => {
    const c = loadConfig({ PORT: '8080', SEED_DEMO: 'true', DISTRICTS: 'Nord, Sud ,,Est', CORS_ORIGINS: 'https://a.fr' });
    expect(c).toMatchObject({ PORT: 8080, SEED_DEMO: true, DISTRICTS: ['Nord', 'Sud', 'Est'], CORS_ORIGINS: ['https://a.fr'] });
  });

  it('reads every declared variable, optional ones included, and nothing else', () => {
    const c = loadConfig({
      PUBLIC_URL: 'https://parvis.example',
      MEDIA_DIR: '/srv/media',
      ADMIN_EMAIL: 'a@b.fr',
      ADMIN_PASSWORD: 'abcdefghijkl',
      PATH: '/bin',
    });
    expect(c).toMatchObject({ PUBLIC_URL: 'https://parvis.example', MEDIA_DIR: '/srv/media', ADMIN_EMAIL: 'a@b.fr' });
    expect((c as unknown as Record<string, unknown>).PATH).toBeUndefined();
  });

  it('sizes the database pool and the HTTP workers', () => {
    expect(loadConfig({})).toMatchObject({ DATABASE_POOL_SIZE: 20, WEB_CONCURRENCY: 1 });
    expect(loadConfig({ DATABASE_POOL_SIZE: '8' }).DATABASE_POOL_SIZE).toBe(8);
    const redis = { REDIS_URL: 'redis://127.0.0.1:6379' };
    expect(loadConfig({ ...redis, WEB_CONCURRENCY: '3' }).WEB_CONCURRENCY).toBe(3);
    expect(loadConfig({ ...redis, WEB_CONCURRENCY: 'auto' }).WEB_CONCURRENCY).toBe(availableParallelism());
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '0' })).toThrow(/^Configuration error: DATABASE_POOL_SIZE /);
    expect(() => loadConfig({ ...redis, WEB_CONCURRENCY: 'many' })).toThrow(
      /^Configuration error: WEB_CONCURRENCY must be a number of workers from 1 to 64, or auto \(got "many"\)$/,
    );
    // Several workers share live updates and limits only through Redis.
    expect(() => loadConfig({ WEB_CONCURRENCY: '2' })).toThrow(/^Configuration error: WEB_CONCURRENCY=2 needs REDIS_URL/);
  });

  it('turns introspection off in production unless configured', () => {
    const secret = 'x'.repeat(32);
    expect(loadConfig({}).GRAPHQL_INTROSPECTION).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret }).GRAPHQL_INTROSPECTION).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret, GRAPHQL_INTROSPECTION: 'true' }).GRAPHQL_INTROSPECTION).toBe(true);
    expect(loadConfig({ GRAPHQL_INTROSPECTION: 'false' }).GRAPHQL_INTROSPECTION).toBe(false);
  });

  it.each([
    [{ GRAPHQL_INTROSPECTION: 'sometimes' }, /GRAPHQL_INTROSPECTION/],
    [{ PORT: 'eighty' }, /^Configuration error: PORT .*\(got "eighty"\)$/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must be a postgres:\/\/ URL/],
    [{ SEED_DEMO: 'maybe' }, /SEED_DEMO/],
    [{ NODE_ENV: 'production' }, /JWT_SECRET is required when NODE_ENV=production/],
    [{ ADMIN_EMAIL: 'a@b.fr' }, /ADMIN_EMAIL and ADMIN_PASSWORD must be set together/],
    [
      { CSP_IMG_SOURCES: "https://a.fr; script-src 'unsafe-inline'" },
      /^Configuration error: CSP_IMG_SOURCES each source is one CSP source/,
    ],
    [{ MEDIA_UPLOADS_IN_FLIGHT_PER_USER: '0' }, /MEDIA_UPLOADS_IN_FLIGHT_PER_USER/],
  ])('stops on %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env as Record<string, string>)).toThrow(ConfigError);
    expect(() => loadConfig(env as Record<string, string>)).toThrow(message);
  });

  it('reads the scaling-out settings: Redis and an S3-compatible bucket, both optional', () => {
    const none = loadConfig({});
    expect(none).toMatchObject({ REDIS_KEY_PREFIX: 'parvis:', S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: false, S3_PREFIX: '' });
    expect(none.REDIS_URL).toBeUndefined();
    expect(none.S3_BUCKET).toBeUndefined();
    const c = loadConfig({
      REDIS_URL: 'rediss://:pass@redis.internal:6380/2',
      REDIS_KEY_PREFIX: 'mairie-a:',
      S3_BUCKET: 'parvis-media',
      S3_ENDPOINT: 'http://garage:3900',
      S3_REGION: 'garage',
      S3_ACCESS_KEY_ID: 'GK123',
      S3_SECRET_ACCESS_KEY: 'very secret',
      S3_FORCE_PATH_STYLE: 'true',
      S3_PREFIX: 'parvis/',
      // Empty counts as unset, as for every variable.
      ADMIN_EMAIL: '',
    });
    expect(c).toMatchObject({
      REDIS_URL: 'rediss://:pass@redis.internal:6380/2',
      REDIS_KEY_PREFIX: 'mairie-a:',
      S3_BUCKET: 'parvis-media',
      S3_ENDPOINT: 'http://garage:3900',
      S3_FORCE_PATH_STYLE: true,
      S3_PREFIX: 'parvis/',
    });
    expect(loadConfig({ REDIS_URL: '', S3_BUCKET: '', S3_ENDPOINT: '' }).S3_BUCKET).toBeUndefined();
  });

  it.each([
    [{ REDIS_URL: 'http://redis:6379' }, /^Configuration error: REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL$/],
    [{ REDIS_KEY_PREFIX: 'a prefix with spaces' }, /REDIS_KEY_PREFIX/],
    [{ S3_BUCKET: 'Not_A_Bucket' }, /S3_BUCKET must be an S3 bucket name/],
    [{ S3_ENDPOINT: 'http://minio:9000' }, /^Configuration error: S3_BUCKET is required when S3_ENDPOINT is set/],
    [{ S3_BUCKET: 'parvis', S3_ACCESS_KEY_ID: 'AKIA' }, /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together/],
    [{ S3_BUCKET: 'parvis', S3_PREFIX: 'no-trailing-slash' }, /S3_PREFIX must be empty or folder names/],
    [{ S3_BUCKET: 'parvis', S3_FORCE_PATH_STYLE: 'yes' }, /S3_FORCE_PATH_STYLE/],
  ])('stops on the scaling-out setting %j with one line naming it', (env, message) => {
    expect(() => loadConfig(env as Record<string, string>)).toThrow(ConfigError);
    expect(() => loadConfig(env as Record<string, string>)).toThrow(message);
  });

  it('never repeats a URL that may hold a password', () => {
    expect(() => loadConfig({ REDIS_URL: 'redis//:hunter2@host' })).toThrow(
      /^Configuration error: REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL$/,
    );
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:hunter2@h/db' })).toThrow(
      /^Configuration error: DATABASE_URL must be a postgres:\/\/ URL$/,
    );
  });

  it('never repeats a secret in its error', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short-secret' })).toThrow(/^Configuration error: JWT_SECRET must be at least 32 characters$/);
  });
});

describe('map settings', () => {
  it('defaults to the OpenStreetMap France tiles, Paris and the national address base', () => {
    const c = loadConfig({});
    expect(c.MAP_TILE_URL).toBe('https://{s}.tile.openstreetmap.fr/osmfr/{z}/{x}/{y}.png');
    expect(mapCenterOf(c)).toEqual({ lat: 48.8566, lng: 2.3522, zoom: 12 });
    expect(c.GEOCODER_URL).toBe('https://api-adresse.data.gouv.fr');
  });

  it('derives the CSP image source from the tile template ({s} as a wildcard subdomain)', () => {
    expect(tileImageSource('https://{s}.tile.openstreetmap.fr/osmfr/{z}/{x}/{y}.png')).toBe('https://*.tile.openstreetmap.fr');
    expect(tileImageSource('http://127.0.0.1:4123/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:4123');
  });

  it.each([
    [{ MAP_TILE_URL: 'https://tiles.example.org/tile.png' }, /MAP_TILE_URL must contain \{z\}, \{x\} and \{y\}/],
    [{ MAP_TILE_URL: "https://a.fr/{z}/{x}/{y}.png; script-src 'self'" }, /MAP_TILE_URL/],
    [{ MAP_CENTER: 'Paris' }, /MAP_CENTER must be lat,lng,zoom/],
    [{ MAP_CENTER: '95,2,12' }, /MAP_CENTER latitude must be within/],
    [{ GEOCODER_URL: 'ftp://x' }, /GEOCODER_URL must be an http\(s\) URL/],
  ])('stops on %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env as Record<string, string>)).toThrow(message);
  });
});
