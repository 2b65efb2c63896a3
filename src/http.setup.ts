import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join, resolve } from 'node:path';
import { tileImageSource, type AppConfig } from './config/app-config';

/** Paths the server answers itself; everything else under GET is the client's (SPA fallback). */
const SERVER_PATHS = /^\/(graphql|health|media|open311|open-data|exports|geocoder)(\/|$)/;

/**
 * Express settings shared by main.ts and the tests: proxies, security headers, CORS, body limits
 * (413 with a JSON error), and the built client served at `/`.
 */
export function configureHttp(app: INestApplication, config: AppConfig): void {
  const server = app as NestExpressApplication;
  server.set('trust proxy', config.TRUST_PROXY_HOPS);
  server.disable('x-powered-by');
  server.use(securityHeaders(config));
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
    server.use('/assets', express.static(join(dist, 'assets'), { immutable: true, maxAge: '1y', index: false }));
    server.use(express.static(dist, { index: false, maxAge: '1h' }));
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
 * GraphQL subscriptions), plus the extra sources of CSP_IMG_SOURCES / CSP_CONNECT_SOURCES.
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
