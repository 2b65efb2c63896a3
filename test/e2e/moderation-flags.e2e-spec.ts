import { createConsultation } from '../harness/consultations';
import type { TestUser } from '../harness/factories';
import { DISMISS, FLAG, flag, HIDE, ITEM, LOG, openCounts, QUEUE, QUEUE_IDS } from '../harness/moderation';
import { createDraft, publishedProposal } from '../harness/proposals';
import { errorOf, TestApp } from '../harness/test-app';

const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;

/**
 * Flags and the moderators' queue: who may flag what, one flag per person per item (exact under
 * concurrency), the queue grouped by item with counts per reason and notes without names, oldest
 * first, the content in its context, paged at a constant number of statements; dismissing flags.
 */
describe('moderation: flags and the queue', () => {
  let t: TestApp;
  let author: TestUser;
  let resident: TestUser;
  let moderator: TestUser;
  let admin: TestUser;
  let council: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    [author, resident, moderator, admin, council] = await Promise.all([
      t.factories.resident({ displayName: 'Auteur' }),
      t.factories.resident(),
      t.factories.moderator(),
      t.factories.admin(),
      t.factories.council(),
    ]);
  });
  afterAll(() => t?.close());

  const comment = async (who: TestUser, targetType: string, targetId: string, body: string): Promise<string> =>
    (await t.gqlOk(ADD_COMMENT, { input: { targetType, targetId, body } }, who.token)).addComment.id;
  const flagRows = () => t.sql<{ n: number }>('SELECT count(*)::int AS n FROM flags').then((r) => r[0].n);

  describe('the queue', () => {
    // The queue is global: these run first, before the other tests' flags are in it.
    it('is for moderators and admins only', async () => {
      const [res, agent, coun, mod, adm] = await Promise.all([
        t.factories.resident(),
        t.factories.agent(),
        t.factories.council(),
        t.factories.moderator(),
        t.factories.admin(),
      ]);
      expect(errorOf(await t.gql(QUEUE, {}))).toMatchObject({ code: 'UNAUTHENTICATED' });
      for (const who of [res, agent, coun]) expect(errorOf(await t.gql(QUEUE, {}, who.token))).toMatchObject({ code: 'FORBIDDEN' });
      for (const who of [mod, adm]) expect((await t.gqlOk(QUEUE, {}, who.token)).moderationQueue.totalCount).toBe(0);
    });

    it('groups flags by item, oldest first, with counts per reason, notes without names, and the content in context', async () => {
      const [a, b, c, d, mod, councilMember] = await Promise.all([
        t.factories.resident({ displayName: 'Aline' }),
        t.factories.resident(),
        t.factories.resident(),
        t.factories.resident(),
        t.factories.moderator(),
        t.factories.council(),
      ]);
      const p = await publishedProposal(t, a, { title: 'Un marché le dimanche', body: 'Sur la place de l’église.' });
      const consultation = await createConsultation(t, councilMember, { title: 'Horaires de la piscine' });
      const onProposal = (await t.gqlOk(ADD_COMMENT, { input: { targetType: 'PROPOSAL', targetId: p.id, body: 'Nul et idiot' } }, b.token))
        .addComment.id;
      const onConsultation = (
        await t.gqlOk(
          ADD_COMMENT,
          { input: { targetType: 'CONSULTATION', targetId: consultation.id, body: 'Achetez mes lunettes' } },
          a.token,
        )
      ).addComment.id;

      // First flagged first: the comment on the proposal, then the proposal, then the other comment.
      await flag(t, c, 'COMMENT', onProposal, 'ABUSE', 'Insultant.');
      await flag(t, d, 'COMMENT', onProposal, 'SPAM');
      await flag(t, a, 'COMMENT', onProposal, 'ABUSE', 'Vraiment blessant.');
      await flag(t, b, 'PROPOSAL', p.id, 'OFF_TOPIC', 'Rien à voir.');
      await flag(t, c, 'COMMENT', onConsultation, 'SPAM', 'Publicité');

      const queue = (await t.gqlOk(QUEUE, { first: 10 }, mod.token)).moderationQueue;
      expect(queue.totalCount).toBe(3);
      const nodes = queue.edges.map((e: any) => e.node);
      expect(nodes.map((n: any) => [n.targetType, n.targetId, n.openFlagCount])).toEqual([
        ['COMMENT', onProposal, 3],
        ['PROPOSAL', p.id, 1],
        ['COMMENT', onConsultation, 1],
      ]);
      expect(nodes[0]).toMatchObject({
        id: `COMMENT:${onProposal}`,
        reasonCounts: [
          { reason: 'ABUSE', count: 2 },
          { reason: 'SPAM', count: 1 },
        ],
        notes: {
          totalCount: 2,
          edges: [{ node: { reason: 'ABUSE', note: 'Insultant.' } }, { node: { reason: 'ABUSE', note: 'Vraiment blessant.' } }],
        },
        content: {
          targetType: 'COMMENT',
          targetId: onProposal,
          title: null,
          text: 'Nul et idiot',
          author: { id: b.id },
          context: { type: 'PROPOSAL', id: p.id, title: 'Un marché le dimanche' },
          path: `/proposals/${p.id}#comment-${onProposal}`,
          hidden: false,
          hiddenReason: null,
          image: null,
        },
      });
      expect(nodes[0].firstOpenFlagAt <= nodes[1].firstOpenFlagAt).toBe(true);
      expect(nodes[1].content).toMatchObject({
        title: 'Un marché le dimanche',
        text: 'Sur la place de l’église.',
        author: { id: a.id },
        context: null,
        path: `/proposals/${p.id}`,
      });
      expect(nodes[2].content).toMatchObject({
        text: 'Achetez mes lunettes',
        context: { type: 'CONSULTATION', id: consultation.id, title: 'Horaires de la piscine' },
        path: `/consultations/${consultation.id}#comment-${onConsultation}`,
      });
      // Notes never carry who wrote them: the note type has no such field.
      expect(JSON.stringify(nodes)).not.toContain(c.id);
    });

    it('pages the queue without gaps or repeats, at a number of statements that does not grow with the page', async () => {
      const mod = await t.factories.moderator();
      const [a, b] = await Promise.all([t.factories.resident(), t.factories.resident()]);
      const councilMember = await t.factories.council();
      const consultation = await createConsultation(t, councilMember);
      for (let i = 0; i < 6; i++) {
        const p = await publishedProposal(t, a, { title: `Idée ${i}` });
        await flag(t, b, 'PROPOSAL', p.id, 'SPAM', `note ${i}`);
        const cp = (await t.gqlOk(ADD_COMMENT, { input: { targetType: 'PROPOSAL', targetId: p.id, body: `c${i}` } }, a.token)).addComment
          .id;
        await flag(t, b, 'COMMENT', cp, 'ABUSE', `note c${i}`);
        const cc = (
          await t.gqlOk(ADD_COMMENT, { input: { targetType: 'CONSULTATION', targetId: consultation.id, body: `k${i}` } }, a.token)
        ).addComment.id;
        await flag(t, b, 'COMMENT', cc, 'OTHER');
      }
      const all = (await t.gqlOk(QUEUE_IDS, { first: 100 }, mod.token)).moderationQueue;
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: any = (await t.gqlOk(QUEUE, { first: 4, after }, mod.token)).moderationQueue;
        seen.push(...page.edges.map((e: any) => e.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(all.edges.map((e: any) => e.node.id));
      expect(new Set(seen).size).toBe(all.totalCount);

      const measure = async (first: number) => (await t.queryCounter.measure(() => t.gqlOk(QUEUE, { first }, mod.token))).count;
      // Both pages hold every kind of item (proposals, comments on proposals and on a
      // consultation): the statements depend on the kinds, never on the number of items.
      const small = await measure(3);
      const large = await measure(18);
      expect(all.totalCount).toBeGreaterThanOrEqual(18);
      expect(large).toBe(small);
      // The viewer, the page, the count, reasons, notes and their counts, one describe per type
      // (comments: the comments and one query per kind of record they are on), the authors.
      expect(large).toBeLessThanOrEqual(12);
      expect(errorOf(await t.gql(QUEUE_IDS, { first: 101 }, mod.token))).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(errorOf(await t.gql(QUEUE, { first: 5, after: 'bm9wZQ' }, mod.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['after'],
      });
    });
  });

  describe('flagging', () => {
    it('lets every signed-in user flag others’ content, once per item; visitors are refused', async () => {
      const p = await publishedProposal(t, author, { title: 'Des bancs partout' });
      const agent = await t.factories.agent();
      expect(errorOf(await t.gql(FLAG, { type: 'PROPOSAL', id: p.id, reason: 'SPAM' }))).toMatchObject({ code: 'UNAUTHENTICATED' });
      for (const who of [resident, agent, council, moderator, admin]) expect(await flag(t, who, 'PROPOSAL', p.id, 'SPAM')).toBe(true);
      // Again, even with another reason and a note: nothing changes.
      expect(await flag(t, resident, 'PROPOSAL', p.id, 'ABUSE', 'Encore')).toBe(true);
      const rows = await t.sql(
        `SELECT f.reason, f.note FROM flags f JOIN moderation_items i ON i.id = f.item_id WHERE i.target_id = $1 AND f.flagger_id = $2`,
        [p.id, resident.id],
      );
      expect(rows).toEqual([{ reason: 'SPAM', note: null }]);
      expect(await openCounts(t, 'PROPOSAL', p.id)).toEqual({ counter: 5, rows: 5 });
    });

    it('refuses unknown types and ids, drafts, one’s own content, bad reasons and long notes, writing nothing', async () => {
      const p = await publishedProposal(t, author);
      const draft = await createDraft(t, author);
      const c = await comment(author, 'PROPOSAL', p.id, 'Mon propre commentaire');
      const before = await flagRows();
      const cases: [Record<string, unknown>, TestUser, { code: string; reason?: string; fields?: string[] }][] = [
        [
          { type: 'PROPOSAL', id: '00000000-0000-4000-8000-000000000000', reason: 'SPAM' },
          resident,
          { code: 'NOT_FOUND', reason: 'TARGET_NOT_FOUND' },
        ],
        [{ type: 'PROPOSAL', id: 'not-an-id', reason: 'SPAM' }, resident, { code: 'NOT_FOUND', reason: 'TARGET_NOT_FOUND' }],
        [{ type: 'COMMENT', id: p.id, reason: 'SPAM' }, resident, { code: 'NOT_FOUND', reason: 'TARGET_NOT_FOUND' }],
        [{ type: 'PROPOSAL', id: draft.id, reason: 'SPAM' }, resident, { code: 'NOT_FOUND', reason: 'TARGET_NOT_FOUND' }],
        [{ type: 'PROPOSAL', id: p.id, reason: 'SPAM' }, author, { code: 'FORBIDDEN', reason: 'OWN_CONTENT' }],
        [{ type: 'COMMENT', id: c, reason: 'ABUSE' }, author, { code: 'FORBIDDEN', reason: 'OWN_CONTENT' }],
        [{ type: 'PROPOSAL', id: p.id, reason: 'RUDE' }, resident, { code: 'BAD_USER_INPUT' }],
        [{ type: 'FORUM_POST', id: p.id, reason: 'SPAM' }, resident, { code: 'BAD_USER_INPUT' }],
        [{ type: 'PROPOSAL', id: p.id, reason: 'OTHER', note: 'x'.repeat(1001) }, resident, { code: 'BAD_USER_INPUT', fields: ['note'] }],
        [{ type: 'PROPOSAL', id: p.id, reason: 'OTHER', note: 'a\u0000b' }, resident, { code: 'BAD_USER_INPUT', fields: ['note'] }],
      ];
      for (const [variables, who, expected] of cases) {
        expect({ variables, error: errorOf(await t.gql(FLAG, variables, who.token)) }).toMatchObject({ variables, error: expected });
      }
      expect(await flagRows()).toBe(before);
      expect(await t.sql('SELECT count(*)::int AS n FROM moderation_items WHERE target_id = ANY($1)', [[p.id, draft.id, c]])).toEqual([
        { n: 0 },
      ]);
      // A note of exactly 1000 characters is fine; a blank one is stored as none.
      expect(await flag(t, resident, 'PROPOSAL', p.id, 'OTHER', 'y'.repeat(1000))).toBe(true);
      expect(await flag(t, council, 'PROPOSAL', p.id, 'OTHER', '   ')).toBe(true);
      const notes = await t.sql(
        `SELECT char_length(note) AS n FROM flags f JOIN moderation_items i ON i.id = f.item_id WHERE i.target_id = $1 ORDER BY 1`,
        [p.id],
      );
      expect(notes).toEqual([{ n: 1000 }, { n: null }]);
    });

    it('keeps one flag per user and an exact open count when 50 users flag at once, some twice', async () => {
      const p = await publishedProposal(t, author, { title: 'Très signalée' });
      const flaggers = await Promise.all(Array.from({ length: 50 }, () => t.factories.resident()));
      const reasons = ['SPAM', 'ABUSE', 'OFF_TOPIC', 'PERSONAL_DATA', 'OTHER'];
      const results = await Promise.all([
        ...flaggers.map((u, i) => t.gql(FLAG, { type: 'PROPOSAL', id: p.id, reason: reasons[i % 5] }, u.token)),
        // The repeats race their user's first flag (either may land first): the same reason, so
        // the counts below do not depend on which one stands.
        ...flaggers.slice(0, 20).map((u, i) => t.gql(FLAG, { type: 'PROPOSAL', id: p.id, reason: reasons[i % 5] }, u.token)),
      ]);
      expect(results.filter((r) => r.errors).map((r) => r.errors)).toEqual([]);
      expect(await openCounts(t, 'PROPOSAL', p.id)).toEqual({ counter: 50, rows: 50 });
      const item = (await t.gqlOk(ITEM, { type: 'PROPOSAL', id: p.id }, moderator.token)).moderationItem;
      expect(item.openFlagCount).toBe(50);
      expect(item.reasonCounts).toEqual([
        { reason: 'ABUSE', count: 10 },
        { reason: 'PERSONAL_DATA', count: 10 },
        { reason: 'SPAM', count: 10 },
        { reason: 'OFF_TOPIC', count: 10 },
        { reason: 'OTHER', count: 10 },
      ]);
      expect(item.notes.totalCount).toBe(0);
      // Flagging again afterwards changes nothing: the first flag stands (no other reason, no note).
      await t.gql(FLAG, { type: 'PROPOSAL', id: p.id, reason: 'OTHER', note: 'again' }, flaggers[1]!.token);
      const after = (await t.gqlOk(ITEM, { type: 'PROPOSAL', id: p.id }, moderator.token)).moderationItem;
      expect({ open: after.openFlagCount, reasons: after.reasonCounts, notes: after.notes.totalCount }).toEqual({
        open: 50,
        reasons: item.reasonCounts,
        notes: 0,
      });
    });
  });

  describe('dismissing flags', () => {
    it('takes the item out of the queue until someone else flags it; the log keeps it; moderators only', async () => {
      const p = await publishedProposal(t, author, { title: 'À examiner' });
      const [x, y, z] = await Promise.all([t.factories.resident(), t.factories.resident(), t.factories.resident()]);
      await flag(t, x, 'PROPOSAL', p.id, 'SPAM');
      await flag(t, y, 'PROPOSAL', p.id, 'OFF_TOPIC');
      for (const who of [undefined, resident, council]) {
        expect(errorOf(await t.gql(DISMISS, { type: 'PROPOSAL', id: p.id }, who?.token)).code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
      }
      expect(await openCounts(t, 'PROPOSAL', p.id)).toEqual({ counter: 2, rows: 2 });
      expect((await t.gqlOk(DISMISS, { type: 'PROPOSAL', id: p.id, reason: 'Rien d’anormal' }, moderator.token)).dismissFlags).toBe(true);
      expect(await openCounts(t, 'PROPOSAL', p.id)).toEqual({ counter: 0, rows: 0 });
      const inQueue = async () =>
        (await t.gqlOk(QUEUE_IDS, { first: 100 }, moderator.token)).moderationQueue.edges.some((e: any) => e.node.targetId === p.id);
      expect(await inQueue()).toBe(false);
      expect(errorOf(await t.gql(DISMISS, { type: 'PROPOSAL', id: p.id }, moderator.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'NO_OPEN_FLAGS',
      });
      // The same flaggers again: their flags exist (resolved), nothing changes.
      await flag(t, x, 'PROPOSAL', p.id, 'ABUSE');
      expect(await inQueue()).toBe(false);
      // Someone new: back in the queue, with only the new flag open.
      await flag(t, z, 'PROPOSAL', p.id, 'ABUSE');
      expect(await inQueue()).toBe(true);
      expect(await openCounts(t, 'PROPOSAL', p.id)).toEqual({ counter: 1, rows: 1 });
      const log = (await t.gqlOk(LOG, { filter: { targetId: p.id } }, moderator.token)).moderationLog;
      expect(log.edges.map((e: any) => e.node)).toEqual([
        expect.objectContaining({
          action: 'DISMISS_FLAGS',
          targetType: 'PROPOSAL',
          reason: 'Rien d’anormal',
          details: { flagsDismissed: 2 },
          actor: { id: moderator.id },
          subject: { id: author.id },
        }),
      ]);
    });

    it('answers NOT_FOUND for an item that does not exist', async () => {
      expect(errorOf(await t.gql(DISMISS, { type: 'COMMENT', id: '00000000-0000-4000-8000-000000000000' }, admin.token))).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'TARGET_NOT_FOUND',
      });
    });
  });

  describe('looking an item up', () => {
    it('shows moderators an item never flagged, so they can act on it; others are refused', async () => {
      const p = await publishedProposal(t, author, { title: 'Jamais signalée' });
      const item = (await t.gqlOk(ITEM, { type: 'PROPOSAL', id: p.id }, moderator.token)).moderationItem;
      expect(item).toMatchObject({ openFlagCount: 0, reasonCounts: [], notes: { totalCount: 0 }, content: { title: 'Jamais signalée' } });
      expect(
        (await t.gqlOk(ITEM, { type: 'PROPOSAL', id: '00000000-0000-4000-8000-000000000000' }, moderator.token)).moderationItem,
      ).toBeNull();
      expect(errorOf(await t.gql(ITEM, { type: 'PROPOSAL', id: p.id }, resident.token))).toMatchObject({ code: 'FORBIDDEN' });
      // And hide it in passing.
      expect((await t.gqlOk(HIDE, { type: 'PROPOSAL', id: p.id, reason: 'Hors charte' }, moderator.token)).hideContent).toBe(true);
      expect((await t.gqlOk(ITEM, { type: 'PROPOSAL', id: p.id }, moderator.token)).moderationItem.content).toMatchObject({
        hidden: true,
        hiddenReason: 'Hors charte',
      });
    });
  });
});
