import { ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import { AppError } from './app-error';
import { assertWellFormedText, flattenValidationErrors } from './validation';

/**
 * class-validator on every argument; failures become BAD_USER_INPUT with one entry per field,
 * paths prefixed with the argument name (`input.email`). Unknown input properties are refused.
 * Before any of that, every string of every client argument (GraphQL args, REST body, query and
 * params) must be well-formed text: once here, so no input DTO or ID argument can forget it and
 * hand PostgreSQL a NUL byte or an argon2/e-mail library a lone surrogate.
 */
@Injectable()
export class AppValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
      validateCustomDecorators: false,
      exceptionFactory: (errors) => AppError.badInput('INVALID_INPUT', flattenValidationErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // `custom` parameters (@Viewer(), the context) are the server's own values, not input.
    if (metadata.type !== 'custom') assertWellFormedText(value, metadata.data ?? '');
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof AppError && error.fields && metadata.type !== 'custom' && metadata.data) {
        throw AppError.badInput(
          error.reason,
          error.fields.map((f) => ({ ...f, path: `${metadata.data}.${f.path}` })),
        );
      }
      throw error;
    }
  }
}
