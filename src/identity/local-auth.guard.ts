import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { AppError } from '../common/app-error';
import { assertWellFormedText, flattenValidationErrors } from '../common/validation';
import { LoginInput } from './dto/identity.inputs';

/**
 * Runs the local strategy for the `login` mutation. Guards run before pipes, so the input is
 * validated here first, as AppValidationPipe would (well-formed text, then class-validator): a
 * malformed e-mail is BAD_USER_INPUT, not a failed attempt.
 */
@Injectable()
export class GqlLocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const gql = GqlExecutionContext.create(context);
    assertWellFormedText(gql.getArgs().input, 'input');
    const input = plainToInstance(LoginInput, gql.getArgs().input ?? {});
    const errors = await validate(input);
    if (errors.length) throw AppError.badInput('INVALID_INPUT', flattenValidationErrors(errors, 'input'));
    const req = gql.getContext().req;
    req.body = { email: input.email, password: input.password };
    return (await super.canActivate(context)) as boolean;
  }

  /** Passport puts the user id here, not on `req.user` (that is the bearer token's viewer). */
  override getAuthenticateOptions() {
    return { property: 'authenticatedUserId', session: false };
  }

  override getRequest(context: ExecutionContext) {
    return GqlExecutionContext.create(context).getContext().req;
  }

  override handleRequest<T>(err: unknown, userId: T): T {
    if (err) throw err;
    if (!userId) throw AppError.unauthenticated('INVALID_CREDENTIALS');
    return userId;
  }
}
