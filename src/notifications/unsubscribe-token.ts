import { Inject, Injectable } from '@nestjs/common';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { isUuid } from '../common/ids';

/** What an unsubscribe link turns off: one kind of notification e-mail, for one user. */
export interface UnsubscribeSubject {
  userId: string;
  kind: string;
}

const KIND = /^[A-Z][A-Z0-9_]{0,59}$/;

/**
 * The tokens of the one-click unsubscribe links (RFC 8058): `<userId>.<kind>.<signature>`, the
 * signature an HMAC-SHA256 (truncated to 128 bits) under a key derived from the server's secret.
 * Stateless and without expiry, so a link in an old e-mail still works; it can only turn one kind
 * of e-mail off for its user, which the user can turn back on from the preferences page.
 */
@Injectable()
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // A key of its own derived from the server's secret (never the JWT key itself); without a
    // secret (tests without JWT_SECRET), a random key: links then last until the next restart.
    this.key = createHmac('sha256', config.JWT_SECRET ?? randomBytes(32))
      .update('parvis:unsubscribe:v1')
      .digest();
  }

  sign(subject: UnsubscribeSubject): string {
    return `${subject.userId}.${subject.kind}.${this.signature(subject)}`;
  }

  /** The subject of a well-formed token with a valid signature, else null. */
  verify(token: unknown): UnsubscribeSubject | null {
    if (typeof token !== 'string' || token.length > 200) return null;
    const [userId, kind, signature, ...rest] = token.split('.');
    if (rest.length || !isUuid(userId) || !KIND.test(kind ?? '') || typeof signature !== 'string') return null;
    const expected = Buffer.from(this.signature({ userId, kind }));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected) ? { userId, kind } : null;
  }

  private signature(s: UnsubscribeSubject): string {
    return createHmac('sha256', this.key).update(`${s.userId}\n${s.kind}`).digest().subarray(0, 16).toString('base64url');
  }
}
