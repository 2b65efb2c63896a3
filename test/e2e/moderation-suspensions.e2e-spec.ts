import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLInputType,
  GraphQLObjectType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '../../src/auth/role';
import { Clock } from '../../src/common/clock';
import { createConsultation } from '../harness/consultations';
import type { TestUser } from '../harness/factories';
import { smallImage, upload } from '../harness/media';
import { LIFT, LOG, MY_SUSPENSION, notificationsOf, SUSPEND, SUSPENSIONS } from '../harness/moderation';
import { publishedProposal } from '../harness/proposals';
import { errorOf, TestApp } from '../harness/test-app';

const DAY = 86_400_000;
const ME = `query { me { id } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken user { id } } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`;
const CREATE_PROPOSAL = `mutation { createProposal(input: { title: "Suspendu", body: "Ne devrait pas exister" }) { id } }`;
const ADD_COMMENT = `mutation($id: ID!) { addComment(input: { targetType: PROPOSAL, targetId: $id, body: "Non" }) { id } }`;

/**
 * The mutations a suspended account may still call: signing in and out, its password and sessions,
 * reading its notifications, unfollowing, exporting or deleting its data. Marked
 * `@OpenToSuspended()` on the server; every other mutation, including any added later, is refused.
 */
const OPEN_TO_SUSPENDED = [
  'login',
  'refreshSession',
  'logout',
  'changePassword',
  'revokeSession',
  'revokeOtherSessions',
  'exportMyData',
  'deleteMyAccount',
  'markNotificationsRead',
  'unfollow',
  // Looking after one's own account and e-mail: nothing anyone else reads.
  'verifyEmail',
  'resendVerificationEmail',
  'requestPasswordReset',
  'resetPassword',
  'requestEmailChange',
  'setMyLocale',
  'setNotificationPreference',
  'unsubscribe',
];

/** A value of the right GraphQL type (the guard refuses before any value is checked). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return '00000000-0000-4000-8000-000000000000';
      case 'Int':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return true;
      case 'DateTime':
        return '2030-01-01T00:00:00.000Z';
      case 'JSONObject':
        return {};
      default:
        return 'x';
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

/**
 * Suspensions: who may suspend whom, for how long; a suspended account reads, signs in and is told
 * why, but every write is refused (every mutation of the schema not marked open, and REST uploads)
 * with the end date; lifting; replacing; expiry on the server's clock; the log.
 */
describe('moderation: suspensions', () => {
  let t: TestApp;
  let mediaDir: string;
  let moderator: TestUser;
  let admin: TestUser;
  let resident: TestUser;
  let tableCounts: () => Promise<string>;

  beforeAll(async () => {
    mediaDir = mkdtempSync(join(tmpdir(), 'parvis-suspensions-'));
    t = await TestApp.start({ MEDIA_DIR: mediaDir });
    [moderator, admin, resident] = await Promise.all([t.factories.moderator(), t.factories.admin(), t.factories.resident()]);
    const tables = (
      await t.sql<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`)
    ).map((r) => r.name);
    const sql = `SELECT ${tables.map((name) => `(SELECT count(*) FROM "${name}") AS "${name}"`).join(', ')}`;
    tableCounts = async () => JSON.stringify((await t.sql(sql))[0]);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(mediaDir, { recursive: true, force: true });
  });

  const now = () => t.get<Clock>(Clock).now().getTime();
  const inDays = (days: number) => new Date(now() + days * DAY).toISOString();
  const suspend = (who: TestUser, target: TestUser, days = 7, reason = 'Insultes répétées') =>
    t.gql(SUSPEND, { userId: target.id, until: inDays(days), reason }, who.token);

  describe('who may suspend whom', () => {
    it('is for moderators and admins; nobody suspends themselves nor an admin; only an admin suspends a moderator', async () => {
      const [target, council, agent, otherModerator, otherAdmin] = await Promise.all([
        t.factories.resident(),
        t.factories.council(),
        t.factories.agent(),
        t.factories.moderator(),
        t.factories.admin(),
      ]);
      expect(errorOf(await t.gql(SUSPEND, { userId: target.id, until: inDays(1), reason: 'x' }))).toMatchObject({
        code: 'UNAUTHENTICATED',
      });
      for (const who of [resident, council, agent]) expect(errorOf(await suspend(who, target))).toMatchObject({ code: 'FORBIDDEN' });
      expect(errorOf(await suspend(moderator, moderator))).toMatchObject({ code: 'FORBIDDEN', reason: 'CANNOT_SUSPEND_SELF' });
      expect(errorOf(await suspend(moderator, otherModerator))).toMatchObject({ code: 'FORBIDDEN', reason: 'CANNOT_SUSPEND_MODERATOR' });
      expect(errorOf(await suspend(moderator, otherAdmin))).toMatchObject({ code: 'FORBIDDEN', reason: 'CANNOT_SUSPEND_ADMIN' });
      expect(errorOf(await suspend(admin, otherAdmin))).toMatchObject({ code: 'FORBIDDEN', reason: 'CANNOT_SUSPEND_ADMIN' });
      expect(errorOf(await suspend(admin, admin))).toMatchObject({ code: 'FORBIDDEN', reason: 'CANNOT_SUSPEND_SELF' });
      expect(await t.sql('SELECT count(*)::int AS n FROM suspensions')).toEqual([{ n: 0 }]);

      for (const who of [council, agent]) expect((await suspend(moderator, who, 1)).data?.suspendAccount.active).toBe(true);
      expect((await suspend(admin, otherModerator, 1)).data?.suspendAccount.active).toBe(true);
      // A moderator may not lift a moderator's suspension either.
      expect(errorOf(await t.gql(LIFT, { userId: otherModerator.id }, moderator.token))).toMatchObject({
        reason: 'CANNOT_SUSPEND_MODERATOR',
      });
      for (const who of [council, agent]) await t.gqlOk(LIFT, { userId: who.id }, moderator.token);
      await t.gqlOk(LIFT, { userId: otherModerator.id }, admin.token);
    });

    it('takes an end in the future, at most a year away, a reason, and an account that exists', async () => {
      const target = await t.factories.resident();
      const cases: [Record<string, unknown>, { code: string; reason?: string; fields?: string[] }][] = [
        [
          { userId: target.id, until: inDays(-1), reason: 'x' },
          { code: 'BAD_USER_INPUT', fields: ['until'] },
        ],
        [
          { userId: target.id, until: inDays(366), reason: 'x' },
          { code: 'BAD_USER_INPUT', fields: ['until'] },
        ],
        [{ userId: target.id, until: 'demain', reason: 'x' }, { code: 'BAD_USER_INPUT' }],
        [
          { userId: target.id, until: inDays(1), reason: '  ' },
          { code: 'BAD_USER_INPUT', fields: ['reason'] },
        ],
        [
          { userId: target.id, until: inDays(1), reason: 'x'.repeat(1001) },
          { code: 'BAD_USER_INPUT', fields: ['reason'] },
        ],
        [
          { userId: '00000000-0000-4000-8000-000000000000', until: inDays(1), reason: 'x' },
          { code: 'NOT_FOUND', reason: 'USER_NOT_FOUND' },
        ],
        [
          { userId: 'nope', until: inDays(1), reason: 'x' },
          { code: 'NOT_FOUND', reason: 'USER_NOT_FOUND' },
        ],
      ];
      const before = await tableCounts();
      for (const [variables, expected] of cases) {
        expect({ variables, error: errorOf(await t.gql(SUSPEND, variables, moderator.token)) }).toMatchObject({
          variables,
          error: expected,
        });
      }
      expect(await tableCounts()).toBe(before);
      expect(
        (await t.gqlOk(SUSPEND, { userId: target.id, until: inDays(365), reason: 'Un an' }, moderator.token)).suspendAccount.active,
      ).toBe(true);
      await t.gqlOk(LIFT, { userId: target.id }, moderator.token);
    });
  });

  describe('a suspended account', () => {
    it('reads, signs in, refreshes and is told why; its writes are refused with the end date', async () => {
      const target = await t.factories.resident();
      const p = await publishedProposal(t, resident);
      const suspension = (await suspend(moderator, target, 3, 'Messages insultants')).data?.suspendAccount;
      expect(suspension).toMatchObject({
        reason: 'Messages insultants',
        active: true,
        user: { id: target.id },
        suspendedBy: { id: moderator.id },
      });

      // Told why: mySuspension (without the moderator's name) and a notification.
      expect((await t.gqlOk(MY_SUSPENSION, {}, target.token)).mySuspension).toMatchObject({
        id: suspension.id,
        until: suspension.until,
        reason: 'Messages insultants',
        active: true,
        suspendedBy: null,
      });
      expect((await t.gqlOk(MY_SUSPENSION, {}, resident.token)).mySuspension).toBeNull();
      expect((await t.gqlOk(MY_SUSPENSION, {})).mySuspension).toBeNull();
      expect((await notificationsOf(t, target, 'ACCOUNT_SUSPENDED'))[0]).toMatchObject({
        targetType: 'ACCOUNT',
        targetId: target.id,
        payload: { until: suspension.until, reason: 'Messages insultants' },
      });

      // Reads, signs in, refreshes.
      expect((await t.gqlOk(ME, {}, target.token)).me.id).toBe(target.id);
      const login = (await t.gqlOk(LOGIN, { input: { email: target.email, password: target.password } })).login;
      expect(login.user.id).toBe(target.id);
      expect((await t.gqlOk(REFRESH, { t: target.refreshToken })).refreshSession.accessToken).toBeTruthy();

      // Writes: refused, with the end date and the reason; nothing written.
      const before = await tableCounts();
      for (const [query, variables] of [
        [CREATE_PROPOSAL, {}],
        [ADD_COMMENT, { id: p.id }],
        [`mutation($id: ID!) { supportProposal(id: $id) { id } }`, { id: p.id }],
        [`mutation($id: ID!) { flagContent(targetType: PROPOSAL, targetId: $id, reason: SPAM) }`, { id: p.id }],
        [`mutation($id: ID!) { follow(targetType: PROPOSAL, targetId: $id) { viewerIsFollowing } }`, { id: p.id }],
      ] as [string, Record<string, unknown>][]) {
        const res = await t.gql(query, variables, login.accessToken);
        expect(res.errors?.[0].extensions).toMatchObject({
          code: 'FORBIDDEN',
          reason: 'ACCOUNT_SUSPENDED',
          suspendedUntil: suspension.until,
          suspensionReason: 'Messages insultants',
        });
      }
      // A REST upload is refused before its body is read.
      const uploaded = await upload(t, await smallImage(), { token: target.token });
      expect(uploaded.status).toBe(403);
      expect(uploaded.body.error).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCOUNT_SUSPENDED', suspendedUntil: suspension.until });
      expect(await tableCounts()).toBe(before);

      // What stays open works: unfollowing and reading notifications, here in one request.
      const open = await t.gqlOk(
        `mutation($id: ID!) { markNotificationsRead unfollow(targetType: PROPOSAL, targetId: $id) { viewerIsFollowing } }`,
        { id: p.id },
        target.token,
      );
      expect(open.markNotificationsRead).toBeGreaterThan(0);
      expect(open.unfollow).toEqual({ viewerIsFollowing: false });

      // Lifted: writes work again; told; lifting again is a conflict.
      const lifted = (await t.gqlOk(LIFT, { userId: target.id, reason: 'Excuses présentées' }, moderator.token)).liftSuspension;
      expect(lifted).toMatchObject({ active: false, liftReason: 'Excuses présentées', liftedBy: { id: moderator.id } });
      expect(lifted.liftedAt).toBeTruthy();
      expect((await t.gqlOk(CREATE_PROPOSAL, {}, target.token)).createProposal.id).toBeTruthy();
      expect((await t.gqlOk(MY_SUSPENSION, {}, target.token)).mySuspension).toBeNull();
      expect((await notificationsOf(t, target, 'SUSPENSION_LIFTED'))[0].payload).toEqual({ reason: 'Excuses présentées' });
      expect(errorOf(await t.gql(LIFT, { userId: target.id }, moderator.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'NOT_SUSPENDED',
      });
    });

    it('is refused every mutation of the schema but the few open ones: a new mutation is covered without anyone listing it', async () => {
      // An admin (every role: no mutation stops at a role check first), suspended by hand: the
      // API suspends no admin, but the guard refuses whoever has a suspension in force.
      const everyRole = await t.factories.user({ roles: [Role.ADMIN, Role.MODERATOR, Role.COUNCIL] });
      const until = new Date(now() + 2 * DAY);
      await t.sql(`INSERT INTO suspensions (user_id, suspended_by_id, reason, until) VALUES ($1, $2, 'Test', $3)`, [
        everyRole.id,
        admin.id,
        until,
      ]);
      const schema = t.get<GraphQLSchemaHost>(GraphQLSchemaHost).schema;
      const mutations = Object.values((schema.getMutationType() as GraphQLObjectType).getFields());
      expect(mutations.length).toBeGreaterThan(40);
      expect(mutations.map((m) => m.name)).toEqual(expect.arrayContaining(OPEN_TO_SUSPENDED));

      const before = await tableCounts();
      const refused: string[] = [];
      const open: string[] = [];
      for (const field of mutations) {
        const defs = field.args.map((a, i) => `$v${i}: ${String(a.type)}`).join(', ');
        const args = field.args.map((a, i) => `${a.name}: $v${i}`).join(', ');
        const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
        const query = `mutation${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
        const variables = Object.fromEntries(field.args.map((a, i) => [`v${i}`, sample(a.type)]));
        const res = await t.gql(query, variables, everyRole.token);
        const error = res.errors?.[0]?.extensions;
        if (error?.reason === 'ACCOUNT_SUSPENDED') {
          expect({ field: field.name, error }).toEqual({
            field: field.name,
            error: expect.objectContaining({ code: 'FORBIDDEN', suspendedUntil: until.toISOString() }),
          });
          refused.push(field.name);
        } else {
          // Not refused for the suspension: its validation (or its own rule) answered instead.
          expect({ field: field.name, code: error?.code }).not.toEqual({ field: field.name, code: 'INTERNAL_SERVER_ERROR' });
          open.push(field.name);
        }
      }
      expect(open.sort()).toEqual([...OPEN_TO_SUSPENDED].sort());
      expect(refused.length).toBe(mutations.length - OPEN_TO_SUSPENDED.length);
      expect(refused).toEqual(expect.arrayContaining(['addComment', 'createProposal', 'flagContent', 'hideContent', 'suspendAccount']));
      // Nothing refused wrote anything (the open ones called here refuse their sample values too,
      // except exportMyData, which writes no row).
      expect(await tableCounts()).toBe(before);
    });

    it('cannot upload a consultation document', async () => {
      const council = await t.factories.council();
      const consultation = await createConsultation(t, council);
      await t.sql(`INSERT INTO suspensions (user_id, suspended_by_id, reason, until) VALUES ($1, $2, 'Test', now() + interval '1 day')`, [
        council.id,
        admin.id,
      ]);
      const res = await t.http
        .post(`/consultations/${consultation.id}/documents`)
        .set('Authorization', `Bearer ${council.token}`)
        .attach('file', Buffer.from('%PDF-1.4\n%%EOF\n'), { filename: 'doc.pdf', contentType: 'application/pdf' });
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCOUNT_SUSPENDED' });
      expect(await t.sql('SELECT count(*)::int AS n FROM consultation_documents WHERE consultation_id = $1', [consultation.id])).toEqual([
        { n: 0 },
      ]);
    });

    it('costs one query per write request, and nothing per read', async () => {
      const user = await t.factories.resident();
      const suspensionQueries = (queries: string[]) => queries.filter((q) => /FROM suspensions/.test(q)).length;
      const write = await t.queryCounter.measure(() =>
        t.gql(
          `mutation { a: markNotificationsRead b: createProposal(input: { title: "a", body: "b" }) { id } c: createProposal(input: { title: "c", body: "d" }) { id } }`,
          {},
          user.token,
        ),
      );
      expect(suspensionQueries(write.queries)).toBe(1);
      const read = await t.queryCounter.measure(() => t.gql(`query { me { id } proposals(first: 1) { totalCount } }`, {}, user.token));
      expect(suspensionQueries(read.queries)).toBe(0);
      // The lookup can use the partial unique index of current suspensions (a tiny table is
      // scanned instead, so the planner is told to prefer the index).
      const [statement] = write.statements.filter((s) => /FROM suspensions/.test(s.sql));
      await t.sql('SET enable_seqscan = off');
      const plan = await t.sql(`EXPLAIN ${statement.sql}`, statement.parameters);
      await t.sql('RESET enable_seqscan');
      expect(JSON.stringify(plan)).toMatch(/uq_suspensions_user_id_current/);
    });
  });

  describe('history', () => {
    it('keeps one current suspension per account, even when moderators suspend it at once; a new one replaces the one in force', async () => {
      const target = await t.factories.resident();
      const moderators = await Promise.all(Array.from({ length: 5 }, () => t.factories.moderator()));
      const results = await Promise.all(moderators.map((m, i) => suspend(m, target, 1 + i, `Raison ${i}`)));
      for (const r of results) {
        if (r.errors) expect(errorOf(r)).toMatchObject({ code: 'CONFLICT', reason: 'SUSPENSION_CHANGED' });
      }
      expect(results.some((r) => r.data?.suspendAccount)).toBe(true);
      expect(await t.sql('SELECT count(*)::int AS n FROM suspensions WHERE user_id = $1 AND lifted_at IS NULL', [target.id])).toEqual([
        { n: 1 },
      ]);

      const replaced = (await suspend(moderator, target, 10, 'Prolongée')).data?.suspendAccount;
      expect(replaced).toMatchObject({ active: true, reason: 'Prolongée' });
      const history = (await t.gqlOk(SUSPENSIONS, { userId: target.id, includeEnded: true, first: 20 }, moderator.token)).suspensions;
      expect(history.edges[0].node).toMatchObject({ id: replaced.id, active: true });
      expect(history.edges.slice(1).every((e: any) => !e.node.active && e.node.liftedAt)).toBe(true);
      expect(history.totalCount).toBe((await t.sql('SELECT count(*)::int AS n FROM suspensions WHERE user_id = $1', [target.id]))[0].n);
      const log = (await t.gqlOk(LOG, { filter: { userId: target.id, action: 'SUSPEND' }, first: 20 }, moderator.token)).moderationLog;
      expect(log.totalCount).toBe(history.totalCount);
      expect(log.edges[0].node).toMatchObject({
        reason: 'Prolongée',
        actor: { id: moderator.id },
        details: { until: replaced.until, replaced: true },
      });
      await t.gqlOk(LIFT, { userId: target.id }, moderator.token);
    });

    it('lists the suspensions in force for moderators only, newest first, paged', async () => {
      const targets = await Promise.all(Array.from({ length: 3 }, () => t.factories.resident()));
      for (const target of targets) await suspend(moderator, target, 2);
      expect(errorOf(await t.gql(SUSPENSIONS, {}, resident.token))).toMatchObject({ code: 'FORBIDDEN' });
      const all = (await t.gqlOk(SUSPENSIONS, { first: 100 }, admin.token)).suspensions;
      expect(all.edges.every((e: any) => e.node.active)).toBe(true);
      expect(all.totalCount).toBe(all.edges.length);
      expect(all.edges.slice(0, 3).map((e: any) => e.node.user.id)).toEqual([...targets].reverse().map((u) => u.id));
      const page = (await t.gqlOk(SUSPENSIONS, { first: 2 }, moderator.token)).suspensions;
      const rest = (await t.gqlOk(SUSPENSIONS, { first: 100, after: page.pageInfo.endCursor }, moderator.token)).suspensions;
      expect([...page.edges, ...rest.edges].map((e: any) => e.node.id)).toEqual(all.edges.map((e: any) => e.node.id));
    });

    // Last: moves the server's clock.
    it('ends on its own at its date (the server’s clock): writes work again, and a new one closes the old row', async () => {
      const target = await t.factories.resident();
      await suspend(moderator, target, 1, 'Un jour');
      expect(errorOf(await t.gql(CREATE_PROPOSAL, {}, target.token))).toMatchObject({ reason: 'ACCOUNT_SUSPENDED' });
      t.get<Clock>(Clock).advance(DAY + 60_000);
      expect((await t.gqlOk(CREATE_PROPOSAL, {}, target.token)).createProposal.id).toBeTruthy();
      expect((await t.gqlOk(MY_SUSPENSION, {}, target.token)).mySuspension).toBeNull();
      const current = (await t.gqlOk(SUSPENSIONS, { first: 100 }, moderator.token)).suspensions;
      expect(current.edges.map((e: any) => e.node.user.id)).not.toContain(target.id);
      expect(errorOf(await t.gql(LIFT, { userId: target.id }, moderator.token))).toMatchObject({ reason: 'NOT_SUSPENDED' });

      await suspend(moderator, target, 2, 'Deux jours');
      const rows = await t.sql(
        `SELECT reason, lifted_at = until AS "endedOnItsOwn", lifted_by_id AS "liftedBy" FROM suspensions WHERE user_id = $1 ORDER BY created_at`,
        [target.id],
      );
      expect(rows).toEqual([
        { reason: 'Un jour', endedOnItsOwn: true, liftedBy: null },
        { reason: 'Deux jours', endedOnItsOwn: null, liftedBy: null },
      ]);
    });
  });
});
