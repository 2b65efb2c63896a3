import { Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { Viewer } from '../auth/viewer';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { TransactionRunner, Tx, uniqueViolation } from '../database/transaction';
import { Mailer } from '../mail/mailer';
import { mailLocale } from '../mail/templates';
import { CHANGE_EMAIL_MAIL, EMAIL_CHANGED_MAIL, RESET_PASSWORD_MAIL, VERIFY_EMAIL_MAIL } from './account-mails';
import { AccountTokenPurpose, AccountTokenRow, IdentityRepository, MailContact } from './identity.repository';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';

const HOUR = 3_600_000;
/** How long each kind of link is good for. */
export const TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  VERIFY_EMAIL: 48 * HOUR,
  RESET_PASSWORD: 1 * HOUR,
  CHANGE_EMAIL: 24 * HOUR,
};

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
/** A token as mailed: 32 random bytes, base64url (43 characters). */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Why a presented token is refused: always BAD_USER_INPUT on the field `token`. */
function tokenRefused(reason: 'INVALID_LINK' | 'LINK_EXPIRED' | 'LINK_USED'): AppError {
  const message = {
    INVALID_LINK: 'is not a valid link',
    LINK_EXPIRED: 'has expired',
    LINK_USED: 'was already used',
  }[reason];
  return new AppError('BAD_USER_INPUT', reason, [{ path: 'token', constraint: reason, message }]);
}

/**
 * The links e-mailed to accounts: verify the address (at sign-up, or sent again), reset a forgotten
 * password, confirm a new address. A link carries 32 random bytes; only their SHA-256 is stored
 * (account_tokens), with its purpose, expiry and use. A link works once (spent under a row lock in
 * the transaction of its effect); an expired, used, forged or superseded one is refused with
 * BAD_USER_INPUT on `token` (reasons INVALID_LINK, LINK_EXPIRED, LINK_USED). Every e-mail is
 * queued through the outbox in the transaction that made its token.
 */
@Injectable()
export class AccountLinksService {
  private readonly logger = new Logger('AccountLinks');

  constructor(
    private readonly repo: IdentityRepository,
    private readonly tx: TransactionRunner,
    private readonly mailer: Mailer,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly clock: Clock,
  ) {}

  /** In the sign-up's transaction: a verification link to the new account's address. */
  async queueVerification(tx: Tx, user: MailContact): Promise<void> {
    const { token, tokenId } = await this.newToken(tx, user.id, 'VERIFY_EMAIL');
    const mail = await this.mailer.compose(
      VERIFY_EMAIL_MAIL,
      mailLocale(user.locale),
      { name: user.displayName, url: this.mailer.link('/verify-email', { token }), hours: TOKEN_TTL_MS.VERIFY_EMAIL / HOUR },
      { to: user.email, effectKey: `account:${tokenId}` },
      tx,
    );
    await this.mailer.enqueue(tx, mail);
  }

  /**
   * Sends the viewer a new verification link (the earlier ones still work until they expire).
   * CONFLICT EMAIL_ALREADY_VERIFIED; RATE_LIMITED beyond ACCOUNT_MAILS_PER_HOUR.
   */
  async resendVerification(viewer: Viewer): Promise<boolean> {
    await this.throttle.accountMail(`verify:${viewer.id}`);
    await this.tx.run(async (tx) => {
      const user = await this.repo.lockUserById(tx, viewer.id);
      if (!user) throw AppError.unauthenticated();
      if (user.emailVerified) throw AppError.conflict('EMAIL_ALREADY_VERIFIED');
      await this.queueVerification(tx, user);
    });
    return true;
  }

  /**
   * Follows a link of a verification or change-of-address e-mail. VERIFY_EMAIL: the address is
   * verified. CHANGE_EMAIL: the account takes the new (now verified) address, and the old one is
   * told (CONFLICT EMAIL_TAKEN, token left unspent, if another account took it meanwhile).
   */
  async verifyEmail(token: string): Promise<boolean> {
    await this.tx.run(async (tx) => {
      const row = await this.spend(tx, token, ['VERIFY_EMAIL', 'CHANGE_EMAIL']);
      if (row.purpose === 'VERIFY_EMAIL') {
        await this.repo.markEmailVerified(tx, row.userId);
        return;
      }
      const user = await this.repo.lockUserById(tx, row.userId);
      if (!user) throw tokenRefused('INVALID_LINK');
      const newEmail = row.newEmail as string;
      if (await this.repo.emailTaken(tx, newEmail, user.id)) throw AppError.conflict('EMAIL_TAKEN');
      try {
        await this.repo.setVerifiedEmail(tx, user.id, newEmail);
      } catch (error) {
        if (uniqueViolation(error)) throw AppError.conflict('EMAIL_TAKEN');
        throw error;
      }
      // The other pending changes name an address this account no longer wants.
      await this.repo.deleteUnusedAccountTokens(tx, user.id, 'CHANGE_EMAIL');
      const notice = await this.mailer.compose(
        EMAIL_CHANGED_MAIL,
        mailLocale(user.locale),
        { name: user.displayName, newEmail, url: this.mailer.link('/') },
        { to: user.email, effectKey: `account:email-changed:${row.id}` },
        tx,
      );
      await this.mailer.enqueue(tx, notice);
    });
    return true;
  }

  /**
   * Sends a reset link when an account has this address; answers true either way, doing the same
   * work (a token drawn and hashed, the account looked up and locked, older reset links removed,
   * the e-mail rendered) so the answer and its time tell nothing. Only the token row and the
   * e-mail's job are not written for an unknown address. RATE_LIMITED per IP (sign-in attempts)
   * and per address (ACCOUNT_MAILS_PER_HOUR), known or not.
   */
  async requestPasswordReset(email: string, ip: string | null): Promise<boolean> {
    await this.throttle.attemptFromIp(ip ?? 'unknown');
    await this.throttle.accountMail(`reset:${email}`);
    await this.tx.run(async (tx) => {
      const user = await this.repo.lockUserByEmail(tx, email);
      const token = randomBytes(32).toString('base64url');
      const tokenHash = sha256(token);
      await this.repo.deleteUnusedAccountTokens(tx, user?.id ?? null, 'RESET_PASSWORD');
      const mail = await this.mailer.compose(
        RESET_PASSWORD_MAIL,
        mailLocale(user?.locale),
        {
          name: user?.displayName ?? email,
          url: this.mailer.link('/reset-password', { token }),
          minutes: TOKEN_TTL_MS.RESET_PASSWORD / 60_000,
        },
        { to: email },
        tx,
      );
      if (!user) return;
      const tokenId = await this.repo.insertAccountToken(tx, {
        userId: user.id,
        purpose: 'RESET_PASSWORD',
        tokenHash,
        newEmail: null,
        expiresAt: this.expiry('RESET_PASSWORD'),
      });
      await this.mailer.enqueue(tx, { ...mail, effectKey: `account:${tokenId}` });
    });
    return true;
  }

  /**
   * Sets a new password from a reset link: every session of the account is revoked (its refresh
   * tokens stop working), the other reset links are removed, and the address counts as verified
   * (the link reached it). RATE_LIMITED per IP like sign-in.
   */
  async resetPassword(token: string, newPassword: string, ip: string | null): Promise<boolean> {
    // Each try costs an argon2 hash: counted against the IP like a sign-in.
    await this.throttle.attemptFromIp(ip ?? 'unknown');
    // Hashed first (slow), so the token's row lock is held only for the writes.
    const hash = await this.hasher.hash(newPassword);
    const userId = await this.tx.run(async (tx) => {
      const row = await this.spend(tx, token, ['RESET_PASSWORD']);
      await this.repo.updatePasswordHash(tx, row.userId, hash);
      await this.repo.markEmailVerified(tx, row.userId);
      await this.repo.deleteUnusedAccountTokens(tx, row.userId, 'RESET_PASSWORD');
      const revoked = await this.repo.revokeSessionsOf(tx, row.userId, 'PASSWORD_RESET', null);
      this.logger.log({ userId: row.userId, revokedSessions: revoked }, 'password reset');
      return row.userId;
    });
    return !!userId;
  }

  /**
   * Sends a confirmation link to a new address; the account keeps its address until that link is
   * followed (verifyEmail). BAD_USER_INPUT WRONG_PASSWORD on currentPassword (throttled like
   * sign-in), SAME_EMAIL on newEmail; CONFLICT EMAIL_TAKEN on newEmail; RATE_LIMITED beyond
   * ACCOUNT_MAILS_PER_HOUR. A new request replaces the pending one.
   */
  async requestEmailChange(viewer: Viewer, newEmail: string, currentPassword: string): Promise<boolean> {
    const creds = await this.repo.credentialsById(this.tx.reader, viewer.id);
    const ok = await this.throttle.checkPassword(`user:${viewer.id}`, () =>
      this.hasher.verify(creds?.passwordHash ?? null, currentPassword),
    );
    if (!ok) {
      throw new AppError('BAD_USER_INPUT', 'WRONG_PASSWORD', [
        { path: 'currentPassword', constraint: 'matches', message: 'is not the current password' },
      ]);
    }
    await this.throttle.accountMail(`change:${viewer.id}`);
    await this.tx.run(async (tx) => {
      const user = await this.repo.lockUserById(tx, viewer.id);
      if (!user) throw AppError.unauthenticated();
      if (user.email === newEmail) {
        throw new AppError('BAD_USER_INPUT', 'SAME_EMAIL', [
          { path: 'newEmail', constraint: 'different', message: 'is the current address' },
        ]);
      }
      if (await this.repo.emailTaken(tx, newEmail, user.id)) {
        throw new AppError('CONFLICT', 'EMAIL_TAKEN', [{ path: 'newEmail', constraint: 'unique', message: 'is already registered' }]);
      }
      await this.repo.deleteUnusedAccountTokens(tx, user.id, 'CHANGE_EMAIL');
      const { token, tokenId } = await this.newToken(tx, user.id, 'CHANGE_EMAIL', newEmail);
      const mail = await this.mailer.compose(
        CHANGE_EMAIL_MAIL,
        mailLocale(user.locale),
        { name: user.displayName, url: this.mailer.link('/verify-email', { token }), hours: TOKEN_TTL_MS.CHANGE_EMAIL / HOUR },
        { to: newEmail, effectKey: `account:${tokenId}` },
        tx,
      );
      await this.mailer.enqueue(tx, mail);
    });
    return true;
  }

  private expiry(purpose: AccountTokenPurpose): Date {
    return new Date(this.clock.now().getTime() + TOKEN_TTL_MS[purpose]);
  }

  private async newToken(tx: Tx, userId: string, purpose: AccountTokenPurpose, newEmail: string | null = null) {
    const token = randomBytes(32).toString('base64url');
    const tokenId = await this.repo.insertAccountToken(tx, {
      userId,
      purpose,
      tokenHash: sha256(token),
      newEmail,
      expiresAt: this.expiry(purpose),
    });
    return { token, tokenId };
  }

  /** Finds, checks and spends a token of one of these purposes, in the caller's transaction. */
  private async spend(tx: Tx, token: string, purposes: AccountTokenPurpose[]): Promise<AccountTokenRow> {
    if (!TOKEN_SHAPE.test(token)) throw tokenRefused('INVALID_LINK');
    const row = await this.repo.lockAccountToken(tx, sha256(token));
    if (!row || !purposes.includes(row.purpose)) throw tokenRefused('INVALID_LINK');
    if (row.usedAt) throw tokenRefused('LINK_USED');
    if (row.expiresAt <= this.clock.now()) throw tokenRefused('LINK_EXPIRED');
    await this.repo.markAccountTokenUsed(tx, row.id);
    return row;
  }
}
