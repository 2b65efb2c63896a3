import { Injectable, Logger } from '@nestjs/common';
import { Capabilities } from '../common/capability';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { TransactionRunner } from '../database/transaction';
import { RateLimits } from '../redis/rate-limits';
import { IdentityRepository } from './identity.repository';
import { IdentityService } from './identity.service';
import { PERSONAL_DATA } from './personal-data';

/** What a deleted account is called wherever its content stays. */
export const DELETED_ACCOUNT_NAME = 'Compte supprimé';
/** Sessions listed in an export (a phone that signs in daily for years stays under it). */
const EXPORT_SESSIONS_MAX = 2000;
/** Exports are heavy reads (every domain): a few per user per hour is plenty. */
const EXPORTS_PER_HOUR = 5;

/**
 * The RGPD rights of an account holder: a copy of everything about them, and deletion that keeps
 * what others read (proposals, comments, requests) under an anonymous author. Each domain adds
 * its own part by declaring a `@PersonalDataSection` provider.
 */
@Injectable()
export class PersonalDataService {
  private readonly logger = new Logger(PersonalDataService.name);
  // Counted across instances with REDIS_URL, like the login throttle.
  private readonly exports: RateLimiterAbstract;

  constructor(
    private readonly repo: IdentityRepository,
    private readonly tx: TransactionRunner,
    private readonly identity: IdentityService,
    private readonly capabilities: Capabilities,
    private readonly clock: Clock,
    limits: RateLimits,
  ) {
    this.exports = limits.limiter('export', EXPORTS_PER_HOUR, 3600);
  }

  /** The viewer's data as a JSON document (pretty-printed: people open it). RATE_LIMITED after a few per hour. */
  async exportMyData(viewer: Viewer): Promise<string> {
    try {
      await this.exports.consume(viewer.id);
    } catch (res) {
      const ms = res instanceof RateLimiterRes ? res.msBeforeNext : 3600_000;
      throw new AppError('RATE_LIMITED', 'TOO_MANY_EXPORTS', undefined, { retryAfterSeconds: Math.ceil(ms / 1000) });
    }
    const document = await this.tx.run(async (tx) => {
      const account = await this.repo.accountExport(tx, viewer.id);
      if (!account) throw AppError.unauthenticated();
      const doc: Record<string, unknown> = {
        format: 'parvis-personal-data/1',
        exportedAt: this.clock.now().toISOString(),
        account: { id: viewer.id, ...account },
        sessions: await this.repo.sessionsExport(tx, viewer.id, EXPORT_SESSIONS_MAX),
        emailLinks: await this.repo.emailLinksExport(tx, viewer.id, EXPORT_SESSIONS_MAX),
      };
      for (const { key, provider } of this.capabilities.all(PERSONAL_DATA)) doc[key] = await provider.exportFor(tx, viewer.id);
      return doc;
    });
    return JSON.stringify(document, null, 2);
  }

  /**
   * Deletes the viewer's account after checking the password (BAD_USER_INPUT WRONG_PASSWORD on
   * `password`, nothing changed; RATE_LIMITED after too many wrong ones). One transaction: sessions revoked, each domain's anonymiser,
   * the user row anonymised. The last admin cannot leave (CONFLICT LAST_ADMIN).
   */
  async deleteMyAccount(viewer: Viewer, password: string): Promise<boolean> {
    if (!(await this.identity.checkViewerPassword(viewer, password))) {
      throw new AppError('BAD_USER_INPUT', 'WRONG_PASSWORD', [
        { path: 'password', constraint: 'matches', message: 'is not the current password' },
      ]);
    }
    await this.tx.run(async (tx) => {
      const admins = await this.repo.lockLiveAdmins(tx);
      if (admins.includes(viewer.id) && admins.length === 1) throw AppError.conflict('LAST_ADMIN');
      await this.repo.revokeSessionsOf(tx, viewer.id, 'ACCOUNT_DELETED', null);
      for (const { provider } of this.capabilities.all(PERSONAL_DATA)) await provider.anonymise?.(tx, viewer.id);
      // Raced by another deletion of the same account: that one did the work.
      if (!(await this.repo.anonymiseUser(tx, viewer.id, DELETED_ACCOUNT_NAME))) throw AppError.unauthenticated();
    });
    this.logger.log({ userId: viewer.id, wasAdmin: viewer.roles.includes(Role.ADMIN) }, 'account deleted');
    return true;
  }
}
