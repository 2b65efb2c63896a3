import type { LoggerService } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import pino, { Level, Logger as Pino } from 'pino';
import { pinoHttp } from 'pino-http';
import { logTransport } from './log-transport';
import { loggedUrl } from './log-url';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The settings the logs need (a subset of AppConfig, so main.ts can log before the app exists). */
export interface LogSettings {
  NODE_ENV: string;
  LOG_LEVEL: string;
}

/**
 * The process's one pino logger: JSON lines on stdout, or pretty lines for a developer at a
 * terminal (see logTransport). The access log and every Nest logger write through it.
 */
export function createRootLogger(settings: LogSettings): Pino {
  return pino({ level: settings.LOG_LEVEL, transport: logTransport(settings.NODE_ENV, process.stdout.isTTY) });
}

/**
 * The access log (pino-http): one line per request when it ends, with its id, method, URL (an
 * address search's query string left out: it says where a resident is), status and duration. The
 * request id comes from a proxy's well-formed `X-Request-Id`, else a new UUID; it is answered in
 * `X-Request-Id` and kept as `req.id`, which the GraphQL error plugin and the REST error filter put
 * in every error they answer or log. `/health` (polled by balancers) is not logged.
 *
 * Deliberately no AsyncLocalStorage (nestjs-pino wraps every request in one so that any log line
 * finds the request's logger by itself): on Node 20 an active AsyncLocalStorage installs async
 * hooks that run on every promise of the process, a measurable share of the CPU under load (see
 * README, Benchmarks). Lines about a request name its id explicitly instead.
 */
export function accessLog(root: Pino): (req: Request, res: Response, next: NextFunction) => void {
  return pinoHttp({
    logger: root,
    genReqId: (req, res) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    // Requests log their line with these fields only: no headers (tokens, cookies), no body.
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: loggedUrl(String(req.url)) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    autoLogging: { ignore: (req) => req.url === '/health' },
  }) as unknown as (req: Request, res: Response, next: NextFunction) => void;
}

/**
 * Nest's logger interface over the root pino logger, with Nest's calling conventions: the last
 * extra argument is the context (`[Jobs]`), an object first argument is merged into the line, and
 * Nest's exception handlers' `(message, stack, context)` becomes an `err`.
 */
export class AppLogger implements LoggerService {
  constructor(private readonly root: Pino) {}

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.root.isLevelEnabled(level)) return;
    const fields: Record<string, unknown> = {};
    let rest = params;
    if (params.length) {
      fields.context = params[params.length - 1];
      rest = params.slice(0, -1);
    }
    if (message instanceof Error) {
      fields.err = message;
      this.root[level](fields, message.message);
    } else if (typeof message === 'object' && message !== null) {
      const { msg, ...others } = message as Record<string, unknown>;
      Object.assign(fields, others);
      this.root[level](fields, typeof msg === 'string' ? msg : (rest[0] as string | undefined));
    } else if (level === 'error' && rest.length === 1 && typeof rest[0] === 'string' && rest[0].includes('\n    at ')) {
      // Nest's exception handlers: error(message, stack, context).
      const err = new Error(String(message));
      err.stack = rest[0];
      this.root.error({ ...fields, err }, String(message));
    } else {
      this.root[level](fields, String(message));
    }
  }
}
