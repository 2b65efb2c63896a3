import {
  ADD_UPDATE,
  advancePhase,
  createBudget,
  envelopeNamed,
  feasible,
  NOTIFICATIONS,
  PROJECT,
  SET_BALLOT,
  submit,
} from '../harness/budgets';
import { TestUser } from '../harness/factories';
import { HIDE } from '../harness/moderation';
import { errorOf, TestApp } from '../harness/test-app';

const COMMENT = `mutation($type: CommentTargetType!, $id: ID!, $body: String!) {
  addComment(input: { targetType: $type, targetId: $id, body: $body }) { id } }`;
const FOLLOW = `mutation($id: ID!) { follow(targetType: BUDGET_PROJECT_UPDATE, targetId: $id) { followerCount } }`;

/** Works updates followed (their author from writing them), and their followers told of comments. */
describe('budgets: works updates followed', () => {
  let t: TestApp;
  let council: TestUser;
  let moderator: TestUser;
  let alice: TestUser;
  let bob: TestUser;
  let carol: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    [council, moderator, alice, bob, carol] = await Promise.all([
      t.factories.council(),
      t.factories.moderator(),
      t.factories.resident({ displayName: 'Alice' }),
      t.factories.resident({ displayName: 'Bob' }),
      t.factories.resident({ displayName: 'Carol' }),
    ]);
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
});
