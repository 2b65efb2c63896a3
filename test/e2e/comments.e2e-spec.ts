import { Clock } from '../../src/common/clock';
import { TestUser } from '../harness/factories';
import { createDraft, publishedProposal } from '../harness/proposals';
import { errorOf, TestApp } from '../harness/test-app';

const COMMENT_FIELDS = `id targetType targetId body hidden deleted score viewerVote editedAt createdAt editableUntil viewerCanEdit
  author { id } parent { id }`;
const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { ${COMMENT_FIELDS} } }`;
const VOTE = `mutation($id: ID!, $value: Int!) { voteComment(id: $id, value: $value) { id score viewerVote } }`;
const EDIT = `mutation($id: ID!, $body: String!) { editComment(id: $id, body: $body) { ${COMMENT_FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteComment(id: $id) { ${COMMENT_FIELDS} } }`;
const HIDE = `mutation($id: ID!, $reason: String!) { hideContent(targetType: COMMENT, targetId: $id, reason: $reason) }`;
const RESTORE = `mutation($id: ID!) { restoreContent(targetType: COMMENT, targetId: $id) }`;
const ONE = `query($id: ID!) { comment(id: $id) { ${COMMENT_FIELDS} replies(first: 10) { totalCount edges { node { id body deleted } } } } }`;
const THREAD = `query($id: ID!, $first: Int, $after: String, $replies: Int) {
  proposal(id: $id) {
    commentCount
    comments(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id body deleted hidden author { id } score viewerVote
        replies(first: $replies) { totalCount pageInfo { hasNextPage endCursor }
          edges { node { id body parent { id } replies(first: 5) { edges { node { id body } } } } } } } }
    }
  }
}`;

describe('comments', () => {
  let t: TestApp;
  let author: TestUser;
  let alice: TestUser;
  let bob: TestUser;
  let moderator: TestUser;
  let proposalId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    [author, alice, bob, moderator] = await Promise.all([
      t.factories.resident(),
      t.factories.resident(),
      t.factories.resident(),
      t.factories.moderator(),
    ]);
    proposalId = (await publishedProposal(t, author)).id;
  });
  afterAll(() => t?.close());

  const add = async (user: TestUser, body: string, parentId?: string, targetId = proposalId) =>
    (await t.gqlOk(ADD, { input: { targetType: 'PROPOSAL', targetId, body, ...(parentId ? { parentId } : {}) } }, user.token)).addComment;
  const commentCount = async (id: string) => (await t.sql('SELECT comment_count AS n FROM proposals WHERE id = $1', [id]))[0].n;
  const liveRows = async (id: string) =>
    (
      await t.sql(`SELECT count(*)::int AS n FROM comments WHERE target_type = 'PROPOSAL' AND target_id = $1 AND deleted_at IS NULL`, [id])
    )[0].n;

  describe('threads', () => {
    it('adds comments and threaded replies, counted on the proposal', async () => {
      const p = await publishedProposal(t, author);
      const c1 = await add(alice, 'Bonne idée !', undefined, p.id);
      expect(c1).toMatchObject({
        targetType: 'PROPOSAL',
        targetId: p.id,
        body: 'Bonne idée !',
        author: { id: alice.id },
        parent: null,
        score: 0,
        viewerVote: 0,
      });
      const r1 = await add(bob, 'Je ne suis pas d’accord.', c1.id, p.id);
      const r2 = await add(alice, 'Pourquoi ?', r1.id, p.id);
      const c2 = await add(bob, 'Deuxième avis', undefined, p.id);
      expect(r1.parent.id).toBe(c1.id);
      expect(r2.parent.id).toBe(r1.id);

      const { proposal } = await t.gqlOk(THREAD, { id: p.id, first: 10, replies: 10 });
      expect(proposal.commentCount).toBe(4);
      expect(proposal.comments.totalCount).toBe(2);
      expect(proposal.comments.edges.map((e: any) => e.node.id)).toEqual([c1.id, c2.id]);
      const first = proposal.comments.edges[0].node;
      expect(first.replies.totalCount).toBe(1);
      expect(first.replies.edges[0].node).toMatchObject({
        id: r1.id,
        parent: { id: c1.id },
        replies: { edges: [{ node: { id: r2.id, body: 'Pourquoi ?' } }] },
      });
      expect(await commentCount(p.id)).toBe(await liveRows(p.id));
    });

    it('keeps text exactly as typed', async () => {
      const body = '<script>alert("x")</script>\n  & &amp; **gras** 😀\t';
      const c = await add(alice, body);
      expect(c.body).toBe(body);
      expect((await t.sql('SELECT body FROM comments WHERE id = $1', [c.id]))[0].body).toBe(body);
    });

    it('pages comments and replies, oldest first', async () => {
      const p = await publishedProposal(t, author);
      const top: string[] = [];
      for (let i = 0; i < 5; i++) top.push((await add(alice, `Commentaire ${i}`, undefined, p.id)).id);
      const replies: string[] = [];
      for (let i = 0; i < 3; i++) replies.push((await add(bob, `Réponse ${i}`, top[0], p.id)).id);
      const seen: string[] = [];
      let after: string | undefined;
      do {
        const { proposal } = await t.gqlOk(THREAD, { id: p.id, first: 2, after, replies: 2 });
        expect(proposal.comments.totalCount).toBe(5);
        seen.push(...proposal.comments.edges.map((e: any) => e.node.id));
        after = proposal.comments.pageInfo.hasNextPage ? proposal.comments.pageInfo.endCursor : undefined;
      } while (after);
      expect(seen).toEqual(top);

      const { proposal } = await t.gqlOk(THREAD, { id: p.id, first: 1, replies: 2 });
      const firstReplies = proposal.comments.edges[0].node.replies;
      expect(firstReplies).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      expect(firstReplies.edges.map((e: any) => e.node.id)).toEqual(replies.slice(0, 2));
      const REPLIES = `query($id: ID!, $after: String) { comment(id: $id) { replies(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage } } } }`;
      const next = (await t.gqlOk(REPLIES, { id: top[0], after: firstReplies.pageInfo.endCursor })).comment.replies;
      expect(next).toEqual({ edges: [{ node: { id: replies[2] } }], pageInfo: { hasNextPage: false } });
      expect(errorOf(await t.gql(REPLIES, { id: top[0], after: 'garbage' }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after'] });
    });

    it('refuses replies to a comment of another target, unknown parents, and blank text', async () => {
      const other = await publishedProposal(t, author);
      const elsewhere = await add(alice, 'Ailleurs', undefined, other.id);
      const before = await commentCount(proposalId);
      for (const parentId of [elsewhere.id, '00000000-0000-4000-8000-000000000000', 'nope']) {
        const res = await t.gql(ADD, { input: { targetType: 'PROPOSAL', targetId: proposalId, body: 'Réponse', parentId } }, bob.token);
        expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.parentId'] });
      }
      for (const body of ['', '   \n ']) {
        const res = await t.gql(ADD, { input: { targetType: 'PROPOSAL', targetId: proposalId, body } }, bob.token);
        expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.body'] });
      }
      const long = await t.gql(ADD, { input: { targetType: 'PROPOSAL', targetId: proposalId, body: 'x'.repeat(5001) } }, bob.token);
      expect(errorOf(long)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.body'] });
      expect(await commentCount(proposalId)).toBe(before);
    });

    it('answers NOT_FOUND for targets that do not exist or that the viewer cannot see', async () => {
      const draft = await createDraft(t, author);
      // A type no domain declared is not in the enum at all.
      const unserved = await t.gql(ADD, { input: { targetType: 'NO_SUCH_TARGET', targetId: proposalId, body: 'Bonjour' } }, alice.token);
      expect(errorOf(unserved).code).toBe('BAD_USER_INPUT');
      const cases: [string, string, TestUser][] = [
        ['PROPOSAL', '00000000-0000-4000-8000-000000000000', alice],
        ['PROPOSAL', 'not-a-uuid', alice],
        ['PROPOSAL', draft.id, alice],
      ];
      for (const [targetType, targetId, user] of cases) {
        const res = await t.gql(ADD, { input: { targetType, targetId, body: 'Bonjour' } }, user.token);
        expect({ targetType, ...errorOf(res) }).toMatchObject({ targetType, code: 'NOT_FOUND', reason: 'TARGET_NOT_FOUND' });
      }
      // Its author sees the draft, but a draft takes no comments yet.
      expect(
        errorOf(await t.gql(ADD, { input: { targetType: 'PROPOSAL', targetId: draft.id, body: 'Note' } }, author.token)),
      ).toMatchObject({
        code: 'CONFLICT',
        reason: 'COMMENTS_CLOSED',
      });
      expect(errorOf(await t.gql(ADD, { input: { targetType: 'PROPOSAL', targetId: proposalId, body: 'Anonyme' } }))).toMatchObject({
        code: 'UNAUTHENTICATED',
      });
      expect(await t.sql('SELECT count(*)::int AS n FROM comments WHERE target_id = $1', [draft.id])).toEqual([{ n: 0 }]);
    });

    it('keeps commentCount exact when many residents comment at once', async () => {
      const p = await publishedProposal(t, author);
      const people = await Promise.all(Array.from({ length: 25 }, () => t.factories.resident()));
      const root = await add(alice, 'Racine', undefined, p.id);
      const answers = await Promise.all(
        people.flatMap((u, i) => [
          t.gql(ADD, { input: { targetType: 'PROPOSAL', targetId: p.id, body: `Avis ${i}` } }, u.token),
          t.gql(ADD, { input: { targetType: 'PROPOSAL', targetId: p.id, body: `Réponse ${i}`, parentId: root.id } }, u.token),
        ]),
      );
      expect(answers.filter((a) => a.errors)).toEqual([]);
      expect(await commentCount(p.id)).toBe(51);
      expect(await liveRows(p.id)).toBe(51);
    });
  });

  describe('votes', () => {
    it('counts one vote per resident, changeable and removable', async () => {
      const c = await add(author, 'À voter');
      expect((await t.gqlOk(VOTE, { id: c.id, value: 1 }, alice.token)).voteComment).toMatchObject({ score: 1, viewerVote: 1 });
      expect((await t.gqlOk(VOTE, { id: c.id, value: 1 }, alice.token)).voteComment).toMatchObject({ score: 1, viewerVote: 1 });
      expect((await t.gqlOk(VOTE, { id: c.id, value: -1 }, bob.token)).voteComment).toMatchObject({ score: 0, viewerVote: -1 });
      expect((await t.gqlOk(VOTE, { id: c.id, value: -1 }, alice.token)).voteComment).toMatchObject({ score: -2, viewerVote: -1 });
      expect((await t.gqlOk(VOTE, { id: c.id, value: 0 }, bob.token)).voteComment).toMatchObject({ score: -1, viewerVote: 0 });
      expect((await t.gqlOk(VOTE, { id: c.id, value: 0 }, bob.token)).voteComment).toMatchObject({ score: -1, viewerVote: 0 });
      expect(await t.sql('SELECT user_id, value FROM comment_votes WHERE comment_id = $1', [c.id])).toEqual([
        { user_id: alice.id, value: -1 },
      ]);
      const seen = await t.gqlOk(ONE, { id: c.id }, bob.token);
      expect(seen.comment).toMatchObject({ score: -1, viewerVote: 0 });
      expect((await t.gqlOk(ONE, { id: c.id })).comment.viewerVote).toBe(0);
      expect(errorOf(await t.gql(VOTE, { id: c.id, value: 2 }, alice.token))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['value'] });
      expect(errorOf(await t.gql(VOTE, { id: c.id, value: 1 }))).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(errorOf(await t.gql(VOTE, { id: '00000000-0000-4000-8000-000000000000', value: 1 }, alice.token))).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'COMMENT_NOT_FOUND',
      });
    });

    it('keeps the score exact when 50 residents vote at once, some twice or changing their mind', async () => {
      const c = await add(author, 'Populaire ?');
      const people = await Promise.all(Array.from({ length: 50 }, () => t.factories.resident()));
      const value = (i: number) => (i % 3 === 0 ? -1 : 1);
      const requests = people.flatMap((u, i) => {
        const votes = [t.gql(VOTE, { id: c.id, value: value(i) }, u.token)];
        if (i % 5 === 0) votes.push(t.gql(VOTE, { id: c.id, value: value(i) }, u.token));
        if (i % 7 === 0) votes.push(t.gql(VOTE, { id: c.id, value: -value(i) }, u.token));
        return votes;
      });
      const answers = await Promise.all(requests);
      expect(answers.filter((a) => a.errors)).toEqual([]);
      const [{ score }] = await t.sql('SELECT score FROM comments WHERE id = $1', [c.id]);
      const [{ sum, n }] = await t.sql(
        'SELECT coalesce(sum(value), 0)::int AS sum, count(*)::int AS n FROM comment_votes WHERE comment_id = $1',
        [c.id],
      );
      expect(n).toBe(50);
      expect(score).toBe(sum);
    });
  });

  describe('edit and delete', () => {
    it('lets the author edit within 15 minutes, and nobody else', async () => {
      const c = await add(alice, 'Premier jet');
      expect(c.viewerCanEdit).toBe(true);
      const edited = (await t.gqlOk(EDIT, { id: c.id, body: 'Version corrigée' }, alice.token)).editComment;
      expect(edited.body).toBe('Version corrigée');
      expect(edited.editedAt).not.toBeNull();
      expect(errorOf(await t.gql(EDIT, { id: c.id, body: 'Piraté' }, bob.token))).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_AUTHOR',
      });
      expect(errorOf(await t.gql(EDIT, { id: c.id, body: '  ' }, alice.token))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['body'] });
      expect((await t.gqlOk(ONE, { id: c.id }, bob.token)).comment.viewerCanEdit).toBe(false);
      expect((await t.sql('SELECT body FROM comments WHERE id = $1', [c.id]))[0].body).toBe('Version corrigée');
    });

    it('deletes by the author only: shown as deleted, replies kept, count down once', async () => {
      const p = await publishedProposal(t, author);
      const c = await add(alice, 'À supprimer', undefined, p.id);
      const reply = await add(bob, 'Une réponse', c.id, p.id);
      expect(await commentCount(p.id)).toBe(2);
      expect(errorOf(await t.gql(DELETE, { id: c.id }, bob.token))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_AUTHOR' });
      expect(errorOf(await t.gql(DELETE, { id: c.id }, moderator.token))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_AUTHOR' });
      const deleted = (await t.gqlOk(DELETE, { id: c.id }, alice.token)).deleteComment;
      expect(deleted).toMatchObject({ deleted: true, body: null, author: null, viewerCanEdit: false });
      expect((await t.gqlOk(DELETE, { id: c.id }, alice.token)).deleteComment.deleted).toBe(true);
      expect(await commentCount(p.id)).toBe(1);
      expect(await liveRows(p.id)).toBe(1);

      const { proposal } = await t.gqlOk(THREAD, { id: p.id, first: 10, replies: 10 });
      expect(proposal.comments.edges[0].node).toMatchObject({ id: c.id, deleted: true, body: null, author: null });
      expect(proposal.comments.edges[0].node.replies.edges[0].node).toMatchObject({ id: reply.id, body: 'Une réponse' });
      expect((await t.sql('SELECT body, deleted_at IS NOT NULL AS gone FROM comments WHERE id = $1', [c.id]))[0]).toEqual({
        body: '',
        gone: true,
      });

      expect(
        errorOf(await t.gql(ADD, { input: { targetType: 'PROPOSAL', targetId: p.id, body: 'x', parentId: c.id } }, bob.token)),
      ).toMatchObject({
        code: 'CONFLICT',
        reason: 'PARENT_CLOSED',
      });
      expect(errorOf(await t.gql(VOTE, { id: c.id, value: 1 }, bob.token))).toMatchObject({ code: 'CONFLICT', reason: 'COMMENT_DELETED' });
      expect(errorOf(await t.gql(EDIT, { id: c.id, body: 'Revenu' }, alice.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'COMMENT_DELETED',
      });
    });

    it('shows hidden comments as hidden: text to its author and moderators only', async () => {
      const c = await add(alice, 'Propos déplacés');
      await t.gqlOk(VOTE, { id: c.id, value: 1 }, bob.token);
      const before = await commentCount(proposalId);
      expect((await t.gqlOk(HIDE, { id: c.id, reason: 'Propos blessants' }, moderator.token)).hideContent).toBe(true);
      for (const token of [undefined, bob.token]) {
        expect((await t.gqlOk(ONE, { id: c.id }, token)).comment).toMatchObject({ hidden: true, body: null, author: { id: alice.id } });
      }
      for (const token of [alice.token, moderator.token]) {
        expect((await t.gqlOk(ONE, { id: c.id }, token)).comment).toMatchObject({ hidden: true, body: 'Propos déplacés' });
      }
      expect(errorOf(await t.gql(VOTE, { id: c.id, value: -1 }, alice.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'COMMENT_HIDDEN',
      });
      expect((await t.gqlOk(VOTE, { id: c.id, value: 0 }, bob.token)).voteComment.score).toBe(0);
      expect(errorOf(await t.gql(EDIT, { id: c.id, body: 'Adouci' }, alice.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'COMMENT_HIDDEN',
      });
      expect(await commentCount(proposalId)).toBe(before);
      expect((await t.gqlOk(RESTORE, { id: c.id }, moderator.token)).restoreContent).toBe(true);
      expect((await t.gqlOk(ONE, { id: c.id })).comment).toMatchObject({ hidden: false, body: 'Propos déplacés' });
    });

    it('does not show comments of a draft, nor the draft through them', async () => {
      // The API refuses comments on a draft (tested above), so rows on one are written directly:
      // what is tested is the read path, which must hold whatever rows exist.
      const draft = await createDraft(t, author);
      const insert = async (parentId: string | null, body: string) =>
        (
          await t.sql(
            `INSERT INTO comments (target_type, target_id, parent_id, author_id, body) VALUES ('PROPOSAL', $1, $2, $3, $4) RETURNING id`,
            [draft.id, parentId, author.id, body],
          )
        )[0].id as string;
      const top = await insert(null, 'Note sur le brouillon');
      const reply = await insert(top, 'Réponse sur le brouillon');

      for (const token of [undefined, bob.token, moderator.token]) {
        for (const id of [top, reply]) {
          const res = await t.gql(ONE, { id }, token);
          expect(res.errors).toBeUndefined();
          expect(res.data?.comment).toBeNull();
          expect(JSON.stringify(res)).not.toContain(draft.id);
        }
        expect((await t.gqlOk(`query($id: ID!) { proposal(id: $id) { id } }`, { id: draft.id }, token)).proposal).toBeNull();
      }
      // Its author, who may read the draft, reads them (so the nulls above are the draft's privacy).
      expect((await t.gqlOk(ONE, { id: top }, author.token)).comment).toMatchObject({
        id: top,
        targetId: draft.id,
        body: 'Note sur le brouillon',
        replies: { totalCount: 1, edges: [{ node: { id: reply } }] },
      });
      expect((await t.gqlOk(ONE, { id: reply }, author.token)).comment).toMatchObject({ id: reply, parent: { id: top } });
      // Unknown and malformed ids answer null as well, not an error.
      expect((await t.gqlOk(ONE, { id: '00000000-0000-4000-8000-000000000000' })).comment).toBeNull();
      expect((await t.gqlOk(ONE, { id: 'x' })).comment).toBeNull();
    });

    // Last: moves this app's clock.
    it('closes the edit window after 15 minutes', async () => {
      const c = await add(alice, 'Écrit à l’instant');
      t.get<Clock>(Clock).advance(14 * 60_000);
      await t.gqlOk(EDIT, { id: c.id, body: 'Encore modifiable' }, alice.token);
      t.get<Clock>(Clock).advance(2 * 60_000);
      expect(errorOf(await t.gql(EDIT, { id: c.id, body: 'Trop tard' }, alice.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'EDIT_WINDOW_CLOSED',
      });
      expect((await t.gqlOk(ONE, { id: c.id }, alice.token)).comment.viewerCanEdit).toBe(false);
      expect((await t.sql('SELECT body FROM comments WHERE id = $1', [c.id]))[0].body).toBe('Encore modifiable');
    });
  });
});
