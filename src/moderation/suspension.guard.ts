import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { OPEN_TO_SUSPENDED_KEY } from '../auth/decorators';
import { requestOf, RequestWithViewer } from '../auth/viewer';
import { SuspensionRow } from './suspensions.repository';
import { accountSuspended, SuspensionsService } from './suspensions.service';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Refuses every write of a suspended viewer: every GraphQL mutation and every REST write (POST,
 * PUT, PATCH, DELETE: photo uploads, consultation documents…), with FORBIDDEN ACCOUNT_SUSPENDED and
 * the end date, unless its handler is marked `@OpenToSuspended()` (signing in and out, the
 * password and sessions, notifications read, unfollowing, the data export and deletion). Default
 * deny: a new mutation is covered without anyone remembering it. Registered globally by the
 * moderation module (APP_GUARD), after the application's AuthGuard, whose viewer it reads. Reads
 * (queries, subscriptions, GETs) cost nothing; a write costs one indexed query, once per request.
 */
@Injectable()
export class SuspensionGuard implements CanActivate {
  /** The one check of a request (its root mutation fields run in parallel and share it). */
  private readonly checks = new WeakMap<object, Promise<SuspensionRow | null>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly suspensions: SuspensionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (!isWrite(context)) return true;
    if (this.reflector.getAllAndOverride<boolean>(OPEN_TO_SUSPENDED_KEY, [context.getHandler(), context.getClass()])) return true;
    const req = requestOf(context);
    // AuthGuard (the application's first global guard) has set `user`, to null for visitors.
    if (req.user === undefined) throw new Error('SuspensionGuard ran before AuthGuard: the viewer is unknown');
    if (!req.user) return true;
    const suspension = await this.checkOnce(req, req.user.id);
    if (suspension) throw accountSuspended(suspension);
    return true;
  }

  private checkOnce(req: RequestWithViewer, userId: string): Promise<SuspensionRow | null> {
    let check = this.checks.get(req);
    if (!check) {
      check = this.suspensions.inForce(userId);
      this.checks.set(req, check);
    }
    return check;
  }
}

/** A GraphQL mutation's root field, or a REST call that changes something. */
function isWrite(context: ExecutionContext): boolean {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getInfo<{ parentType: { name: string } }>().parentType.name === 'Mutation';
  }
  if (context.getType() === 'http') {
    return WRITE_METHODS.has(context.switchToHttp().getRequest<{ method: string }>().method.toUpperCase());
  }
  return false;
}
