import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard as PassportAuthGuard } from '@nestjs/passport';
import { AppError } from '../common/app-error';
import { PUBLIC_KEY, ROLES_KEY } from './decorators';
import { Role } from './role';
import { hasRole, requestOf, Viewer } from './viewer';

/**
 * The global guard: every GraphQL operation and HTTP route passes here. It checks the bearer
 * access token once per request (JWT signature, then the session and the user in the database),
 * then the operation's rule: `@Public()`, or signed in, and `@Roles(...)`. A token that is present
 * but forged, expired or revoked is refused even on public operations, so clients know to refresh.
 */
@Injectable()
export class AuthGuard extends PassportAuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = requestOf(context);
    // Root fields of one request run in parallel: they share one check of the token.
    req.viewerCheck ??= req.headers.authorization
      ? (super.canActivate(context) as Promise<boolean>).then(() => undefined)
      : Promise.resolve().then(() => {
          req.user = null;
        });
    await req.viewerCheck;
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
    if (!req.user && !isPublic) throw AppError.unauthenticated();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles?.length && !hasRole(req.user, ...roles)) throw AppError.forbidden('ROLE_REQUIRED');
    return true;
  }

  override handleRequest<TUser = Viewer>(err: unknown, user: TUser | false, info: unknown): TUser {
    if (err) throw err;
    if (!user) {
      const name = (info as { name?: string } | undefined)?.name;
      throw AppError.unauthenticated(name === 'TokenExpiredError' ? 'TOKEN_EXPIRED' : name ? 'TOKEN_INVALID' : 'SESSION_ENDED');
    }
    return user;
  }
}
