import { TestUser } from '../harness/factories';
import { publishedProposal, SUPPORT } from '../harness/proposals';
import { TestApp } from '../harness/test-app';

/**
 * The two proposal paths a resident opens most, as the client asks them
 * (client/src/features/proposals/graphql, client/src/features/comments/graphql): the list of
 * cards, and one proposal with its first comments and their first replies. The number of SQL
 * statements is deterministic, so it is asserted; times are not.
 */
const PAGE_INFO = `pageInfo { hasNextPage endCursor }`;
const AUTHOR = `author { id displayName }`;
const COMMENT_FIELDS = `id body score viewerVote hidden hiddenReason deleted createdAt editedAt editableUntil viewerCanEdit ${AUTHOR}`;
const LEAF = `${COMMENT_FIELDS} replies(first: 1) { totalCount }`;
const REPLIES_PAGE = `totalCount ${PAGE_INFO} edges { cursor node { ${LEAF} } }`;
const THREAD = `totalCount ${PAGE_INFO} edges { cursor node { ${COMMENT_FIELDS} replies(first: 5) { ${REPLIES_PAGE} } } }`;
const CARD = `id title status hidden district supportCount supportThreshold commentCount publishedAt createdAt ${AUTHOR}
  category { id name } images { id width height placeholder thumb: url(variant: THUMB) large: url(variant: LARGE) }`;
const DETAIL = `${CARD} body hiddenReason location { lat lng } supportsOpen supportDeadline thresholdReachedAt viewerHasSupported
  followerCount viewerIsFollowing progress updatedAt officialAnswer { status body publishedAt ${AUTHOR} }
  progressUpdates { id body progress createdAt ${AUTHOR} } timeline { id kind fromStatus toStatus body progress createdAt ${AUTHOR} }`;
const PROPOSAL = `query($id: ID!) { proposal(id: $id) { ${DETAIL} comments(first: 20) { ${THREAD} } } }`;
const PROPOSAL_COMMENTS = `query($id: ID!, $after: String) { proposal(id: $id) { id comments(first: 20, after: $after) { ${THREAD} } } }`;
const COMMENT_REPLIES = `query($id: ID!, $first: Int!, $after: String) { comment(id: $id) { id replies(first: $first, after: $after) { ${REPLIES_PAGE} } } }`;
const LIST = `query($first: Int!, $after: String, $filter: ProposalFilter, $orderBy: ProposalOrder) {
  proposals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { totalCount edges { cursor node { ${CARD} } } ${PAGE_INFO} } }`;
const LIST_VIEWER = `query($first: Int!, $filter: ProposalFilter, $orderBy: ProposalOrder) {
  proposals(first: $first, filter: $filter, orderBy: $orderBy) { totalCount edges { cursor node { ${CARD} viewerHasSupported } } ${PAGE_INFO} } }`;
const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const VOTE = `mutation($id: ID!, $value: Int!) { voteComment(id: $id, value: $value) { id } }`;

describe('proposals: statements per page of the list and of one proposal', () => {
  let t: TestApp;
  let viewer: TestUser;
  let proposalId: string;
  /** Top-level comment ids, oldest first; replies[i] are the replies of top[i], oldest first. */
  const top: string[] = [];
  const replies: string[][] = [];

  const comment = async (author: TestUser, body: string, parentId?: string) =>
    (await t.gqlOk(ADD_COMMENT, { input: { targetType: 'PROPOSAL', targetId: proposalId, body, parentId } }, author.token)).addComment
      .id as string;

  beforeAll(async () => {
    t = await TestApp.start();
    viewer = await t.factories.resident();
    const residents = await Promise.all(Array.from({ length: 6 }, () => t.factories.resident()));
    proposalId = (await publishedProposal(t, residents[0], { title: 'Un banc place du marché' })).id;
    await t.gqlOk(SUPPORT, { id: proposalId }, viewer.token);
    // 24 top-level comments (more than a page), the first 8 with 7 replies each (more than the 5
    // shown), the first 2 replies of each with a reply of their own (counted by the leaves).
    for (let i = 0; i < 24; i++) {
      top.push(await comment(residents[i % 6], `Avis ${i}`));
      replies.push([]);
      if (i >= 8) continue;
      for (let j = 0; j < 7; j++) {
        replies[i].push(await comment(residents[(i + j + 1) % 6], `Réponse ${i}.${j}`, top[i]));
        if (j < 2) await comment(residents[(i + j + 2) % 6], `Sous-réponse ${i}.${j}`, replies[i][j]);
      }
    }
    await t.gqlOk(VOTE, { id: top[0], value: 1 }, viewer.token);
    await t.gqlOk(VOTE, { id: replies[0][1], value: -1 }, viewer.token);
    for (let i = 0; i < 30; i++)
      await publishedProposal(t, residents[i % 6], { title: `Proposition ${i}`, district: i % 2 ? 'Centre-ville' : 'Saint-Jean' });
  }, 180_000);

  afterAll(() => t?.close());

  it('shows a proposal with its first comments and replies in at most 6 statements, 7 signed in', async () => {
    for (const token of [viewer.token, undefined]) {
      const { result, count, queries } = await t.queryCounter.measure(() => t.gqlOk(PROPOSAL, { id: proposalId }, token));
      const comments = result.proposal.comments;
      expect(comments.totalCount).toBe(24);
      expect(comments.pageInfo.hasNextPage).toBe(true);
      expect(comments.edges.map((e: any) => e.node.id)).toEqual(top.slice(0, 20));
      const first = comments.edges[0].node;
      expect(first.viewerVote).toBe(token ? 1 : 0);
      expect(first.author.displayName).toBeTruthy();
      expect(first.replies.totalCount).toBe(7);
      expect(first.replies.pageInfo.hasNextPage).toBe(true);
      expect(first.replies.edges.map((e: any) => e.node.id)).toEqual(replies[0].slice(0, 5));
      expect(first.replies.edges.map((e: any) => e.node.replies.totalCount)).toEqual([1, 1, 0, 0, 0]);
      expect(first.replies.edges[1].node.viewerVote).toBe(token ? -1 : 0);
      expect(first.replies.edges.every((e: any) => e.node.author.displayName)).toBe(true);
      expect(comments.edges[10].node.replies).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
      expect(result.proposal.viewerHasSupported).toBe(!!token);
      if (process.env.SHOW_SQL) console.log(`${count} statements\n${queries.join('\n')}`);
      // Visitor: proposal (with its timeline), users, images, follower count, comments with their
      // replies, counts and votes, their authors. Signed in: also the session (the viewer's follow
      // comes with the follower count).
      expect(count).toBeLessThanOrEqual(token ? 7 : 6);
    }
  });

  it('pages on through the comments and a comment’s replies in a few statements', async () => {
    const firstPage = (await t.gqlOk(PROPOSAL, { id: proposalId }, viewer.token)).proposal.comments;
    const next = await t.queryCounter.measure(() =>
      t.gqlOk(PROPOSAL_COMMENTS, { id: proposalId, after: firstPage.pageInfo.endCursor }, viewer.token),
    );
    expect(next.result.proposal.comments.edges.map((e: any) => e.node.id)).toEqual(top.slice(20));
    expect(next.result.proposal.comments.pageInfo.hasNextPage).toBe(false);
    expect(next.count).toBeLessThanOrEqual(6);

    const firstReplies = firstPage.edges[0].node.replies;
    const more = await t.queryCounter.measure(() =>
      t.gqlOk(COMMENT_REPLIES, { id: top[0], first: 20, after: firstReplies.pageInfo.endCursor }, viewer.token),
    );
    expect(more.result.comment.replies.edges.map((e: any) => e.node.id)).toEqual(replies[0].slice(5));
    expect(more.result.comment.replies.totalCount).toBe(7);
    expect(more.count).toBeLessThanOrEqual(6);
  });

  it('reads ahead as many replies as the query asks, through variables', async () => {
    const query = `query($id: ID!, $n: Int!) { proposal(id: $id) { comments(first: 3) { edges { node { id
      replies(first: $n) { totalCount pageInfo { hasNextPage } edges { node { id viewerVote replies(first: 1) { totalCount } } } } } } } } }`;
    for (const n of [2, 7, 100]) {
      const { result } = await t.queryCounter.measure(() => t.gqlOk(query, { id: proposalId, n }, viewer.token));
      const first = result.proposal.comments.edges[0].node.replies;
      expect(first.edges.map((e: any) => e.node.id)).toEqual(replies[0].slice(0, n));
      expect(first.pageInfo.hasNextPage).toBe(n < 7);
      expect(first.edges[1].node.viewerVote).toBe(-1);
      expect(first.edges[0].node.replies.totalCount).toBe(1);
    }
    const refused = await t.gql(query, { id: proposalId, n: 101 });
    expect(refused.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('lists proposals in every order and filter in a constant, small number of statements', async () => {
    const cases: Record<string, unknown>[] = [
      {},
      { orderBy: { field: 'SUPPORTS', direction: 'DESC' } },
      { orderBy: { field: 'COMMENTS', direction: 'DESC' } },
      { orderBy: { field: 'CREATED_AT', direction: 'ASC' } },
      { filter: { district: 'Centre-ville' } },
      { filter: { status: 'PUBLISHED', district: 'Saint-Jean' }, orderBy: { field: 'SUPPORTS', direction: 'DESC' } },
      { filter: { search: 'proposition' } },
    ];
    for (const variables of cases) {
      const visitor = await t.queryCounter.measure(() => t.gqlOk(LIST, { first: 20, ...variables }));
      expect(visitor.result.proposals.edges.length).toBeGreaterThan(0);
      expect(visitor.count).toBeLessThanOrEqual(6);
      const signedIn = await t.queryCounter.measure(() => t.gqlOk(LIST_VIEWER, { first: 20, ...variables }, viewer.token));
      expect(signedIn.count).toBeLessThanOrEqual(8);
    }
    const supported = (await t.gqlOk(LIST_VIEWER, { first: 20, orderBy: { field: 'SUPPORTS', direction: 'DESC' } }, viewer.token)).proposals
      .edges[0].node;
    expect(supported).toMatchObject({ id: proposalId, viewerHasSupported: true, supportCount: 1, commentCount: 24 + 8 * 7 + 16 });
  });
});

/**
 * The writes residents make most, as the client sends them (SupportResult, CommentThreadNode): each
 * answered in at most 8 statements, 10 with BEGIN and COMMIT. Counted while the server answers: the
 * notification job that runs after the commit is not part of the answer.
 */
describe('proposals: statements per support, withdrawal and comment', () => {
  const SUPPORT_RESULT = `id supportCount viewerHasSupported followerCount viewerIsFollowing status supportsOpen thresholdReachedAt`;
  const SUPPORT_AS_CLIENT = `mutation($id: ID!) { supportProposal(id: $id) { ${SUPPORT_RESULT} } }`;
  const WITHDRAW_AS_CLIENT = `mutation($id: ID!) { withdrawSupport(id: $id) { ${SUPPORT_RESULT} } }`;
  const COMMENT_AS_CLIENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { ${COMMENT_FIELDS} replies(first: 5) { ${REPLIES_PAGE} } } }`;
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ PROPOSAL_SUPPORT_THRESHOLD: '3' });
  });
  afterAll(() => t?.close());

  it('supports (the one that reaches the threshold too), withdraws and comments within 8 statements, the answers exact', async () => {
    const author = await t.factories.resident();
    const residents = await Promise.all(Array.from({ length: 3 }, () => t.factories.resident()));
    const { id } = await publishedProposal(t, author);
    const measure = (query: string, variables: Record<string, unknown>, who: TestUser) =>
      t.queryCounter.measure(() => t.gqlOk(query, variables, who.token), { requestsOnly: true });
    const show = (name: string, m: { count: number; queries: string[] }) => {
      if (process.env.SHOW_SQL) console.log(`${name}: ${m.count} statements\n${m.queries.join('\n')}`);
    };

    const first = await measure(SUPPORT_AS_CLIENT, { id }, residents[0]);
    show('support', first);
    expect(first.result.supportProposal).toMatchObject({
      supportCount: 1,
      viewerHasSupported: true,
      followerCount: 2,
      viewerIsFollowing: true,
    });
    // Session, suspension, lock, support row, follow, count, follow facts of the answer.
    expect(first.count).toBeLessThanOrEqual(7);

    const again = await measure(SUPPORT_AS_CLIENT, { id }, residents[0]);
    expect(again.result.supportProposal).toMatchObject({ supportCount: 1, viewerHasSupported: true });
    expect(again.count).toBeLessThanOrEqual(5);

    await t.gqlOk(SUPPORT, { id }, residents[1].token);
    const tipping = await measure(SUPPORT_AS_CLIENT, { id }, residents[2]);
    show('support reaching the threshold', tipping);
    expect(tipping.result.supportProposal).toMatchObject({ supportCount: 3, viewerHasSupported: true, status: 'UNDER_REVIEW' });
    expect(tipping.result.supportProposal.thresholdReachedAt).toBeTruthy();
    // Also the THRESHOLD_REACHED event and the followers' notification queued.
    expect(tipping.count).toBeLessThanOrEqual(8);

    const withdrawn = await measure(WITHDRAW_AS_CLIENT, { id }, residents[0]);
    show('withdraw', withdrawn);
    expect(withdrawn.result.withdrawSupport).toMatchObject({ supportCount: 2, viewerHasSupported: false, viewerIsFollowing: true });
    expect(withdrawn.count).toBeLessThanOrEqual(6);
    const none = await measure(WITHDRAW_AS_CLIENT, { id }, residents[0]);
    expect(none.result.withdrawSupport).toMatchObject({ supportCount: 2, viewerHasSupported: false });

    const input = { targetType: 'PROPOSAL', targetId: id, body: 'Bonne idée, et pas chère.' };
    const commented = await measure(COMMENT_AS_CLIENT, { input }, residents[1]);
    show('comment', commented);
    const top = commented.result.addComment;
    expect(top).toMatchObject({
      body: input.body,
      score: 0,
      viewerVote: 0,
      viewerCanEdit: true,
      author: { displayName: residents[1].displayName },
    });
    expect(top.replies).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    // Session, suspension, the proposal (visible and open: read once), comment row, count, the
    // author's notification queued, the author's name.
    expect(commented.count).toBeLessThanOrEqual(7);
    const reply = await measure(COMMENT_AS_CLIENT, { input: { ...input, parentId: top.id, body: 'Tout à fait.' } }, residents[2]);
    expect(reply.result.addComment).toMatchObject({ viewerVote: 0, replies: { totalCount: 0 } });
    expect(reply.count).toBeLessThanOrEqual(8); // and the parent comment
    // The author was told of both, by the job after the answer.
    const told = await t.sql(`SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND kind = 'PROPOSAL_COMMENTED'`, [
      author.id,
    ]);
    expect(told[0].n).toBe(2);
  });
});
