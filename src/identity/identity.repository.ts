import { Injectable } from '@nestjs/common';
import { sqlRows, timestampKeySql, Tx } from '../database/transaction';
import { Role } from '../auth/role';

/** A user with its roles, as the API shows it. */
export interface UserRow {
  id: string;
  email: string | null;
  displayName: string;
  district: string | null;
  createdAt: Date;
  roles: Role[];
  departmentIds: string[];
  /** `fr` or `en`: the language of the account's e-mails. */
  locale: string;
  /** Whether the account's e-mail address was confirmed by a link sent to it. */
  emailVerified: boolean;
  /** Set on the user of an AuthPayload, which only its owner receives. */
  shownToSelf?: boolean;
}

/** Who an e-mail goes to. */
export interface MailContact {
  id: string;
  email: string;
  locale: string;
  displayName: string;
  emailVerified: boolean;
}

export type AccountTokenPurpose = 'VERIFY_EMAIL' | 'RESET_PASSWORD' | 'CHANGE_EMAIL';

export interface AccountTokenRow {
  id: string;
  userId: string;
  purpose: AccountTokenPurpose;
  newEmail: string | null;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface CredentialsRow {
  id: string;
  passwordHash: string | null;
}

export interface RefreshTokenRow {
  tokenId: string;
  usedAt: Date | null;
  sessionId: string;
  userId: string;
  revokedAt: Date | null;
  expiresAt: Date;
}

const USER_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.district, u.created_at AS "createdAt",
  u.locale, (u.email_verified_at IS NOT NULL) AS "emailVerified",
  ARRAY(SELECT r.role FROM user_roles r WHERE r.user_id = u.id ORDER BY r.role) AS roles,
  ARRAY(SELECT a.department_id FROM agent_departments a WHERE a.user_id = u.id ORDER BY a.department_id) AS "departmentIds"`;

/** The admins' search: the indexed expression (ix_users_search_trgm) against an unaccented, lower-case LIKE pattern. */
const USER_SEARCH = (param: string) =>
  `(${param}::text IS NULL OR parvis_unaccent(lower(u.display_name || ' ' || coalesce(u.email, ''))) LIKE parvis_unaccent(lower(${param})))`;

/** `%part%` with LIKE's own characters (\\, %, _) escaped, or null for no search. */
function likePattern(search: string | undefined): string | null {
  const text = search?.trim();
  return text ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
}

/** Every query on users, roles, sessions and refresh tokens. */
@Injectable()
export class IdentityRepository {
  /** Returns null when the e-mail is taken (the unique constraint decides, not a prior read). */
  async insertUser(
    tx: Tx,
    user: { email: string; passwordHash: string; displayName: string; district: string | null; locale: string; verified?: boolean },
  ): Promise<string | null> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO users (email, password_hash, display_name, district, locale, email_verified_at)
       VALUES ($1, $2, $3, $4, $5, CASE WHEN $6::boolean THEN now() END)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [user.email, user.passwordHash, user.displayName, user.district, user.locale, user.verified ?? false],
    );
    return rows[0]?.id ?? null;
  }

  async addRole(tx: Tx, userId: string, role: Role): Promise<void> {
    await tx.query(`INSERT INTO user_roles (user_id, role) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [userId, role]);
  }

  async removeRole(tx: Tx, userId: string, role: Role): Promise<void> {
    await tx.query(`DELETE FROM user_roles WHERE user_id = $1 AND role = $2`, [userId, role]);
  }

  async addAgentDepartment(tx: Tx, userId: string, departmentId: string): Promise<void> {
    await tx.query(`INSERT INTO agent_departments (user_id, department_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [userId, departmentId]);
  }

  async removeAgentDepartments(tx: Tx, userId: string, departmentId?: string): Promise<void> {
    await tx.query(`DELETE FROM agent_departments WHERE user_id = $1 AND ($2::uuid IS NULL OR department_id = $2)`, [
      userId,
      departmentId ?? null,
    ]);
  }

  async countAgentDepartments(tx: Tx, userId: string): Promise<number> {
    const [row] = await tx.query(`SELECT count(*)::int AS n FROM agent_departments WHERE user_id = $1`, [userId]);
    return row.n;
  }

  async credentialsByEmail(tx: Tx, email: string): Promise<CredentialsRow | null> {
    const rows: CredentialsRow[] = await tx.query(
      `SELECT id, password_hash AS "passwordHash" FROM users WHERE email = $1 AND deleted_at IS NULL`,
      [email],
    );
    return rows[0] ?? null;
  }

  async credentialsById(tx: Tx, id: string): Promise<CredentialsRow | null> {
    const rows: CredentialsRow[] = await tx.query(
      `SELECT id, password_hash AS "passwordHash" FROM users WHERE id = $1 AND deleted_at IS NULL`,
      [id],
    );
    return rows[0] ?? null;
  }

  async setLocale(tx: Tx, userId: string, locale: string): Promise<void> {
    await tx.query(`UPDATE users SET locale = $2, updated_at = now() WHERE id = $1 AND deleted_at IS NULL`, [userId, locale]);
  }

  /** Address, language and name of live accounts (deleted ones and those without an address left out), in one query. */
  mailContacts(tx: Tx, ids: readonly string[]): Promise<MailContact[]> {
    return tx.query(
      `SELECT id, email, locale, display_name AS "displayName", (email_verified_at IS NOT NULL) AS "emailVerified"
         FROM users WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL AND email IS NOT NULL ORDER BY id`,
      [ids],
    );
  }

  /** The live account with this address, locked (a reset or a change of address works on it). */
  async lockUserByEmail(tx: Tx, email: string): Promise<MailContact | null> {
    const rows: MailContact[] = await tx.query(
      `SELECT id, email, locale, display_name AS "displayName", (email_verified_at IS NOT NULL) AS "emailVerified"
         FROM users WHERE email = $1 AND deleted_at IS NULL FOR UPDATE`,
      [email],
    );
    return rows[0] ?? null;
  }

  /** The live account, locked. */
  async lockUserById(tx: Tx, id: string): Promise<MailContact | null> {
    const rows: MailContact[] = await tx.query(
      `SELECT id, email, locale, display_name AS "displayName", (email_verified_at IS NOT NULL) AS "emailVerified"
         FROM users WHERE id = $1 AND deleted_at IS NULL AND email IS NOT NULL FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Whether a live account other than `exceptUserId` has this address (any case). */
  async emailTaken(tx: Tx, email: string, exceptUserId: string): Promise<boolean> {
    const rows = await tx.query(`SELECT 1 FROM users WHERE lower(email) = lower($1) AND id <> $2`, [email, exceptUserId]);
    return rows.length > 0;
  }

  async insertAccountToken(
    tx: Tx,
    t: { userId: string; purpose: AccountTokenPurpose; tokenHash: string; newEmail: string | null; expiresAt: Date },
  ): Promise<string> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO account_tokens (user_id, purpose, token_hash, new_email, expires_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [t.userId, t.purpose, t.tokenHash, t.newEmail, t.expiresAt],
    );
    return rows[0].id;
  }

  /** Forgets a user's unused tokens of one purpose (a new reset link makes the older ones worthless). */
  async deleteUnusedAccountTokens(tx: Tx, userId: string | null, purpose: AccountTokenPurpose): Promise<void> {
    await tx.query(`DELETE FROM account_tokens WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`, [userId, purpose]);
  }

  /** The token with this hash, locked until the end of the transaction (two uses racing: one wins). */
  async lockAccountToken(tx: Tx, tokenHash: string): Promise<AccountTokenRow | null> {
    const rows: AccountTokenRow[] = await tx.query(
      `SELECT id, user_id AS "userId", purpose, new_email AS "newEmail", expires_at AS "expiresAt", used_at AS "usedAt"
         FROM account_tokens WHERE token_hash = $1 FOR UPDATE`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async markAccountTokenUsed(tx: Tx, id: string): Promise<void> {
    await tx.query(`UPDATE account_tokens SET used_at = now() WHERE id = $1`, [id]);
  }

  /** Marks the address verified (kept as it was when it already is). */
  async markEmailVerified(tx: Tx, userId: string): Promise<void> {
    await tx.query(`UPDATE users SET email_verified_at = coalesce(email_verified_at, now()), updated_at = now() WHERE id = $1`, [userId]);
  }

  /** Puts the new, verified address in place. */
  async setVerifiedEmail(tx: Tx, userId: string, email: string): Promise<void> {
    await tx.query(`UPDATE users SET email = $2, email_verified_at = now(), updated_at = now() WHERE id = $1`, [userId, email]);
  }

  async updatePasswordHash(tx: Tx, userId: string, hash: string): Promise<void> {
    await tx.query(`UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1`, [userId, hash]);
  }

  async userById(tx: Tx, id: string): Promise<UserRow | null> {
    const rows = await this.usersByIds(tx, [id]);
    return rows[0] ?? null;
  }

  usersByIds(tx: Tx, ids: readonly string[]): Promise<UserRow[]> {
    return tx.query(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = ANY($1::uuid[])`, [ids]);
  }

  /**
   * Ids of the live accounts that hold the AGENT role for this department (the role and the
   * department link both, so a revoked agent is left out; deleted accounts too).
   */
  async agentIdsOfDepartment(tx: Tx, departmentId: string): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(
      `SELECT a.user_id AS id FROM agent_departments a
         JOIN user_roles r ON r.user_id = a.user_id AND r.role = 'AGENT'
         JOIN users u ON u.id = a.user_id AND u.deleted_at IS NULL
        WHERE a.department_id = $1
        ORDER BY a.user_id`,
      [departmentId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Admin list, newest first, keyset on (created_at, id). `search` is a part of the name or e-mail,
   * accents and case ignored, LIKE's wildcards taken literally; matched on the expression of the
   * trigram index ix_users_search_trgm (3 characters or more use it).
   */
  usersPage(
    tx: Tx,
    opts: { limit: number; after?: [string, string]; search?: string; role?: Role },
  ): Promise<(UserRow & { cursorAt: string })[]> {
    return tx.query(
      `SELECT ${USER_COLUMNS}, ${timestampKeySql('u.created_at')} AS "cursorAt" FROM users u
       WHERE u.deleted_at IS NULL AND ${USER_SEARCH('$2')}
         AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = $3))
         AND ($4::timestamptz IS NULL OR (u.created_at, u.id) < ($4::timestamptz, $5::uuid))
       ORDER BY u.created_at DESC, u.id DESC LIMIT $1`,
      [opts.limit, likePattern(opts.search), opts.role ?? null, opts.after?.[0] ?? null, opts.after?.[1] ?? null],
    );
  }

  /** Live accounts holding the RESIDENT role, counted by their district (null: none); aggregated only. */
  residentCountsByDistrict(tx: Tx): Promise<{ district: string | null; residents: number }[]> {
    return tx.query(
      `SELECT u.district, count(*)::int AS residents FROM users u
       WHERE u.deleted_at IS NULL AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'RESIDENT')
       GROUP BY u.district ORDER BY u.district NULLS LAST`,
    );
  }

  async countUsers(tx: Tx, opts: { search?: string; role?: Role }): Promise<number> {
    const [row] = await tx.query(
      `SELECT count(*)::int AS n FROM users u WHERE u.deleted_at IS NULL AND ${USER_SEARCH('$1')}
         AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = $2))`,
      [likePattern(opts.search), opts.role ?? null],
    );
    return row.n;
  }

  /**
   * The viewer behind an access token, in one query: the session must be live and the user not
   * deleted. (A suspended user is a viewer: the moderation domain refuses their writes.)
   */
  async viewerForSession(tx: Tx, userId: string, sessionId: string): Promise<(UserRow & { sessionId: string }) | null> {
    const rows = await tx.query(
      `SELECT ${USER_COLUMNS}, s.id AS "sessionId"
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.id = $2 AND s.user_id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
         AND u.deleted_at IS NULL`,
      [userId, sessionId],
    );
    return rows[0] ?? null;
  }

  async insertSession(tx: Tx, s: { userId: string; expiresAt: Date; userAgent: string | null; ip: string | null }): Promise<string> {
    const [row] = await tx.query(
      `INSERT INTO sessions (user_id, last_used_at, expires_at, user_agent, ip)
       VALUES ($1, now(), $2, $3, $4) RETURNING id`,
      [s.userId, s.expiresAt, s.userAgent?.slice(0, 300) ?? null, s.ip?.slice(0, 64) ?? null],
    );
    return row.id;
  }

  async insertRefreshToken(tx: Tx, sessionId: string, tokenHash: string): Promise<void> {
    await tx.query(`INSERT INTO refresh_tokens (session_id, token_hash) VALUES ($1, $2)`, [sessionId, tokenHash]);
  }

  /** Locks the token row, so two refreshes with the same token cannot both succeed. */
  async lockRefreshToken(tx: Tx, tokenHash: string): Promise<RefreshTokenRow | null> {
    const rows: RefreshTokenRow[] = await tx.query(
      `SELECT t.id AS "tokenId", t.used_at AS "usedAt", s.id AS "sessionId", s.user_id AS "userId",
              s.revoked_at AS "revokedAt", s.expires_at AS "expiresAt"
       FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id
       WHERE t.token_hash = $1 FOR UPDATE OF t`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async markRefreshTokenUsed(tx: Tx, tokenId: string): Promise<void> {
    await tx.query(`UPDATE refresh_tokens SET used_at = now() WHERE id = $1`, [tokenId]);
  }

  async touchSession(tx: Tx, sessionId: string, expiresAt: Date): Promise<void> {
    await tx.query(`UPDATE sessions SET last_used_at = now(), expires_at = $2 WHERE id = $1`, [sessionId, expiresAt]);
  }

  /** Revokes one session; returns whether it was live. */
  async revokeSession(tx: Tx, sessionId: string, reason: string, userId?: string): Promise<boolean> {
    const rows = await sqlRows(
      tx,
      `UPDATE sessions SET revoked_at = now(), revoked_reason = $2
       WHERE id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR user_id = $3) RETURNING id`,
      [sessionId, reason, userId ?? null],
    );
    return rows.length > 0;
  }

  /** Revokes all of a user's live sessions but one; returns how many. */
  async revokeSessionsOf(tx: Tx, userId: string, reason: string, exceptSessionId: string | null): Promise<number> {
    const rows = await sqlRows(
      tx,
      `UPDATE sessions SET revoked_at = now(), revoked_reason = $2
       WHERE user_id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR id <> $3) RETURNING id`,
      [userId, reason, exceptSessionId],
    );
    return rows.length;
  }

  liveSessions(tx: Tx, userId: string): Promise<{ id: string; createdAt: Date; lastUsedAt: Date; userAgent: string | null }[]> {
    return tx.query(
      `SELECT id, created_at AS "createdAt", last_used_at AS "lastUsedAt", user_agent AS "userAgent"
       FROM sessions WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
       ORDER BY last_used_at DESC LIMIT 100`,
      [userId],
    );
  }

  // ---- personal data (RGPD) ----

  /** The account as its owner may download it. */
  async accountExport(tx: Tx, userId: string): Promise<Record<string, unknown> | null> {
    const rows = await tx.query(
      `SELECT u.email, u.display_name AS "displayName", u.district, u.email_verified_at AS "emailVerifiedAt",
              u.created_at AS "createdAt",
              ARRAY(SELECT r.role FROM user_roles r WHERE r.user_id = u.id ORDER BY r.role) AS roles
       FROM users u WHERE u.id = $1 AND u.deleted_at IS NULL`,
      [userId],
    );
    return rows[0] ?? null;
  }

  /** Every session, newest first (bounded); never the refresh tokens' hashes. */
  sessionsExport(tx: Tx, userId: string, limit: number): Promise<Record<string, unknown>[]> {
    return tx.query(
      `SELECT created_at AS "createdAt", last_used_at AS "lastUsedAt", expires_at AS "expiresAt",
              revoked_at AS "revokedAt", revoked_reason AS "revokedReason", user_agent AS "userAgent", ip
       FROM sessions WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
      [userId, limit],
    );
  }

  /**
   * Locks every live admin's row (in id order, so two deletions cannot deadlock) and returns their
   * ids: the last admin check then holds until the transaction ends.
   */
  async lockLiveAdmins(tx: Tx): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(
      `SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'ADMIN'
       WHERE u.deleted_at IS NULL ORDER BY u.id FOR UPDATE OF u`,
    );
    return rows.map((r) => r.id);
  }

  /**
   * Anonymises the account: no e-mail (so it can register again) nor password, a neutral name,
   * no roles, departments or pending e-mailed links. The id stays so content keeps its (now anonymous) author.
   */
  async anonymiseUser(tx: Tx, userId: string, displayName: string): Promise<boolean> {
    await tx.query(`DELETE FROM agent_departments WHERE user_id = $1`, [userId]);
    await tx.query(`DELETE FROM user_roles WHERE user_id = $1`, [userId]);
    // Pending links (a CHANGE_EMAIL token holds an address) go with the account.
    await tx.query(`DELETE FROM account_tokens WHERE user_id = $1`, [userId]);
    const rows = await sqlRows(
      tx,
      `UPDATE users SET email = NULL, password_hash = NULL, display_name = $2, district = NULL,
              email_verified_at = NULL, deleted_at = now(), updated_at = now()
       WHERE id = $1 AND deleted_at IS NULL RETURNING id`,
      [userId, displayName],
    );
    return rows.length > 0;
  }
}
