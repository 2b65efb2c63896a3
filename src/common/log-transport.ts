import type { TransportSingleOptions } from 'pino';

/**
 * One short line per event for a person at a terminal: time, level, `[context]`, the message, and
 * for a request its method, URL, status and duration (the pino-http fields are folded into the
 * line instead of printed as objects). Everything else stays on the same line.
 */
const PRETTY: TransportSingleOptions = {
  target: 'pino-pretty',
  options: {
    colorize: true,
    singleLine: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,context,req,res,responseTime',
    messageFormat:
      '{if context}[{context}] {end}{msg}{if req.method} {req.method} {req.url}{end}{if res.statusCode} {res.statusCode}{end}{if responseTime} {responseTime} ms{end}',
  },
};

/**
 * Where pino writes: pretty lines when a developer watches a terminal (NODE_ENV=development and
 * stdout is a TTY), otherwise undefined, i.e. pino's JSON lines on stdout, which is what log
 * collectors, `docker logs`, CI and the tests read. Production is JSON even at a terminal, so what
 * an operator sees is what the collector stores.
 */
export function logTransport(nodeEnv: string, stdoutIsTty: boolean | undefined): TransportSingleOptions | undefined {
  return nodeEnv === 'development' && stdoutIsTty === true ? PRETTY : undefined;
}
