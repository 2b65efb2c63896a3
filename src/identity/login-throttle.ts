import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../common/app-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/**
 * Limits password guessing: every login or registration attempt counts against the caller's IP,
 * and every failed login against the account, which is then refused (even with the right
 * password) until the window ends. In memory: one server process (see README, scaling out).
 */
@Injectable()
export class LoginThrottle {
  private readonly perIp: RateLimiterMemory;
  private readonly perAccount: RateLimiterMemory;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.perIp = new RateLimiterMemory({
      keyPrefix: 'ip',
      points: config.LOGIN_MAX_ATTEMPTS_PER_IP,
      duration: config.LOGIN_WINDOW_SECONDS,
    });
    this.perAccount = new RateLimiterMemory({
      keyPrefix: 'account',
      points: config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      duration: config.LOGIN_WINDOW_SECONDS,
    });
  }

  /** Counts an attempt from this IP; RATE_LIMITED once over the limit. */
  async attemptFromIp(ip: string): Promise<void> {
    try {
      await this.perIp.consume(ip);
    } catch (res) {
      throw limited(res);
    }
  }

  /** RATE_LIMITED while the account has used up its failures. */
  async assertAccountOpen(email: string): Promise<void> {
    const res = await this.perAccount.get(email);
    if (res && res.consumedPoints >= this.perAccountPoints) throw limited(res);
  }

  async failed(email: string): Promise<void> {
    await this.perAccount.penalty(email, 1);
  }

  async succeeded(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }

  private get perAccountPoints(): number {
    return this.perAccount.points;
  }
}

function limited(res: unknown): AppError {
  const ms = res instanceof RateLimiterRes ? res.msBeforeNext : 60_000;
  return new AppError('RATE_LIMITED', 'TOO_MANY_ATTEMPTS', undefined, { retryAfterSeconds: Math.ceil(ms / 1000) });
}
