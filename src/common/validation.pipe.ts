import { ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import { AppError } from './app-error';
import { flattenValidationErrors } from './validation';

/**
 * class-validator on every argument; failures become BAD_USER_INPUT with one entry per field,
 * paths prefixed with the argument name (`input.email`). Unknown input properties are refused.
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
