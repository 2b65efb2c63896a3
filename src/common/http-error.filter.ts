import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, httpStatusOf } from './app-error';
import { appErrorFromDatabase } from './database-error';

/**
 * REST endpoints (health, media, exports, Open311) answer errors as
 * `{ error: { code, reason, fields? } }` with the matching status; GraphQL errors pass through to
 * the GraphQL formatter untouched.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(caught: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') return caught;
    const exception = appErrorFromDatabase(caught) ?? caught;
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<{ id?: string }>();
    if (exception instanceof AppError) {
      // `details.httpStatus` refines the status where the closed set of codes has none (413, 415).
      const { httpStatus, ...details } = exception.details ?? {};
      const status = typeof httpStatus === 'number' ? httpStatus : httpStatusOf(exception.code);
      res.status(status).json({
        error: { code: exception.code, reason: exception.reason, fields: exception.fields, ...details, requestId: req.id },
      });
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      res
        .status(status)
        .json({ error: { code: status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', reason: exception.message, requestId: req.id } });
      return;
    }
    this.logger.error({ err: exception, requestId: req.id }, 'internal error');
    res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL', requestId: req.id } });
  }
}
