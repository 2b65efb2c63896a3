import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import DataLoader from 'dataloader';
import { createHash, randomBytes } from 'node:crypto';
import { Role } from '../auth/role';
import { Viewer } from '../auth/viewer';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { isUuid } from '../common/ids';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { CommuneService } from '../commune/commune.service';
import { DistrictsService } from '../commune/districts.service';
import { CommuneIdentityService } from '../commune/commune-identity.service';
import { Language } from '../commune/dto/commune-setup.enums';
import { TransactionRunner, Tx } from '../database/transaction';
import { byKeys } from '../graphql/loaders';
import { decodeCursor, toConnection } from '../graphql/pagination';
import { IdentityRepository, MailContact, UserRow } from './identity.repository';

export type { MailContact } from './identity.repository';
import { AccountLinksService } from './account-links.service';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export interface IssuedSession {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: Date;
  user: UserRow;
}

export interface AccessTokenPayload {
  sub: string;
  sid: string;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();
const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Accounts, sign-in and sessions. Passwords are argon2id hashes; access tokens are short-lived JWTs
 * naming their session; refresh tokens are single-use and rotate on every refresh.
 */
@Injectable()
export class IdentityService {
  private readonly logger = new Logger(IdentityService.name);

  constructor(
    private readonly repo: IdentityRepository,
    private readonly tx: TransactionRunner,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottle,
    private readonly commune: CommuneService,
    private readonly districts: DistrictsService,
    private readonly communeIdentity: CommuneIdentityService,
    private readonly accountLinks: AccountLinksService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Creates a resident account and signs it in, and queues the e-mail with its verification link
   * in the same transaction. Rules: e-mail unique (CONFLICT EMAIL_TAKEN),
   * district one of the commune's active districts, password not the e-mail. Counts against the IP's attempts.
   */
  async register(
    input: { email: string; password: string; displayName: string; district?: string | null; locale?: Language | null },
    client: ClientInfo,
  ): Promise<IssuedSession> {
    await this.throttle.attemptFromIp(client.ip ?? 'unknown');
    const email = normaliseEmail(input.email);
    // A first look before the costly hash; the transaction checks again under the district's lock.
    const districtErrors = await this.districts.fieldErrors(input.district, 'input.district');
    if (districtErrors.length) throw AppError.badInput('INVALID_INPUT', districtErrors);
    if (input.displayName.trim().length === 0) throw AppError.field('input.displayName', 'isNotEmpty', 'must not be blank');
    if (input.password.toLowerCase().includes(email.split('@')[0]) && email.split('@')[0].length >= 4) {
      throw AppError.field('input.password', 'notEmail', 'must not contain the e-mail address');
    }
    const passwordHash = await this.hasher.hash(input.password);
    return this.tx.run(async (tx) => {
      await this.districts.assertUsable(tx, input.district, 'input.district');
      const locale = input.locale ?? (await this.communeIdentity.get(tx)).defaultLanguage;
      const userId = await this.repo.insertUser(tx, {
        email,
        passwordHash,
        displayName: input.displayName.trim(),
        district: input.district ?? null,
        locale,
      });
      if (!userId) {
        throw new AppError('CONFLICT', 'EMAIL_TAKEN', [{ path: 'input.email', constraint: 'unique', message: 'is already registered' }]);
      }
      await this.repo.addRole(tx, userId, Role.RESIDENT);
      await this.accountLinks.queueVerification(tx, {
        id: userId,
        email,
        locale,
        displayName: input.displayName.trim(),
        emailVerified: false,
      });
      return this.openSession(tx, userId, client);
    });
  }

  /**
   * Checks e-mail and password (the local strategy calls this). UNAUTHENTICATED INVALID_CREDENTIALS
   * for an unknown e-mail or a wrong password alike; RATE_LIMITED after too many attempts from the
   * IP or too many failures on the account. A suspended account signs in (it may still read, and is
   * told why it may not write: the moderation domain refuses its writes).
   */
  async authenticate(emailInput: string, password: string, client: ClientInfo): Promise<string> {
    const email = normaliseEmail(emailInput);
    await this.throttle.attemptFromIp(client.ip ?? 'unknown');
    const found = await this.repo.credentialsByEmail(this.tx.reader, email);
    const ok = await this.throttle.checkPassword(email, () => this.hasher.verify(found?.passwordHash ?? null, password));
    if (!found || !ok) throw AppError.unauthenticated('INVALID_CREDENTIALS');
    return found.id;
  }

  /** Opens a session for an authenticated user. */
  login(userId: string, client: ClientInfo): Promise<IssuedSession> {
    return this.tx.run((tx) => this.openSession(tx, userId, client));
  }

  /**
   * Rotates a refresh token: the presented one is spent and a new one issued. A spent token
   * presented again revokes the whole session (REFRESH_TOKEN_REUSED): whoever holds a copy is out.
   * A suspended account refreshes like any other: it may read while suspended.
   */
  async refresh(refreshToken: string): Promise<IssuedSession> {
    const hash = sha256(refreshToken);
    const outcome = await this.tx.run(async (tx) => {
      const token = await this.repo.lockRefreshToken(tx, hash);
      if (!token) return { error: 'INVALID_REFRESH_TOKEN' } as const;
      if (token.revokedAt || token.expiresAt <= this.clock.now()) return { error: 'SESSION_ENDED' } as const;
      if (token.usedAt) {
        await this.repo.revokeSession(tx, token.sessionId, 'REFRESH_TOKEN_REUSED');
        this.logger.warn({ sessionId: token.sessionId }, 'refresh token reused: session revoked');
        return { error: 'REFRESH_TOKEN_REUSED' } as const;
      }
      await this.repo.markRefreshTokenUsed(tx, token.tokenId);
      await this.repo.touchSession(tx, token.sessionId, this.sessionExpiry());
      return { session: await this.issueTokens(tx, token.userId, token.sessionId) } as const;
    });
    if ('error' in outcome) throw AppError.unauthenticated(outcome.error);
    return outcome.session;
  }

  /** Ends the session the refresh token belongs to. True when a live session was ended. */
  async logout(refreshToken: string): Promise<boolean> {
    return this.tx.run(async (tx) => {
      const token = await this.repo.lockRefreshToken(tx, sha256(refreshToken));
      if (!token) return false;
      return this.repo.revokeSession(tx, token.sessionId, 'LOGOUT');
    });
  }

  /** The viewer behind a verified access token, or null when its session or user is gone. */
  async viewerForToken(payload: AccessTokenPayload): Promise<Viewer | null> {
    if (!isUuid(payload.sub) || !isUuid(payload.sid)) return null;
    const row = await this.repo.viewerForSession(this.tx.reader, payload.sub, payload.sid);
    if (!row) return null;
    return {
      id: row.id,
      sessionId: row.sessionId,
      displayName: row.displayName,
      roles: row.roles,
      departmentIds: row.departmentIds,
    };
  }

  /**
   * An access token checked again, as the guard checks it on every request: signature and expiry,
   * then its session and user (`viewerForToken`). Live subscriptions call it at each event, since
   * their connection keeps the token it opened with. Answers the viewer as they are now, or why the
   * token no longer stands (TOKEN_EXPIRED, TOKEN_INVALID, SESSION_ENDED: logged out, revoked,
   * deleted).
   */
  async viewerForAccessToken(token: string): Promise<{ viewer: Viewer } | { reason: 'TOKEN_EXPIRED' | 'TOKEN_INVALID' | 'SESSION_ENDED' }> {
    let payload: AccessTokenPayload;
    try {
      payload = await this.jwt.verifyAsync<AccessTokenPayload & object>(token, { algorithms: ['HS256'] });
    } catch (error) {
      return { reason: (error as { name?: string }).name === 'TokenExpiredError' ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID' };
    }
    const viewer = await this.viewerForToken(payload);
    return viewer ? { viewer } : { reason: 'SESSION_ENDED' };
  }

  /**
   * Admin: gives a role. AGENT needs a department, known and not archived (BAD_USER_INPUT on
   * departmentId), and may be given again with another department. NOT_FOUND USER_NOT_FOUND.
   */
  async grantRole(userId: string, role: Role, departmentId?: string | null): Promise<UserRow> {
    if (role === Role.AGENT && !departmentId) {
      throw AppError.field('departmentId', 'required', 'is required for the AGENT role');
    }
    if (role !== Role.AGENT && departmentId) {
      throw AppError.field('departmentId', 'forbidden', 'only goes with the AGENT role');
    }
    return this.tx.run(async (tx) => {
      await this.mustExist(tx, userId);
      // Held FOR SHARE until commit: an archived department gets no new agent, even one granted while it is being archived.
      if (departmentId) await this.commune.lockOpenDepartment(tx, departmentId, 'departmentId');
      await this.repo.addRole(tx, userId, role);
      if (departmentId) await this.repo.addAgentDepartment(tx, userId, departmentId);
      return (await this.repo.userById(tx, userId)) as UserRow;
    });
  }

  /**
   * Admin: takes a role back. For AGENT with a department, only that department; the role goes
   * when no department is left. RESIDENT cannot be removed (every account is a resident).
   */
  async revokeRole(actor: Viewer, userId: string, role: Role, departmentId?: string | null): Promise<UserRow> {
    if (role === Role.RESIDENT) throw AppError.field('role', 'notResident', 'RESIDENT cannot be removed');
    if (role === Role.ADMIN && userId === actor.id) throw AppError.conflict('CANNOT_REVOKE_OWN_ADMIN');
    return this.tx.run(async (tx) => {
      await this.mustExist(tx, userId);
      if (role === Role.AGENT) {
        await this.repo.removeAgentDepartments(tx, userId, departmentId ?? undefined);
        if ((await this.repo.countAgentDepartments(tx, userId)) === 0) await this.repo.removeRole(tx, userId, role);
      } else {
        await this.repo.removeRole(tx, userId, role);
      }
      return (await this.repo.userById(tx, userId)) as UserRow;
    });
  }

  /**
   * Changes the password and signs out every other session. BAD_USER_INPUT WRONG_PASSWORD;
   * RATE_LIMITED after too many wrong ones (a stolen session must not become a password oracle).
   */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string): Promise<boolean> {
    if (!(await this.checkViewerPassword(viewer, currentPassword))) {
      throw new AppError('BAD_USER_INPUT', 'WRONG_PASSWORD', [
        { path: 'currentPassword', constraint: 'matches', message: 'is not the current password' },
      ]);
    }
    const hash = await this.hasher.hash(newPassword);
    await this.tx.run(async (tx) => {
      await this.repo.updatePasswordHash(tx, viewer.id, hash);
      await this.repo.revokeSessionsOf(tx, viewer.id, 'PASSWORD_CHANGED', viewer.sessionId);
    });
    return true;
  }

  /**
   * The viewer's password check, throttled per account like sign-in (RATE_LIMITED): for the
   * mutations that ask for the password again inside a session.
   */
  async checkViewerPassword(viewer: Viewer, password: string): Promise<boolean> {
    const creds = await this.repo.credentialsById(this.tx.reader, viewer.id);
    return this.throttle.checkPassword(`user:${viewer.id}`, () => this.hasher.verify(creds?.passwordHash ?? null, password));
  }

  /** The language of the viewer's e-mails (the client sets it to the interface's language). */
  async setMyLocale(viewer: Viewer, locale: Language): Promise<UserRow> {
    return this.tx.run(async (tx) => {
      await this.repo.setLocale(tx, viewer.id, locale);
      return (await this.repo.userById(tx, viewer.id)) as UserRow;
    });
  }

  /**
   * For domains that send e-mail: the address, language and name of these accounts, in one query
   * (deleted accounts left out); in the caller's transaction when given.
   */
  mailContacts(userIds: readonly string[], tx: Tx = this.tx.reader): Promise<MailContact[]> {
    const ids = userIds.filter(isUuid);
    return ids.length ? this.repo.mailContacts(tx, ids) : Promise.resolve([]);
  }

  mySessions(viewer: Viewer) {
    return this.repo.liveSessions(this.tx.reader, viewer.id);
  }

  /** Ends one of the viewer's own sessions; NOT_FOUND for anyone else's. */
  async revokeSession(viewer: Viewer, sessionId: string): Promise<boolean> {
    if (!isUuid(sessionId)) throw AppError.notFound('SESSION_NOT_FOUND');
    const done = await this.tx.run((tx) => this.repo.revokeSession(tx, sessionId, 'REVOKED_BY_USER', viewer.id));
    if (!done) throw AppError.notFound('SESSION_NOT_FOUND');
    return true;
  }

  revokeOtherSessions(viewer: Viewer): Promise<number> {
    return this.tx.run((tx) => this.repo.revokeSessionsOf(tx, viewer.id, 'REVOKED_BY_USER', viewer.sessionId));
  }

  /**
   * Residents (live accounts with the RESIDENT role; deleted, anonymised accounts left out) counted
   * by their current district, null for those without one: aggregated counts only, for turnout figures.
   */
  residentCountsByDistrict(): Promise<{ district: string | null; residents: number }[]> {
    return this.repo.residentCountsByDistrict(this.tx.reader);
  }

  userById(id: string): Promise<UserRow | null> {
    return isUuid(id) ? this.repo.userById(this.tx.reader, id) : Promise.resolve(null);
  }

  /**
   * Ids of the agents of a department (live accounts with the AGENT role there), in one query; in
   * the caller's transaction when given, so a use case notifies the agents as its transaction sees them.
   */
  agentIdsOfDepartment(departmentId: string, tx: Tx = this.tx.reader): Promise<string[]> {
    return isUuid(departmentId) ? this.repo.agentIdsOfDepartment(tx, departmentId) : Promise.resolve([]);
  }

  /** Admin list of accounts, newest first. */
  async usersPage(args: { first: number; after?: string; search?: string; role?: Role }) {
    const after = decodeCursor(args.after, 'timestamp');
    const rows = await this.repo.usersPage(this.tx.reader, {
      limit: args.first + 1,
      after,
      search: args.search,
      role: args.role,
    });
    return toConnection(
      rows,
      args.first,
      (u) => [u.cursorAt, u.id],
      () => this.repo.countUsers(this.tx.reader, { search: args.search, role: args.role }),
    );
  }

  /**
   * Creates an account directly (first admin, demo seed, test factories): no throttle, no session,
   * no verification e-mail (the address counts as verified).
   * Returns the existing account's id when the e-mail is taken.
   */
  async createAccount(a: {
    email: string;
    password: string;
    displayName: string;
    district?: string | null;
    roles?: Role[];
    departmentIds?: string[];
    locale?: Language;
  }): Promise<{ id: string; created: boolean }> {
    const passwordHash = await this.hasher.hash(a.password);
    return this.tx.run(async (tx) => {
      const email = normaliseEmail(a.email);
      const locale = a.locale ?? (await this.communeIdentity.get(tx)).defaultLanguage;
      // Made by the operator, the demo or a test, not by someone typing an address: verified.
      const id = await this.repo.insertUser(tx, {
        email,
        passwordHash,
        displayName: a.displayName,
        district: a.district ?? null,
        locale,
        verified: true,
      });
      if (!id) {
        const existing = await this.repo.credentialsByEmail(tx, email);
        return { id: existing!.id, created: false };
      }
      for (const role of new Set([Role.RESIDENT, ...(a.roles ?? [])])) await this.repo.addRole(tx, id, role);
      for (const dep of a.departmentIds ?? []) await this.repo.addAgentDepartment(tx, id, dep);
      return { id, created: true };
    });
  }

  /** On start: the first admin from ADMIN_EMAIL / ADMIN_PASSWORD, when no account has that e-mail. */
  async ensureFirstAdmin(): Promise<void> {
    if (!this.config.ADMIN_EMAIL || !this.config.ADMIN_PASSWORD) return;
    const { created } = await this.createAccount({
      email: this.config.ADMIN_EMAIL,
      password: this.config.ADMIN_PASSWORD,
      displayName: 'Administration',
      roles: [Role.ADMIN],
    });
    if (created) this.logger.log(`first admin account created for ${normaliseEmail(this.config.ADMIN_EMAIL)}`);
  }

  /** Opens a session without a password (seed and test factories only). */
  openSessionFor(userId: string): Promise<IssuedSession> {
    return this.tx.run((tx) => this.openSession(tx, userId, { ip: null, userAgent: 'parvis-internal' }));
  }

  /** Loader factory: users by id. */
  readonly userLoader = () =>
    new DataLoader<string, UserRow | null>(async (ids) => byKeys(ids, await this.repo.usersByIds(this.tx.reader, ids), (u) => u.id));

  /** A live account (a deleted one is anonymised for good: no role to give or take). NOT_FOUND USER_NOT_FOUND. */
  private async mustExist(tx: Tx, userId: string): Promise<void> {
    if (!isUuid(userId) || !(await this.repo.credentialsById(tx, userId))) throw AppError.notFound('USER_NOT_FOUND');
  }

  private sessionExpiry(): Date {
    return new Date(this.clock.now().getTime() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
  }

  private async openSession(tx: Tx, userId: string, client: ClientInfo): Promise<IssuedSession> {
    const sessionId = await this.repo.insertSession(tx, {
      userId,
      expiresAt: this.sessionExpiry(),
      userAgent: client.userAgent,
      ip: client.ip,
    });
    return this.issueTokens(tx, userId, sessionId);
  }

  private async issueTokens(tx: Tx, userId: string, sessionId: string): Promise<IssuedSession> {
    const refreshToken = randomBytes(32).toString('base64url');
    await this.repo.insertRefreshToken(tx, sessionId, sha256(refreshToken));
    const payload: AccessTokenPayload = { sub: userId, sid: sessionId };
    const accessToken = await this.jwt.signAsync(payload);
    // The payload goes to the account's own holder, who may see its e-mail.
    const user = { ...((await this.repo.userById(tx, userId)) as UserRow), shownToSelf: true };
    return {
      accessToken,
      refreshToken,
      accessTokenExpiresAt: new Date(Date.now() + this.config.ACCESS_TOKEN_TTL_SECONDS * 1000),
      user,
    };
  }
}
