import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { isUuid } from '../common/ids';
import { TransactionRunner } from '../database/transaction';
import { ConnectionShape, decodeCursor, toConnection } from '../graphql/pagination';
import { IdentityService } from '../identity/identity.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ModerationError } from './moderation.errors';
import { ACCOUNT_TARGET, ModerationNotification } from './moderation.notifications';
import { suspendRefusal, untilRefusal } from './moderation.policy';
import { ModerationRepository } from './moderation.repository';
import { optionalReason, requiredReason } from './moderation.service';
import { MODERATION_ACTIONS } from './moderation-vocabulary';
import { SuspensionRow, SuspensionsRepository } from './suspensions.repository';

/** The error every write of a suspended viewer gets: the end date and the moderator's words in its extensions. */
export function accountSuspended(s: Pick<SuspensionRow, 'until' | 'reason'>): AppError {
  return new AppError('FORBIDDEN', ModerationError.ACCOUNT_SUSPENDED, undefined, {
    suspendedUntil: s.until.toISOString(),
    suspensionReason: s.reason,
  });
}

/**
 * Suspensions: a moderator suspends an account until a date with a reason; until then the account
 * reads but cannot write (SuspensionGuard refuses its writes), and is told why (`mySuspension`, a
 * notification). One current suspension per account (a partial unique index); a new one replaces
 * the one in force. Each decision is logged and notified in its own transaction.
 */
@Injectable()
export class SuspensionsService {
  constructor(
    private readonly repo: SuspensionsRepository,
    private readonly moderation: ModerationRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly identity: IdentityService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The suspension in force for this user now, or null (one indexed query: the guard's cost per mutation). */
  inForce(userId: string): Promise<SuspensionRow | null> {
    return this.repo.inForce(this.tx.reader, userId, this.clock.now());
  }

  /**
   * Suspends an account until `until` (in the future, at most a year away) with a reason shown to
   * its holder. A suspension already in force is replaced (ended now) by this one. The log records
   * SUSPEND; the holder is told (ACCOUNT_SUSPENDED). FORBIDDEN MODERATOR_ONLY, CANNOT_SUSPEND_SELF,
   * CANNOT_SUSPEND_ADMIN, CANNOT_SUSPEND_MODERATOR (unless an admin); NOT_FOUND USER_NOT_FOUND;
   * BAD_USER_INPUT on `until` or `reason`; CONFLICT SUSPENSION_CHANGED when another moderator
   * suspended the same account at the same moment.
   */
  async suspend(actor: Viewer, input: { userId: string; until: Date; reason: string }): Promise<SuspensionRow> {
    const now = this.clock.now();
    const wrongUntil = untilRefusal(input.until, now);
    if (wrongUntil) throw AppError.field('until', 'isFutureWithinLimit', wrongUntil);
    const reason = requiredReason(input.reason);
    await this.assertMaySuspend(actor, input.userId);
    return this.tx.run(async (tx) => {
      const closed = await this.repo.closeCurrent(tx, input.userId, actor.id, now);
      const created = await this.repo.insertIfNoCurrent(tx, { userId: input.userId, suspendedById: actor.id, reason, until: input.until });
      if (!created) throw AppError.conflict(ModerationError.SUSPENSION_CHANGED);
      await this.moderation.insertLog(tx, {
        actorId: actor.id,
        action: MODERATION_ACTIONS.SUSPEND,
        subjectUserId: input.userId,
        reason,
        details: { until: input.until.toISOString(), replaced: closed?.wasInForce ?? false },
      });
      await this.notifications.notifyUsers(tx, [input.userId], {
        targetType: ACCOUNT_TARGET,
        targetId: input.userId,
        kind: ModerationNotification.ACCOUNT_SUSPENDED,
        actorId: actor.id,
        payload: { until: input.until.toISOString(), reason },
      });
      return created;
    });
  }

  /**
   * Ends the suspension in force now, before its date. The log records LIFT_SUSPENSION; the holder
   * is told (SUSPENSION_LIFTED). Same rights as suspending; CONFLICT NOT_SUSPENDED when no
   * suspension is in force (never suspended, lifted already, or run out).
   */
  async lift(actor: Viewer, input: { userId: string; reason?: string | null }): Promise<SuspensionRow> {
    const reason = optionalReason(input.reason);
    await this.assertMaySuspend(actor, input.userId);
    return this.tx.run(async (tx) => {
      const lifted = await this.repo.liftInForce(tx, input.userId, actor.id, reason, this.clock.now());
      if (!lifted) throw AppError.conflict(ModerationError.NOT_SUSPENDED);
      await this.moderation.insertLog(tx, {
        actorId: actor.id,
        action: MODERATION_ACTIONS.LIFT_SUSPENSION,
        subjectUserId: input.userId,
        reason,
        details: { until: lifted.until.toISOString() },
      });
      await this.notifications.notifyUsers(tx, [input.userId], {
        targetType: ACCOUNT_TARGET,
        targetId: input.userId,
        kind: ModerationNotification.SUSPENSION_LIFTED,
        actorId: actor.id,
        payload: { reason },
      });
      return lifted;
    });
  }

  /** The viewer's own suspension in force, or null. */
  mine(viewer: Viewer): Promise<SuspensionRow | null> {
    return this.inForce(viewer.id);
  }

  /**
   * Suspensions for moderators, newest first: those in force (default), or all of them with
   * `includeEnded`; one account's when `userId` is given (an id that cannot exist lists nothing).
   */
  async list(args: {
    first: number;
    after?: string;
    userId?: string | null;
    includeEnded?: boolean | null;
  }): Promise<ConnectionShape<SuspensionRow>> {
    const after = decodeCursor(args.after, 'timestamp');
    if (args.userId != null && !isUuid(args.userId)) return toConnection([], args.first, () => [null, ''], 0);
    const filter = { userId: args.userId ?? undefined, includeEnded: !!args.includeEnded, now: this.clock.now() };
    const rows = await this.repo.page(this.tx.reader, filter, args.first + 1, after);
    return toConnection(
      rows,
      args.first,
      (s) => [s.cursorAt, s.id],
      () => this.repo.count(this.tx.reader, filter),
      !!after,
    );
  }

  /** Whether a row is in force now (for the API's `active`). */
  isInForce(s: SuspensionRow): boolean {
    return s.liftedAt === null && s.until.getTime() > this.clock.now().getTime();
  }

  private async assertMaySuspend(actor: Viewer, userId: string): Promise<void> {
    const target = await this.identity.userById(userId);
    if (!target) throw AppError.notFound(ModerationError.USER_NOT_FOUND);
    const refusal = suspendRefusal(actor, target);
    if (refusal) throw AppError.forbidden(refusal);
  }
}
