import {
  ADD_UPDATE,
  advancePhase,
  BUDGETS,
  createBudget,
  envelopeNamed,
  feasible,
  NOTIFICATIONS,
  PROJECT,
  SET_BALLOT,
  submit,
} from '../harness/budgets';
import { TestUser } from '../harness/factories';
import { FLAG, HIDE, ITEM, RESTORE } from '../harness/moderation';
import { errorOf, TestApp } from '../harness/test-app';

const COMMENT = `mutation($type: CommentTargetType!, $id: ID!, $body: String!) {
  addComment(input: { targetType: $type, targetId: $id, body: $body }) { id } }`;
const FOLLOW = `mutation($id: ID!) { follow(targetType: BUDGET_PROJECT_UPDATE, targetId: $id) { followerCount } }`;

/**
 * Budget moderation: editions flagged and hidden (withdrawn whole from all but their creator and
 * moderators, their ballot closed), works updates followed and their followers told of comments.
 */
describe('budgets: moderation and follows', () => {
  let t: TestApp;
  let council: TestUser;
  let moderator: TestUser;
  let alice: TestUser;
  let bob: TestUser;
  let carol: TestUser;
  let otherCouncil: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    [council, moderator, alice, bob, carol] = await Promise.all([
      t.factories.council(),
      t.factories.moderator(),
      t.factories.resident({ displayName: 'Alice' }),
      t.factories.resident({ displayName: 'Bob' }),
      t.factories.resident({ displayName: 'Carol' }),
    ]);
    otherCouncil = await t.factories.council();
  });
  afterAll(() => t?.close());

  const kindsOf = async (who: TestUser) =>
    (await t.gqlOk(NOTIFICATIONS, {}, who.token)).notifications.edges
      .map((e: any) => e.node)
      .filter((n: any) => n.kind === 'BUDGET_PROJECT_UPDATE_COMMENTED');

  it('lets whoever reads an update follow it; its author and followers hear of comments, the commenter and others do not', async () => {
    const b = await createBudget(t, council);
    const city = envelopeNamed(b, 'Toute la ville');
    const p = await submit(t, alice, city, { title: 'Un kiosque' });
    await advancePhase(t, council, b.id);
    await feasible(t, council, p.id, 10_000);
    await advancePhase(t, council, b.id);
    await t.gqlOk(SET_BALLOT, { budgetId: b.id, envelopeId: city, projectIds: [p.id] }, alice.token);
    await advancePhase(t, council, b.id);
    await t.gqlOk(ADD_UPDATE, { id: p.id, input: { body: 'Chantier ouvert.', progress: 30 } }, council.token);
    const updateId = (await t.gqlOk(PROJECT, { id: p.id })).budgetProject.updates.edges[0].node.id;

    const [{ n: authorFollows }] = await t.sql(
      `SELECT count(*)::int AS n FROM follows WHERE user_id = $1 AND target_type = 'BUDGET_PROJECT_UPDATE' AND target_id = $2`,
      [council.id, updateId],
    );
    expect(authorFollows).toBe(1);
    expect((await t.gqlOk(FOLLOW, { id: updateId }, carol.token)).follow).toEqual({ followerCount: 2 });
    expect(errorOf(await t.gql(FOLLOW, { id: '00000000-0000-4000-8000-000000000000' }, carol.token))).toMatchObject({ code: 'NOT_FOUND' });

    const comment = (await t.gqlOk(COMMENT, { type: 'BUDGET_PROJECT_UPDATE', id: updateId, body: 'Jusqu’à quand ?' }, bob.token))
      .addComment;
    for (const who of [council, carol]) {
      expect(await kindsOf(who)).toEqual([
        {
          kind: 'BUDGET_PROJECT_UPDATE_COMMENTED',
          targetType: 'BUDGET_PROJECT_UPDATE',
          targetId: updateId,
          payload: { projectId: p.id, title: 'Un kiosque', commentId: comment.id, parentId: null },
        },
      ]);
    }
    expect(await kindsOf(bob)).toEqual([]);
    expect(await kindsOf(alice)).toEqual([]);

    // Once hidden, the update can be followed only by those who may read it.
    await t.gqlOk(HIDE, { type: 'BUDGET_PROJECT_UPDATE', id: updateId, reason: 'Erreur.' }, moderator.token);
    expect(errorOf(await t.gql(FOLLOW, { id: updateId }, alice.token))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await t.gqlOk(FOLLOW, { id: updateId }, moderator.token)).follow).toEqual({ followerCount: 3 });
  });

  const EDITION = `query($id: ID!) { budget(id: $id) { id title description hidden hiddenReason } }`;
  const listedIds = async (token?: string) =>
    (await t.gqlOk(BUDGETS, { first: 100 }, token)).budgets.edges.map((e: any) => e.node.id as string);

  it('flags an edition; hidden, it is withdrawn from all but its creator and moderators and its ballot closes; restored, it is back', async () => {
    const b = await createBudget(t, council, { title: 'Budget 2031', description: 'Cinq cent mille euros.' });
    const city = envelopeNamed(b, 'Toute la ville');
    const p = await submit(t, alice, city, { title: 'Des bancs' });
    await advancePhase(t, council, b.id);
    await feasible(t, council, p.id, 5_000);
    await advancePhase(t, council, b.id);

    expect(errorOf(await t.gql(FLAG, { type: 'BUDGET', id: b.id, reason: 'SPAM' }, council.token))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OWN_CONTENT',
    });
    expect(await t.gqlOk(FLAG, { type: 'BUDGET', id: b.id, reason: 'ABUSE', note: 'Texte injurieux.' }, alice.token)).toEqual({
      flagContent: true,
    });
    const item = (await t.gqlOk(ITEM, { type: 'BUDGET', id: b.id }, moderator.token)).moderationItem;
    expect(item).toMatchObject({
      openFlagCount: 1,
      content: {
        title: 'Budget 2031',
        text: 'Cinq cent mille euros.',
        author: { id: council.id },
        path: `/budgets/${b.id}`,
        hidden: false,
      },
    });
    await t.gqlOk(HIDE, { type: 'BUDGET', id: b.id, reason: 'Texte injurieux.' }, moderator.token);

    // The public, residents and the rest of the council: as if it did not exist.
    for (const token of [undefined, alice.token, otherCouncil.token]) {
      expect(await listedIds(token)).not.toContain(b.id);
      expect((await t.gqlOk(EDITION, { id: b.id }, token)).budget).toBeNull();
      expect((await t.gqlOk(PROJECT, { id: p.id }, token)).budgetProject).toBeNull();
    }
    const [{ n: publicCount }] = await t.sql(`SELECT count(*)::int AS n FROM budgets WHERE hidden_at IS NULL`);
    expect((await t.gqlOk(BUDGETS, { first: 1 })).budgets.totalCount).toBe(publicCount);
    // Its creator and moderators: in place, as hidden, with the reason.
    for (const who of [council, moderator]) {
      expect(await listedIds(who.token)).toContain(b.id);
      expect((await t.gqlOk(EDITION, { id: b.id }, who.token)).budget).toEqual({
        id: b.id,
        title: 'Budget 2031',
        description: 'Cinq cent mille euros.',
        hidden: true,
        hiddenReason: 'Texte injurieux.',
      });
    }
    expect((await t.gqlOk(PROJECT, { id: p.id }, moderator.token)).budgetProject).toMatchObject({ id: p.id });

    // Nothing new reaches it: ballot, comments, follows, flags.
    const ballot = { budgetId: b.id, envelopeId: city, projectIds: [p.id] };
    expect(errorOf(await t.gql(SET_BALLOT, ballot, alice.token))).toMatchObject({ code: 'CONFLICT', reason: 'BUDGET_HIDDEN' });
    expect(errorOf(await t.gql(SET_BALLOT, ballot, moderator.token))).toMatchObject({ code: 'CONFLICT', reason: 'BUDGET_HIDDEN' });
    expect(errorOf(await t.gql(COMMENT, { type: 'BUDGET', id: b.id, body: 'Et alors ?' }, bob.token))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(errorOf(await t.gql(COMMENT, { type: 'BUDGET_PROJECT', id: p.id, body: 'Et alors ?' }, bob.token))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      errorOf(await t.gql(`mutation($id: ID!) { follow(targetType: BUDGET, targetId: $id) { followerCount } }`, { id: b.id }, bob.token)),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await t.gql(FLAG, { type: 'BUDGET', id: b.id, reason: 'SPAM' }, bob.token))).toMatchObject({ code: 'NOT_FOUND' });
    const [{ voters }] = await t.sql(`SELECT voter_count AS voters FROM budgets WHERE id = $1`, [b.id]);
    expect(voters).toBe(0);

    await t.gqlOk(RESTORE, { type: 'BUDGET', id: b.id, reason: 'Texte corrigé.' }, moderator.token);
    expect(await listedIds()).toContain(b.id);
    expect((await t.gqlOk(EDITION, { id: b.id })).budget).toEqual({
      id: b.id,
      title: 'Budget 2031',
      description: 'Cinq cent mille euros.',
      hidden: false,
      hiddenReason: null,
    });
    expect((await t.gqlOk(PROJECT, { id: p.id })).budgetProject).toMatchObject({ id: p.id });
    await t.gqlOk(SET_BALLOT, ballot, alice.token);
    const [{ voters: after }] = await t.sql(`SELECT voter_count AS voters FROM budgets WHERE id = $1`, [b.id]);
    expect(after).toBe(1);

    // Its results are open data while shown, withdrawn from the files (with a new tag) while hidden.
    await advancePhase(t, council, b.id);
    const results = async () => {
      const res = await t.http.get('/open-data/budget-results.json').expect(200);
      return { etag: res.headers['etag'] as string, rows: (res.body as any[]).filter((r) => r.edition_id === b.id) };
    };
    const shown = await results();
    expect(shown.rows).toEqual([expect.objectContaining({ project_id: p.id, votes: 1 })]);
    await t.gqlOk(HIDE, { type: 'BUDGET', id: b.id, reason: 'Encore.' }, moderator.token);
    const withdrawn = await results();
    expect(withdrawn.rows).toEqual([]);
    expect(withdrawn.etag).not.toBe(shown.etag);
    expect((await t.http.get('/open-data/budget-results.json').set('If-None-Match', shown.etag)).status).toBe(200);
  });
});
