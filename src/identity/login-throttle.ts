import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../common/app-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { RateLimits } from '../redis/rate-limits';

/**
 * Limits password guessing: every login or registration attempt counts against the caller's IP,
 * and every password check (sign-in, password change, account deletion) against the account, which
 * is then refused (even with the right password) until the window ends. Counted across instances
 * with REDIS_URL (see RateLimits), so guesses spread over several servers add up as on one.
 */
@Injectable()
export class LoginThrottle {
  private readonly perIp: RateLimiterAbstract;
  private readonly perAccount: RateLimiterAbstract;
  private readonly accountMails: RateLimiterAbstract;

  constructor(@Inject(APP_CONFIG) config: AppConfig, limits: RateLimits) {
    this.perIp = limits.limiter('login-ip', config.LOGIN_MAX_ATTEMPTS_PER_IP, config.LOGIN_WINDOW_SECONDS);
    this.perAccount = limits.limiter('login-account', config.LOGIN_MAX_FAILURES_PER_ACCOUNT, config.LOGIN_WINDOW_SECONDS);
    this.accountMails = limits.limiter('account-mail', config.ACCOUNT_MAILS_PER_HOUR, 3600);
  }

  /**
   * Counts one e-mailed link (reset, verification, change of address) for `key` (`reset:<address>`,
   * `verify:<user id>`…); RATE_LIMITED beyond ACCOUNT_MAILS_PER_HOUR. An address with no account
   * counts the same, so the limit tells nothing about which addresses exist.
   */
  async accountMail(key: string): Promise<void> {
    try {
      await this.accountMails.consume(key);
    } catch (res) {
      throw limited(res);
    }
  }

  /** Counts an attempt from this IP; RATE_LIMITED once over the limit. */
  async attemptFromIp(ip: string): Promise<void> {
    try {
      await this.perIp.consume(ip);
    } catch (res) {
      throw limited(res);
    }
  }

  /**
   * Checks a password under the account's limit. The attempt is counted *before* the slow argon2
   * check and only cleared by a right password: a count read before the check and written after it
   * would let N simultaneous guesses all be checked. Beyond the limit the password is not even
   * checked (RATE_LIMITED, the right one included) until the window ends. `account` names the
   * budget: the normalised e-mail for sign-in, the user id for checks inside a session.
   */
  async checkPassword(account: string, check: () => Promise<boolean>): Promise<boolean> {
    try {
      await this.perAccount.consume(account);
    } catch (res) {
      throw limited(res);
    }
    const ok = await check();
    if (ok) await this.perAccount.delete(account);
    return ok;
  }
}

function limited(res: unknown): AppError {
  const ms = res instanceof RateLimiterRes ? res.msBeforeNext : 60_000;
  return new AppError('RATE_LIMITED', 'TOO_MANY_ATTEMPTS', undefined, { retryAfterSeconds: Math.ceil(ms / 1000) });
}
