import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLEnumType } from 'graphql';
import type { TestUser } from '../harness/factories';
import {
  DISMISS,
  FLAG,
  flag,
  HIDE,
  ITEM,
  LIFT,
  LOG,
  MY_SUSPENSION,
  openCounts,
  QUEUE,
  RESTORE,
  SUSPEND,
  SUSPENSIONS,
  TRANSPARENCY,
} from '../harness/moderation';
import { publishedProposal } from '../harness/proposals';
import { TestApp } from '../harness/test-app';

const EXPORT = `mutation { exportMyData }`;
const DELETE = `mutation($password: String!) { deleteMyAccount(password: $password) }`;
const FOLLOW = `mutation($id: ID!) { follow(targetType: ACCOUNT, targetId: $id) { viewerIsFollowing } }`;

/**
 * Moderation as a platform piece: the kinds of content come from the domains that declare them;
 * a person's part in their data export and on erasure (counts stay exact).
 */
describe('moderation: platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t?.close());

  it('lists the flaggable kinds the domains declared, and notifies on an account nobody can follow', async () => {
    const schema = t.get<GraphQLSchemaHost>(GraphQLSchemaHost).schema;
    const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);
    expect(values('FlagTargetType')).toEqual(expect.arrayContaining(['PROPOSAL', 'COMMENT', 'SERVICE_REQUEST_PHOTO']));
    expect(values('ModerationAction')).toEqual(expect.arrayContaining(['HIDE', 'RESTORE', 'DISMISS_FLAGS', 'SUSPEND', 'LIFT_SUSPENSION']));
    const user = await t.factories.resident();
    expect((await t.gql(FOLLOW, { id: user.id }, user.token)).errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'TARGET_NOT_FOUND',
    });
  });

  it('checks every role on every moderation operation on the server, and a refusal writes nothing', async () => {
    const [resident, agent, council, moderator, admin] = await Promise.all([
      t.factories.resident(),
      t.factories.agent(),
      t.factories.council(),
      t.factories.moderator(),
      t.factories.admin(),
    ]);
    const roles: [string, TestUser | undefined][] = [
      ['visitor', undefined],
      ['resident', resident],
      ['agent', agent],
      ['council', council],
      ['moderator', moderator],
      ['admin', admin],
    ];
    const nobody = '00000000-0000-4000-8000-000000000000';
    const target = { type: 'PROPOSAL', id: nobody };
    const staffOnly = ['moderator', 'admin'];
    const signedIn = ['resident', 'agent', 'council', 'moderator', 'admin'];
    const everyone = ['visitor', ...signedIn];
    // Each operation with arguments that stop short of any change once the rights are checked.
    const operations: [string, string, Record<string, unknown>, string[]][] = [
      ['flagContent', FLAG, { ...target, reason: 'SPAM' }, signedIn],
      ['hideContent', HIDE, { ...target, reason: 'x' }, staffOnly],
      ['restoreContent', RESTORE, target, staffOnly],
      ['dismissFlags', DISMISS, target, staffOnly],
      ['suspendAccount', SUSPEND, { userId: nobody, until: new Date(Date.now() + 86_400_000).toISOString(), reason: 'x' }, staffOnly],
      ['liftSuspension', LIFT, { userId: nobody }, staffOnly],
      ['moderationQueue', QUEUE, { first: 1 }, staffOnly],
      ['moderationItem', ITEM, target, staffOnly],
      ['moderationLog', LOG, { first: 1 }, staffOnly],
      ['suspensions', SUSPENSIONS, { first: 1 }, staffOnly],
      ['mySuspension', MY_SUSPENSION, {}, everyone],
      ['moderationTransparency', TRANSPARENCY, {}, everyone],
    ];
    const counts = async () =>
      JSON.stringify(
        await t.sql(
          'SELECT (SELECT count(*) FROM flags) f, (SELECT count(*) FROM moderation_log) l, (SELECT count(*) FROM suspensions) s, (SELECT count(*) FROM moderation_items) i',
        ),
      );
    const before = await counts();
    const outcome: Record<string, Record<string, string>> = {};
    const expected: Record<string, Record<string, string>> = {};
    for (const [name, document, variables, allowed] of operations) {
      outcome[name] = {};
      expected[name] = {};
      for (const [role, user] of roles) {
        const code = (await t.gql(document, variables, user?.token)).errors?.[0]?.extensions.code as string | undefined;
        outcome[name][role] = code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' ? 'refused' : 'allowed';
        expected[name][role] = allowed.includes(role) ? 'allowed' : 'refused';
      }
    }
    expect(outcome).toEqual(expected);
    expect(await counts()).toBe(before);
  });

  it('puts a person’s flags, suspensions and the decisions about them in their export, and keeps counts exact when they leave', async () => {
    const [author, flagger, other, moderator] = await Promise.all([
      t.factories.resident(),
      t.factories.resident(),
      t.factories.resident(),
      t.factories.moderator(),
    ]);
    const p = await publishedProposal(t, author, { title: 'À signaler' });
    const hidden = await publishedProposal(t, author, { title: 'À cacher' });
    await flag(t, flagger, 'PROPOSAL', p.id, 'ABUSE', 'Ma note');
    await flag(t, other, 'PROPOSAL', p.id, 'SPAM');
    await t.gqlOk(HIDE, { type: 'PROPOSAL', id: hidden.id, reason: 'Hors charte', ground: 'OTHER' }, moderator.token);
    await t.gqlOk(
      SUSPEND,
      { userId: author.id, until: new Date(Date.now() + 86_400_000).toISOString(), reason: 'Trop c’est trop' },
      moderator.token,
    );

    const exported = async (token: string) => JSON.parse((await t.gqlOk(EXPORT, {}, token)).exportMyData).moderation;
    expect((await exported(flagger.token)).flags).toEqual([
      expect.objectContaining({ targetType: 'PROPOSAL', targetId: p.id, reason: 'ABUSE', note: 'Ma note', resolvedAt: null }),
    ]);
    const mine = await exported(author.token);
    expect(mine.flags).toEqual([]);
    expect(mine.suspensions).toEqual([expect.objectContaining({ reason: 'Trop c’est trop', liftedAt: null })]);
    expect(mine.decisions.map((d: any) => d.action).sort()).toEqual(['HIDE', 'SUSPEND']);
    expect(JSON.stringify(mine)).not.toContain(moderator.id);

    // The flagger leaves: their flag stays counted, linked to nobody.
    expect((await t.gqlOk(DELETE, { password: flagger.password }, flagger.token)).deleteMyAccount).toBe(true);
    expect(await openCounts(t, 'PROPOSAL', p.id)).toEqual({ counter: 2, rows: 2 });
    expect(await t.sql('SELECT count(*)::int AS n FROM flags WHERE flagger_id = $1', [flagger.id])).toEqual([{ n: 0 }]);
    const item = (await t.gqlOk(QUEUE, { first: 20 }, moderator.token)).moderationQueue.edges.find(
      (e: any) => e.node.targetId === p.id,
    ).node;
    expect(item.openFlagCount).toBe(2);
    expect(item.notes.edges.map((e: any) => e.node.note)).toEqual(['Ma note']);
  });
});
