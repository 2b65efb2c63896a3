import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { isUuid } from '../common/ids';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner } from '../database/transaction';
import { IdentityService } from '../identity/identity.service';
import { RateLimits } from '../redis/rate-limits';
import { Open311Reason as R } from './open311.errors';
import { ApiKeyRow, Open311Repository } from './open311.repository';

/** Keys active at once; the admins' list shows them all plus this many of the revoked ones. */
export const MAX_ACTIVE_KEYS = 50;
const REVOKED_LISTED = 50;
const KEY_PREFIX = 'o311_';
const KEY_FORMAT = /^o311_[A-Za-z0-9_-]{43}$/;

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

/**
 * Open311 API keys: created and revoked by admins (the resolver's @Roles), checked and rate
 * limited on every POST; and the readers' limit per IP address on every GET. A key is 32 random bytes (base64url, prefixed `o311_` so it is
 * recognisable in a leaked file); only its SHA-256 is stored.
 */
@Injectable()
export class Open311KeysService {
  private readonly limiter: RateLimiterAbstract;
  private readonly readers: RateLimiterAbstract;

  constructor(
    private readonly repo: Open311Repository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly identity: IdentityService,
    @Inject(APP_CONFIG) config: AppConfig,
    limits: RateLimits,
  ) {
    this.limiter = limits.limiter('open311-key', config.OPEN311_POSTS_PER_KEY, config.OPEN311_WINDOW_SECONDS);
    this.readers = limits.limiter('open311-read-ip', config.OPEN311_GETS_PER_IP_PER_MINUTE, 60);
  }

  /**
   * A GET from this IP address, counted before any other work (a list reads up to 1,000 requests):
   * RATE_LIMITED READS_RATE_LIMITED (with `retryAfterSeconds`) beyond OPEN311_GETS_PER_IP_PER_MINUTE.
   */
  async admitRead(ip: string): Promise<void> {
    await consumeOrRefuse(this.readers, ip, R.READS_RATE_LIMITED);
  }

  /**
   * Admin: a new key, returned once (only its hash is kept). Its requests are filed as a
   * placeholder account of its own ("Open311 · <name>", an unreachable `.invalid` address and a
   * random password nobody knows), so they are ordinary requests in the queues and the client's
   * e-mail is never taken as a resident's identity. CONFLICT TOO_MANY_API_KEYS beyond
   * MAX_ACTIVE_KEYS active keys.
   */
  async create(viewer: Viewer, name: string): Promise<{ key: string; row: ApiKeyRow }> {
    const trimmed = name.trim();
    if (!trimmed) throw AppError.field('name', 'isNotEmpty', 'must not be empty');
    // Checked before the account is made (so a refusal writes nothing), and again under the lock.
    if ((await this.repo.countActiveKeys(this.tx.reader)) >= MAX_ACTIVE_KEYS) throw AppError.conflict(R.TOO_MANY_API_KEYS);
    const key = KEY_PREFIX + randomBytes(32).toString('base64url');
    // The account first (its own transaction: IdentityService owns it); an unused one is harmless.
    const account = await this.identity.createAccount({
      email: `open311-${randomBytes(12).toString('hex')}@open311.invalid`,
      password: randomBytes(32).toString('base64url'),
      displayName: `Open311 · ${trimmed}`.slice(0, 80),
    });
    const row = await this.tx.run(async (tx) => {
      await this.repo.lockKeys(tx);
      if ((await this.repo.countActiveKeys(tx)) >= MAX_ACTIVE_KEYS) throw AppError.conflict(R.TOO_MANY_API_KEYS);
      return this.repo.insertKey(tx, {
        name: trimmed,
        keyHash: hashKey(key),
        userId: account.id,
        createdById: viewer.id,
        now: this.clock.now(),
      });
    });
    return { key, row };
  }

  /** Admin: the active keys (newest first), then the 50 most recently revoked. */
  list(): Promise<ApiKeyRow[]> {
    return this.repo.keys(this.tx.reader, REVOKED_LISTED);
  }

  /** Admin: revokes a key at once (its next POST gets 403). NOT_FOUND API_KEY_NOT_FOUND if unknown or already revoked. */
  async revoke(id: string): Promise<boolean> {
    const revoked = isUuid(id) ? await this.tx.run((tx) => this.repo.revokeKey(tx, id, this.clock.now())) : null;
    if (!revoked) throw AppError.notFound(R.API_KEY_NOT_FOUND);
    return true;
  }

  /**
   * The key a POST came with, counted against its rate limit before any other work: FORBIDDEN
   * API_KEY_INVALID when missing, malformed, unknown or revoked; RATE_LIMITED API_KEY_RATE_LIMITED
   * (with `retryAfterSeconds`) beyond OPEN311_POSTS_PER_KEY in OPEN311_WINDOW_SECONDS. Returns the
   * key and the viewer its requests are filed as.
   */
  async authenticate(apiKey: string | undefined): Promise<{ key: ApiKeyRow; viewer: Viewer }> {
    const found = apiKey && KEY_FORMAT.test(apiKey) ? await this.repo.activeKeyByHash(this.tx.reader, hashKey(apiKey)) : null;
    if (!found) throw AppError.forbidden(R.API_KEY_INVALID);
    await consumeOrRefuse(this.limiter, found.id, R.API_KEY_RATE_LIMITED);
    const viewer: Viewer = {
      id: found.userId,
      sessionId: `open311:${found.id}`,
      displayName: found.name,
      roles: [Role.RESIDENT],
      departmentIds: [],
    };
    return { key: found, viewer };
  }
}

/** One point of `limiter` for `key`, or RATE_LIMITED `reason` with the seconds until the next one. */
async function consumeOrRefuse(limiter: RateLimiterAbstract, key: string, reason: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (res) {
    const ms = res instanceof RateLimiterRes ? res.msBeforeNext : 60_000;
    throw new AppError('RATE_LIMITED', reason, undefined, { retryAfterSeconds: Math.ceil(ms / 1000) });
  }
}
