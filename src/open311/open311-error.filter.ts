import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError, httpStatusOf } from '../common/app-error';
import { appErrorFromDatabase } from '../common/database-error';
import { CONTENT_TYPE, Format, renderErrors } from './open311.format';

/** The format an Open311 address asks for: `.json` gets JSON, anything else XML (the required format). */
export const formatOfPath = (path: string): Format => (/\.json$/i.test(path) ? 'json' : 'xml');

/**
 * Open311 errors as the specification writes them, in the format the address asked for:
 * `<errors><error><code>400</code><description>lat: must be a number…</description></error></errors>`
 * or `[{ "code": 400, "description": "…" }]`, one error per parameter at fault, with the status
 * (400 bad input, 403 bad key, 404 unknown, 429 over the key's or the reader's rate, with Retry-After).
 */
@Catch()
export class Open311ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Open311');

  catch(caught: unknown, host: ArgumentsHost) {
    const req = host.switchToHttp().getRequest<Request & { id?: string }>();
    const res = host.switchToHttp().getResponse<Response>();
    const format = formatOfPath(req.path);
    const exception = appErrorFromDatabase(caught) ?? caught;
    let status: number;
    let descriptions: string[];
    if (exception instanceof AppError) {
      status = httpStatusOf(exception.code);
      descriptions = exception.fields?.length
        ? exception.fields.map((f) => `${f.path}: ${f.message}`)
        : [DESCRIPTIONS[exception.reason] ?? exception.reason];
      const retry = exception.details?.retryAfterSeconds;
      if (typeof retry === 'number') res.setHeader('Retry-After', String(retry));
    } else if (exception instanceof HttpException) {
      status = exception.getStatus();
      descriptions = [status === 404 ? 'Not found' : exception.message];
    } else {
      this.logger.error({ err: exception, requestId: req.id }, 'internal error');
      status = 500;
      descriptions = [`Internal error (request ${req.id ?? 'unknown'})`];
    }
    res
      .status(status)
      .type(CONTENT_TYPE[format])
      .send(renderErrors(format, status, descriptions));
  }
}

/** Sentences for the reasons that name no parameter (Open311 clients show `description` to people). */
const DESCRIPTIONS: Record<string, string> = {
  API_KEY_INVALID: 'api_key: missing, unknown or revoked',
  API_KEY_RATE_LIMITED: 'api_key: too many requests with this key, try again later',
  READS_RATE_LIMITED: 'Too many requests from this address, try again in a minute',
  SERVICE_NOT_FOUND: 'service_code: no such service',
  REQUEST_NOT_FOUND: 'service_request_id: no such request',
  NOT_FOUND: 'Not found',
  TOKEN_EXPIRED: 'Authorization: the access token has expired',
  TOKEN_INVALID: 'Authorization: invalid access token',
  SESSION_ENDED: 'Authorization: the session has ended',
};
