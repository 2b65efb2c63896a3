import type { Request, Response } from 'express';
import { EventEmitter } from 'node:events';
import pino from 'pino';
import { accessLog, AppLogger } from './logger';

/** A pino logger writing its lines into an array. */
function capture() {
  const lines: Record<string, unknown>[] = [];
  const root = pino({ level: 'debug' }, { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { root, lines };
}

describe('AppLogger (Nest’s logger over pino)', () => {
  it('keeps Nest’s conventions: context last, objects merged, exception handlers’ stacks as err', () => {
    const { root, lines } = capture();
    const logger = new AppLogger(root);
    logger.log('started', 'Main');
    logger.warn({ requestId: 'r-1', msg: 'input refused' }, 'GraphQL');
    logger.error('boom', 'Error: boom\n    at somewhere (file.js:1:1)', 'ExceptionsHandler');
    logger.debug('quiet');
    expect(lines.map(({ level, context, msg, requestId }) => ({ level, context, msg, requestId }))).toEqual([
      { level: 30, context: 'Main', msg: 'started', requestId: undefined },
      { level: 40, context: 'GraphQL', msg: 'input refused', requestId: 'r-1' },
      { level: 50, context: 'ExceptionsHandler', msg: 'boom', requestId: undefined },
      { level: 20, context: undefined, msg: 'quiet', requestId: undefined },
    ]);
    expect((lines[2].err as { stack: string }).stack).toContain('at somewhere');
  });
});

describe('accessLog', () => {
  function request(headers: Record<string, string> = {}) {
    const res = Object.assign(new EventEmitter(), {
      statusCode: 200,
      // What a response that was sent says of itself.
      headersSent: true,
      writableEnded: true,
      headers: {} as Record<string, string>,
      setHeader(name: string, value: string) {
        this.headers[name.toLowerCase()] = value;
      },
    });
    const req = { method: 'POST', url: '/graphql', headers } as unknown as Request & { id?: string };
    return { req, res: res as unknown as Response & typeof res };
  }

  it('gives each request an id (a well-formed one from a proxy is kept), answers it, and logs one line when it ends', () => {
    const { root, lines } = capture();
    const log = accessLog(root);
    const given = request({ 'x-request-id': 'proxy-abc-12345' });
    log(given.req, given.res, () => undefined);
    given.res.emit('finish');
    const forged = request({ 'x-request-id': 'bad id with spaces' });
    log(forged.req, forged.res, () => undefined);
    forged.res.emit('finish');

    expect(given.res.headers['x-request-id']).toBe('proxy-abc-12345');
    expect(forged.res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.map((l) => [l.msg, l.req, l.res])).toEqual([
      ['request completed', { id: 'proxy-abc-12345', method: 'POST', url: '/graphql' }, { statusCode: 200 }],
      ['request completed', { id: forged.res.headers['x-request-id'], method: 'POST', url: '/graphql' }, { statusCode: 200 }],
    ]);
  });
});
