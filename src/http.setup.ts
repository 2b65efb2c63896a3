import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { constants as zlib } from 'node:zlib';
import { tileImageSource, type AppConfig } from './config/app-config';

/** Paths the server answers itself; everything else under GET is the client's (SPA fallback). */
const SERVER_PATHS = /^\/(graphql|health|media|open311|open-data|exports|geocoder|manifest\.webmanifest)(\/|$)/;

/**
 * Express settings shared by main.ts and the tests: proxies, security headers, CORS, body limits
 * (413 with a JSON error), and the built client served at `/`.
 */
export function configureHttp(app: INestApplication, config: AppConfig): void {
  const server = app as NestExpressApplication;
  server.set('trust proxy', config.TRUST_PROXY_HOPS);
  server.disable('x-powered-by');
  server.use(securityHeaders(config));
  server.use(compressDynamic());
  server.enableCors({ origin: config.CORS_ORIGINS.length ? config.CORS_ORIGINS : false });
  const limit = config.JSON_BODY_LIMIT_BYTES;
  const parsers = [express.json({ limit }), express.urlencoded({ extended: false, limit })];
  server.use((req: Request, res: Response, next: NextFunction) => {
    let i = 0;
    const step = (err?: unknown) => {
      if (err) return bodyError(err, res);
      const parser = parsers[i++];
      return parser ? parser(req, res, step) : next();
    };
    step();
  });
  const dist = resolve(config.CLIENT_DIST_DIR);
  if (existsSync(join(dist, 'index.html'))) {
    const assets = join(dist, 'assets');
    // Source maps are built `hidden` (for error reports, not linked from the files): never served in production.
    if (config.isProduction) server.use(refuseSourceMaps);
    server.use('/assets', precompressedAssets(assets));
    server.use('/assets', express.static(assets, { immutable: true, maxAge: '1y', index: false, setHeaders: varyOnEncoding }));
    server.use(express.static(dist, { index: false, maxAge: '1h', setHeaders: revalidateAppFiles }));
    const clientRoutes = loadClientRoutes(join(dist, 'routes.json'));
    server.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || SERVER_PATHS.test(req.path) || !req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      if (!clientRoutes || clientRoutes.some((route) => route.test(req.path))) return res.sendFile(join(dist, 'index.html'));
      // No page of the client has this address: the same app (it shows its « page not found »), with
      // the status a browser, a crawler or a link checker expects.
      readFile(join(dist, 'index.html'), 'utf8').then(
        (html) => res.status(404).type('html').send(html),
        (error: unknown) => next(error),
      );
    });
  }
}

/**
 * Compresses the dynamic answers (GraphQL JSON, Open311, open data, index.html) for browsers that
 * accept it: brotli at quality 4 (about gzip -6's CPU for smaller output), else gzip. Answers that
 * already carry a Content-Encoding (the precompressed assets) and types that do not shrink
 * (photos) pass through; streamed downloads (open data, CSV exports) are compressed as they
 * stream. GraphQL subscriptions (graphql-ws) are a WebSocket upgrade, which never reaches Express.
 */
function compressDynamic() {
  return compression({ threshold: 1024, brotli: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } } });
}

/** The encodings the client build wrote beside each asset, best first. */
const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/**
 * Serves `assets/x.js` as the `x.js.br` or `x.js.gz` written at build time (client/vite.config.ts,
 * brotli 11 and gzip 9: too slow per request, free once) when the browser accepts that encoding,
 * with the original's type and the immutable caching of hashed names. The files are listed once at
 * start (the build does not change under a running server), so a request names a known file or
 * falls through to express.static, which answers the uncompressed file or 404.
 */
function precompressedAssets(dir: string) {
  const files = new Set(existsSync(dir) ? readdirSync(dir) : []);
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const name = req.path.slice(1);
    if (!files.has(name) || name.includes('/')) return next();
    const accepted = acceptedEncodings(req.get('accept-encoding'));
    const variant = PRECOMPRESSED.find((p) => accepted.has(p.encoding) && files.has(name + p.suffix));
    res.setHeader('Vary', 'Accept-Encoding');
    if (!variant) return next();
    res.setHeader('Content-Encoding', variant.encoding);
    res.type(extname(name));
    res.sendFile(join(dir, name + variant.suffix), { maxAge: '1y', immutable: true }, (error?: Error) => error && next(error));
  };
}

/** The codings an Accept-Encoding header allows (`q=0` refuses one). */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (coding && !(q && Number(q.slice(2)) === 0)) accepted.add(coding);
  }
  return accepted;
}

/**
 * Asked again each time (`no-cache`: a 304 when unchanged): the page itself, asked by its file name,
 * like at any other address (it names the current assets); the service worker, since one kept by
 * the HTTP cache would delay every new version (the browser checks the worker against this
 * answer); and the offline page.
 */
const REVALIDATED = new Set(['index.html', 'sw.js', 'offline.html']);
function revalidateAppFiles(res: Response, path: string): void {
  const name = path.split(/[/\\]/).pop() ?? '';
  if (REVALIDATED.has(name)) res.setHeader('Cache-Control', 'no-cache');
}

function varyOnEncoding(res: Response) {
  res.setHeader('Vary', 'Accept-Encoding');
}

function refuseSourceMaps(req: Request, res: Response, next: NextFunction) {
  if (req.path.endsWith('.map') && !SERVER_PATHS.test(req.path)) {
    res.status(404).type('text').send('Not found');
    return;
  }
  next();
}

/**
 * The client's route patterns (`routes.json`, written by the client build from every feature's
 * routes.tsx: `/proposals/:id`, `/`…) as regular expressions, matched like React Router matches them
 * (case-insensitive, a trailing slash allowed). Null when the build has no list (an older client):
 * then every path gets the app with 200, as before.
 */
export function loadClientRoutes(file: string): RegExp[] | null {
  if (!existsSync(file)) return null;
  const { patterns } = JSON.parse(readFileSync(file, 'utf8')) as { patterns: string[] };
  return patterns.map(routePattern);
}

/** `/proposals/:id/edit` → /^\/proposals\/[^/]+\/edit\/?$/i; `:x?` optional segments, `*` anything after. */
export function routePattern(pattern: string): RegExp {
  const segments = pattern.split('/').filter(Boolean);
  const body = segments
    .map((segment) => {
      if (segment === '*') return '(?:/.*)?';
      if (segment.startsWith(':')) return segment.endsWith('?') ? '(?:/[^/]+)?' : '/[^/]+';
      return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
    })
    .join('');
  return new RegExp(`^${body}/?$`, 'i');
}

/**
 * Helmet's headers with a Content-Security-Policy kept to the app's own origin: images from it
 * (plus data: and blob: for previews), connections to it (HTTP and its own WebSocket, for the
 * GraphQL subscriptions), the manifest and service worker from it, plus the extra sources of
 * CSP_IMG_SOURCES / CSP_CONNECT_SOURCES.
 * HSTS and upgrade-insecure-requests only on HTTPS requests (req.secure, which honours
 * X-Forwarded-Proto from the TRUST_PROXY_HOPS trusted proxies): sent over plain HTTP (a LAN
 * address, a test machine) they would make the browser ask for https:// resources no one serves,
 * and the page stays blank.
 */
function securityHeaders(config: AppConfig) {
  // The WebSocket URL of this very origin: 'self' does not cover ws:/wss: in every browser.
  const ownSocket = (req: IncomingMessage) => {
    const r = req as Request;
    return `${r.secure ? 'wss' : 'ws'}://${r.get('host') ?? 'localhost'}`;
  };
  const directives = {
    // The map's tiles come from MAP_TILE_URL's host (added here, so changing the tiles needs no second setting).
    'img-src': ["'self'", 'data:', 'blob:', tileImageSource(config.MAP_TILE_URL), ...config.CSP_IMG_SOURCES],
    'connect-src': ["'self'", ownSocket, ...config.CSP_CONNECT_SOURCES],
    // The installable app: its manifest and its service worker, from this origin only.
    'manifest-src': ["'self'"],
    'worker-src': ["'self'"],
  };
  const overHttps = helmet({
    contentSecurityPolicy: { directives },
    crossOriginEmbedderPolicy: false,
  });
  const overHttp = helmet({
    contentSecurityPolicy: { directives: { ...directives, 'upgrade-insecure-requests': null } },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: false,
  });
  return (req: Request, res: Response, next: NextFunction) => (req.secure ? overHttps : overHttp)(req, res, next);
}

function bodyError(err: unknown, res: Response) {
  const e = err as { status?: number; type?: string };
  const status = e.status ?? 400;
  const reason = e.type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : 'MALFORMED_BODY';
  res
    .status(status)
    .json({ errors: [{ message: reason, extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', reason } }] });
}
