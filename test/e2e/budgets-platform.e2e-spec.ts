import {
  advancePhase,
  createBudget,
  ENVELOPE_PROJECTS,
  envelopeNamed,
  feasible,
  NOTIFICATIONS,
  PROJECT,
  SUBMIT,
  submit,
} from '../harness/budgets';
import { TestUser } from '../harness/factories';
import { smallImage, upload } from '../harness/media';
import { FLAG, HIDE } from '../harness/moderation';
import { createDraft, publishedProposal, SUPPORT } from '../harness/proposals';
import { errorOf, TestApp } from '../harness/test-app';

const COMMENT = `mutation($type: CommentTargetType!, $id: ID!, $body: String!) {
  addComment(input: { targetType: $type, targetId: $id, body: $body }) { id } }`;

/**
 * How budget projects plug into the platform: a proposal turned into a project, comments and their
 * notifications, photos, flags and moderation, and a constant number of SQL statements per page.
 */
describe('budgets: the platform', () => {
  let t: TestApp;
  let council: TestUser;
  let moderator: TestUser;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    [council, moderator, alice, bob] = await Promise.all([
      t.factories.council(),
      t.factories.moderator(),
      t.factories.resident({ displayName: 'Alice', district: 'Le Port' }),
      t.factories.resident({ displayName: 'Bob' }),
    ]);
  });
  afterAll(() => t?.close());

  it('turns a published proposal into a project, by its author or the council, keeping the link, once per edition', async () => {
    const b = await createBudget(t, council);
    const city = envelopeNamed(b, 'Toute la ville');
    const proposal = await publishedProposal(t, alice);
    const input = {
      envelopeId: city,
      title: 'Des bancs au jardin',
      description: 'Depuis la proposition.',
      estimatedCost: 4000,
      proposalId: proposal.id,
    };
    expect(errorOf(await t.gql(SUBMIT, { input }, bob.token))).toMatchObject({ code: 'FORBIDDEN', reason: 'PROPOSAL_NOT_ELIGIBLE' });
    const draft = await createDraft(t, alice);
    expect(errorOf(await t.gql(SUBMIT, { input: { ...input, proposalId: draft.id } }, bob.token))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await t.gql(SUBMIT, { input: { ...input, proposalId: draft.id } }, alice.token))).toMatchObject({
      code: 'CONFLICT',
      reason: 'PROPOSAL_NOT_ELIGIBLE',
    });
    // Bob supports the proposal (and so follows it); Carol supported it but unfollowed it.
    const carol = await t.factories.resident({ displayName: 'Carol' });
    await t.gqlOk(SUPPORT, { id: proposal.id }, bob.token);
    await t.gqlOk(SUPPORT, { id: proposal.id }, carol.token);
    await t.gqlOk(
      `mutation($id: ID!) { unfollow(targetType: PROPOSAL, targetId: $id) { viewerIsFollowing } }`,
      { id: proposal.id },
      carol.token,
    );
    const p = (await t.gqlOk(SUBMIT, { input }, council.token)).submitBudgetProject;
    const page = (
      await t.gqlOk(`query($id: ID!) { budgetProject(id: $id) { proposal { id title } followerCount } }`, { id: p.id }, alice.token)
    ).budgetProject;
    // The council submitted it; the proposal's author and its followers (its supporters who still follow it) follow it too.
    expect(page).toEqual({ proposal: { id: proposal.id, title: proposal.title }, followerCount: 3 });
    const followers = await t.sql(`SELECT user_id FROM follows WHERE target_type = 'BUDGET_PROJECT' AND target_id = $1 ORDER BY user_id`, [
      p.id,
    ]);
    expect(followers.map((r: { user_id: string }) => r.user_id)).toEqual([council.id, alice.id, bob.id].sort());
    expect(errorOf(await t.gql(SUBMIT, { input }, alice.token))).toMatchObject({ code: 'CONFLICT', reason: 'PROPOSAL_ALREADY_SUBMITTED' });
  });

  it('takes comments on projects (followers told), photos, and flags; a hidden project leaves the lists and the ballot', async () => {
    const b = await createBudget(t, council);
    const city = envelopeNamed(b, 'Toute la ville');
    const image = (await upload(t, await smallImage(), { token: alice.token }).expect(201)).body.id;
    const p = await submit(t, alice, city, { title: 'Un kiosque', imageIds: [image] });
    expect((await t.gqlOk(`query($id: ID!) { budgetProject(id: $id) { images { id } } }`, { id: p.id })).budgetProject.images).toEqual([
      { id: image },
    ]);
    await t.gqlOk(COMMENT, { type: 'BUDGET_PROJECT', id: p.id, body: 'Bonne idée.' }, bob.token);
    expect((await t.gqlOk(PROJECT, { id: p.id })).budgetProject).toMatchObject({ id: p.id });
    const [{ n }] = await t.sql(`SELECT comment_count AS n FROM budget_projects WHERE id = $1`, [p.id]);
    expect(n).toBe(1);
    const notes = (await t.gqlOk(NOTIFICATIONS, {}, alice.token)).notifications.edges.map((e: any) => e.node);
    expect(notes).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'BUDGET_PROJECT_COMMENTED', targetId: p.id })]));

    expect(errorOf(await t.gql(FLAG, { type: 'BUDGET_PROJECT', id: p.id, reason: 'SPAM' }, alice.token))).toMatchObject({
      code: 'FORBIDDEN',
    });
    await t.gqlOk(FLAG, { type: 'BUDGET_PROJECT', id: p.id, reason: 'SPAM' }, bob.token);
    await t.gqlOk(HIDE, { type: 'BUDGET_PROJECT', id: p.id, reason: 'Publicité.' }, moderator.token);
    const hidden = (await t.gqlOk(`query($id: ID!) { budgetProject(id: $id) { hidden title hiddenReason images { id } } }`, { id: p.id }))
      .budgetProject;
    expect(hidden).toEqual({ hidden: true, title: null, hiddenReason: null, images: [] });
    const own = (await t.gqlOk(`query($id: ID!) { budgetProject(id: $id) { title hiddenReason } }`, { id: p.id }, alice.token))
      .budgetProject;
    expect(own).toEqual({ title: 'Un kiosque', hiddenReason: 'Publicité.' });
    expect(errorOf(await t.gql(COMMENT, { type: 'BUDGET_PROJECT', id: p.id, body: 'Encore.' }, bob.token))).toMatchObject({
      code: 'NOT_FOUND',
    });
    const listed = (await t.gqlOk(ENVELOPE_PROJECTS, { id: b.id })).budget.envelopes.find((e: any) => e.id === city).projects;
    expect(listed).toEqual({ totalCount: 0, edges: [] });
    await advancePhase(t, council, b.id);
    await feasible(t, council, p.id, 1000);
    await advancePhase(t, council, b.id);
    const refused = await t.gql(
      `mutation($b: ID!, $e: ID!, $p: [ID!]!) { setBallot(budgetId: $b, envelopeId: $e, projectIds: $p) { id } }`,
      {
        b: b.id,
        e: city,
        p: [p.id],
      },
      bob.token,
    );
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PROJECT_NOT_ON_BALLOT' });
  });

  it('reads a page of editions, envelopes and projects in a constant number of SQL statements', async () => {
    const PAGE = `query($first: Int!) { budgets(first: $first) { edges { node { id phase voterCount progress viewerBallot { projectId }
      envelopes { id name projects(first: 20) { totalCount edges { node { id title status voteCount author { id } envelope { id }
        images { id } followerCount viewerIsFollowing } } } results { rank project { id } } } } } } }`;
    for (let i = 0; i < 3; i++) {
      const b = await createBudget(t, council, { title: `Édition ${i}` });
      for (const name of ['Toute la ville', 'Le Port'])
        for (let j = 0; j < 3; j++) await submit(t, j % 2 ? alice : bob, envelopeNamed(b, name));
    }
    const small = await t.queryCounter.measure(() => t.gqlOk(PAGE, { first: 1 }, alice.token));
    const large = await t.queryCounter.measure(() => t.gqlOk(PAGE, { first: 3 }, alice.token));
    expect(large.result.budgets.edges).toHaveLength(3);
    expect(large.result.budgets.edges.flatMap((e: any) => e.node.envelopes.flatMap((x: any) => x.projects.edges))).toHaveLength(18);
    expect(large.count).toBe(small.count);
    // viewer, editions, viewer's choices and ballots, envelopes, editions by id, project pages, their counts, authors,
    // envelopes by id, images, follower counts, viewer's follows
    expect(large.count).toBeLessThanOrEqual(13);
  });
});
