import { ConfigError, loadConfig } from './app-config';

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

  it('never repeats a secret in its error', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short-secret' })).toThrow(/^Configuration error: JWT_SECRET must be at least 32 characters$/);
  });
});
