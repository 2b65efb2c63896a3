import { Writable } from 'node:stream';
import pino from 'pino';
import pretty from 'pino-pretty';
import { logTransport } from './log-transport';

describe('log transport', () => {
  it('is pretty in development at a terminal', () => {
    expect(logTransport('development', true)).toMatchObject({ target: 'pino-pretty' });
  });

  it('is JSON (no transport) in production, even at a terminal, and whenever stdout is not a terminal', () => {
    expect(logTransport('production', true)).toBeUndefined();
    expect(logTransport('test', true)).toBeUndefined();
    for (const env of ['development', 'production', 'test']) {
      expect(logTransport(env, false)).toBeUndefined();
      // A pipe or a file: Node leaves isTTY undefined.
      expect(logTransport(env, undefined)).toBeUndefined();
    }
  });

  it('writes one short human line for a request, with its method, URL, status and duration', () => {
    // The same options, run in-process (a transport would run them in a worker thread).
    const { options } = logTransport('development', true) as { options: Record<string, unknown> };
    let out = '';
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        out += chunk.toString();
        done();
      },
    });
    const stream = pretty({ ...options, colorize: false, destination: sink, sync: true });
    const log = pino(stream);
    log.info(
      { context: 'HTTP', req: { id: 'r1', method: 'POST', url: '/graphql', headers: {} }, res: { statusCode: 200 }, responseTime: 12 },
      'request completed',
    );
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: \[HTTP\] request completed POST \/graphql 200 12 ms$/);
  });
});
