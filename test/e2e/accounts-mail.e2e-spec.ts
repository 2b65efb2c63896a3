import { Clock } from '../../src/common/clock';
import { linkIn, TestSmtpServer } from '../harness/smtp';
import { errorOf, TestApp } from '../harness/test-app';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id emailVerified } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`;
const ME = `{ me { id email emailVerified } }`;
const VERIFY = `mutation($token: String!) { verifyEmail(token: $token) }`;
const RESEND = `mutation { resendVerificationEmail }`;
const REQUEST_RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($token: String!, $p: String!) { resetPassword(token: $token, newPassword: $p) }`;
const CHANGE = `mutation($e: String!, $p: String!) { requestEmailChange(newEmail: $e, currentPassword: $p) }`;

const PASSWORD = 'a long passphrase';
const HOUR = 3_600_000;

describe('accounts by e-mail: verification, password reset, change of address', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let n = 0;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    t = await TestApp.start({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://parvis.example.org', ACCOUNT_MAILS_PER_HOUR: '5' });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  const address = (label: string) => `${label}-${++n}@example.test`;
  async function register(email: string, locale?: string) {
    return (
      await t.gqlOk(REGISTER, { input: { email, password: PASSWORD, displayName: 'Camille <Dupont>', ...(locale ? { locale } : {}) } })
    ).register;
  }
  /** The token of the latest e-mail to this address whose link points to `path`. */
  function tokenFrom(email: string, path: string): string {
    const mails = smtp.to(email);
    expect(mails.length).toBeGreaterThan(0);
    return linkIn(mails[mails.length - 1].text, path).token as string;
  }
  const login = (email: string, password: string) => t.gql(LOGIN, { input: { email, password } });

  describe('verification at sign-up', () => {
    it('mails a link at sign-up, in the account’s language, that verifies the address once', async () => {
      const email = address('verify');
      const { accessToken, user } = await register(email);
      expect(user.emailVerified).toBe(false);
      const mail = await smtp.waitForMail((m) => m.to === email);
      expect(mail.subject).toBe('Confirmez votre adresse e-mail');
      expect(mail.text).toContain('Bonjour Camille <Dupont>,');
      expect(mail.html).toContain('Bonjour Camille &lt;Dupont&gt;,');
      const { url, token } = linkIn(mail.text, '/verify-email');
      expect(url.startsWith('https://parvis.example.org/verify-email?token=')).toBe(true);
      expect(mail.html).toContain(`href="${url}"`);
      // Only the token's hash is stored.
      expect(await t.sql(`SELECT 1 FROM account_tokens WHERE token_hash = $1`, [token])).toHaveLength(0);

      expect((await t.gqlOk(VERIFY, { token })).verifyEmail).toBe(true);
      expect((await t.gqlOk(ME, {}, accessToken)).me).toMatchObject({ id: user.id, emailVerified: true });
      expect(errorOf(await t.gql(VERIFY, { token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'LINK_USED', fields: ['token'] });
      expect(errorOf(await t.gql(RESEND, {}, accessToken))).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_ALREADY_VERIFIED' });
    });

    it('writes the e-mail in English for an English account', async () => {
      const email = address('english');
      await register(email, 'EN');
      const mail = await smtp.waitForMail((m) => m.to === email);
      expect(mail.subject).toBe('Confirm your e-mail address');
      expect(mail.text).toContain('Hello Camille <Dupont>,');
    });

    it('refuses forged, malformed and expired tokens on the field token, changing nothing', async () => {
      const email = address('expired');
      const { accessToken } = await register(email);
      const token = tokenFrom(email, '/verify-email');
      const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
      expect(errorOf(await t.gql(VERIFY, { token: forged }))).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_LINK',
        fields: ['token'],
      });
      expect(errorOf(await t.gql(VERIFY, { token: 'not a token' }))).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_LINK',
        fields: ['token'],
      });
      expect(errorOf(await t.gql(VERIFY, { token: 'x'.repeat(500) }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['token'] });
      t.get<Clock>(Clock).advance(48 * HOUR + 60_000);
      expect(errorOf(await t.gql(VERIFY, { token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'LINK_EXPIRED', fields: ['token'] });
      expect((await t.gqlOk(ME, {}, accessToken)).me.emailVerified).toBe(false);

      // A new link, sent again on request, works.
      smtp.clear();
      expect((await t.gqlOk(RESEND, {}, accessToken)).resendVerificationEmail).toBe(true);
      await t.gqlOk(VERIFY, { token: tokenFrom(email, '/verify-email') });
      expect((await t.gqlOk(ME, {}, accessToken)).me.emailVerified).toBe(true);
    });

    it('sends a verification link only to a signed-in account, and a limited number per hour', async () => {
      expect(errorOf(await t.gql(RESEND)).code).toBe('UNAUTHENTICATED');
      const { accessToken } = await register(address('resend'));
      for (let i = 0; i < 5; i++) await t.gqlOk(RESEND, {}, accessToken);
      expect(errorOf(await t.gql(RESEND, {}, accessToken)).code).toBe('RATE_LIMITED');
    });
  });

  describe('password reset', () => {
    it('mails a single-use link; the new password works, the old one no longer, and every session is signed out', async () => {
      const email = address('reset');
      await register(email);
      const first = (await login(email, PASSWORD)).data!.login;
      const second = (await login(email, PASSWORD)).data!.login;
      smtp.clear();

      expect((await t.gqlOk(REQUEST_RESET, { email: ` ${email.toUpperCase()} ` })).requestPasswordReset).toBe(true);
      const mail = await smtp.waitForMail((m) => m.to === email);
      expect(mail.subject).toBe('Réinitialisez votre mot de passe');
      const { url, token } = linkIn(mail.text, '/reset-password');
      expect(url.startsWith('https://parvis.example.org/reset-password?token=')).toBe(true);

      expect(errorOf(await t.gql(RESET, { token, p: 'short' }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['newPassword'] });
      expect((await t.gqlOk(RESET, { token, p: 'a brand new passphrase' })).resetPassword).toBe(true);

      expect(errorOf(await t.gql(REFRESH, { t: first.refreshToken }))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
      expect(errorOf(await t.gql(REFRESH, { t: second.refreshToken })).code).toBe('UNAUTHENTICATED');
      expect(errorOf(await t.gql(ME, {}, first.accessToken)).code).toBe('UNAUTHENTICATED');
      expect(errorOf(await login(email, PASSWORD)).reason).toBe('INVALID_CREDENTIALS');
      const signedIn = (await login(email, 'a brand new passphrase')).data!.login;
      // The link reached the address: it counts as verified.
      expect((await t.gqlOk(ME, {}, signedIn.accessToken)).me.emailVerified).toBe(true);

      expect(errorOf(await t.gql(RESET, { token, p: 'yet another passphrase' }))).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'LINK_USED',
        fields: ['token'],
      });
      expect((await login(email, 'a brand new passphrase')).errors).toBeUndefined();
    });

    it('refuses an expired link, a forged one, and a link replaced by a newer request', async () => {
      const email = address('reset-expired');
      await register(email);
      await t.gqlOk(REQUEST_RESET, { email });
      const older = tokenFrom(email, '/reset-password');
      await t.gqlOk(REQUEST_RESET, { email });
      const newer = tokenFrom(email, '/reset-password');
      expect(newer).not.toBe(older);
      expect(errorOf(await t.gql(RESET, { token: older, p: 'a brand new passphrase' }))).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_LINK',
        fields: ['token'],
      });
      expect(errorOf(await t.gql(RESET, { token: 'A'.repeat(43), p: 'a brand new passphrase' })).reason).toBe('INVALID_LINK');
      // A verification link is no reset link.
      await t.gqlOk(RESEND, {}, (await login(email, PASSWORD)).data!.login.accessToken);
      expect(errorOf(await t.gql(RESET, { token: tokenFrom(email, '/verify-email'), p: 'a brand new passphrase' })).reason).toBe(
        'INVALID_LINK',
      );

      t.get<Clock>(Clock).advance(HOUR + 60_000);
      expect(errorOf(await t.gql(RESET, { token: newer, p: 'a brand new passphrase' }))).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'LINK_EXPIRED',
        fields: ['token'],
      });
      expect((await login(email, PASSWORD)).errors).toBeUndefined();
    });

    it('answers the same for an unknown address, in comparable time, and sends nothing', async () => {
      const known: string[] = [];
      for (let i = 0; i < 5; i++) known.push((await t.factories.resident()).email);
      const unknown = Array.from({ length: 5 }, (_, i) => address(`nobody${i}`));
      smtp.clear();
      const timed = async (email: string) => {
        const start = process.hrtime.bigint();
        const res = await t.http
          .post('/graphql')
          .set('Content-Type', 'application/json')
          .send({ query: REQUEST_RESET, variables: { email } });
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        return { ms, body: res.body as unknown };
      };
      const knownRuns: number[] = [];
      const unknownRuns: number[] = [];
      // Interleaved, so a slow moment of the machine weighs on both.
      for (let i = 0; i < 5; i++) {
        const a = await timed(known[i]);
        const b = await timed(unknown[i]);
        expect(a.body).toEqual({ data: { requestPasswordReset: true } });
        expect(b.body).toEqual(a.body);
        knownRuns.push(a.ms);
        unknownRuns.push(b.ms);
      }
      const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
      // Generous: the same work is done either way but for two row inserts.
      expect(median(unknownRuns)).toBeLessThan(median(knownRuns) * 3 + 20);
      expect(median(knownRuns)).toBeLessThan(median(unknownRuns) * 3 + 20);
      await t.jobsDone();
      expect(smtp.messages.map((m) => m.to).sort()).toEqual([...known].sort());
      expect(await t.sql(`SELECT 1 FROM graphile_worker.jobs`)).toHaveLength(0);
    });

    it('limits the requests per address, known or not, with the same answer', async () => {
      const email = (await t.factories.resident()).email;
      const nobody = address('nobody-limit');
      for (let i = 0; i < 5; i++) {
        await t.gqlOk(REQUEST_RESET, { email });
        await t.gqlOk(REQUEST_RESET, { email: nobody });
      }
      expect(errorOf(await t.gql(REQUEST_RESET, { email })).code).toBe('RATE_LIMITED');
      expect(errorOf(await t.gql(REQUEST_RESET, { email: nobody })).code).toBe('RATE_LIMITED');
      expect(errorOf(await t.gql(REQUEST_RESET, { email: 'not an address' }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['email'] });
    });
  });

  describe('change of address', () => {
    it('counts the new address only once the link sent to it is followed, and tells the old one', async () => {
      const old = address('old');
      const { accessToken } = await register(old, 'EN');
      const fresh = address('new');
      smtp.clear();

      expect(errorOf(await t.gql(CHANGE, { e: fresh, p: 'wrong password!' }, accessToken))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'WRONG_PASSWORD',
        fields: ['currentPassword'],
      });
      const taken = (await t.factories.resident()).email;
      expect(errorOf(await t.gql(CHANGE, { e: taken.toUpperCase(), p: PASSWORD }, accessToken))).toMatchObject({
        code: 'CONFLICT',
        reason: 'EMAIL_TAKEN',
        fields: ['newEmail'],
      });
      expect(errorOf(await t.gql(CHANGE, { e: old, p: PASSWORD }, accessToken))).toMatchObject({
        reason: 'SAME_EMAIL',
        fields: ['newEmail'],
      });
      expect(errorOf(await t.gql(CHANGE, { e: 'nope', p: PASSWORD }, accessToken))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['newEmail'],
      });
      expect(errorOf(await t.gql(CHANGE, { e: fresh, p: PASSWORD })).code).toBe('UNAUTHENTICATED');
      expect(smtp.messages).toHaveLength(0);

      expect((await t.gqlOk(CHANGE, { e: fresh, p: PASSWORD }, accessToken)).requestEmailChange).toBe(true);
      const mail = await smtp.waitForMail((m) => m.to === fresh);
      expect(mail.subject).toBe('Confirm your new e-mail address');
      expect(smtp.to(old)).toHaveLength(0);
      // Not yet: the old address still signs in, the new one does not.
      expect((await t.gqlOk(ME, {}, accessToken)).me.email).toBe(old);
      expect(errorOf(await login(fresh, PASSWORD)).reason).toBe('INVALID_CREDENTIALS');

      const { token } = linkIn(mail.text, '/verify-email');
      expect((await t.gqlOk(VERIFY, { token })).verifyEmail).toBe(true);
      expect((await t.gqlOk(ME, {}, accessToken)).me).toMatchObject({ email: fresh, emailVerified: true });
      expect((await login(fresh, PASSWORD)).errors).toBeUndefined();
      expect(errorOf(await login(old, PASSWORD)).reason).toBe('INVALID_CREDENTIALS');
      const notice = await smtp.waitForMail((m) => m.to === old);
      expect(notice.subject).toBe('The e-mail address of your account changed');
      expect(notice.text).toContain(fresh);
      expect(errorOf(await t.gql(VERIFY, { token })).reason).toBe('LINK_USED');
    });

    it('does not take an address another account took meanwhile', async () => {
      const { accessToken } = await register(address('racer'));
      const wanted = address('wanted');
      await t.gqlOk(CHANGE, { e: wanted, p: PASSWORD }, accessToken);
      const token = tokenFrom(wanted, '/verify-email');
      await register(wanted);
      expect(errorOf(await t.gql(VERIFY, { token }))).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
      expect((await t.sql(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [wanted]))[0].n).toBe(1);
    });
  });
});
