import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changesTopic } from '../../src/notifications/live';
import { createConsultation } from '../harness/consultations';
import type { TestUser } from '../harness/factories';
import { liveClient, LiveSubscription, waitForListeners } from '../harness/live';
import { fetchBytes, smallImage, upload } from '../harness/media';
import { FLAG, flag, HIDE, LOG, notificationsOf, openCounts, QUEUE_IDS, RESTORE, TRANSPARENCY } from '../harness/moderation';
import { publishedProposal, SUPPORT } from '../harness/proposals';
import { file, fileFormality, move, setup, Setup } from '../harness/service-requests';
import { errorOf, TestApp } from '../harness/test-app';

const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const PROPOSAL = `query($id: ID!) { proposal(id: $id) { id title body hidden hiddenReason location { lat } images { id } commentCount } }`;
const LIST = `query($filter: ProposalFilter) { proposals(first: 100, filter: $filter) { totalCount edges { node { id } } } }`;
const SIMILAR = `query($title: String!) { similarProposals(title: $title, first: 20) { id } }`;
const COMMENT = `query($id: ID!) { comment(id: $id) { id body hidden hiddenReason author { id } } }`;
const THREAD = `query($id: ID!) { proposal(id: $id) { commentCount comments(first: 50) { totalCount edges { node { id hidden body } } } } }`;
const REQUEST = `query($id: ID!) { serviceRequest(id: $id) { id images { id hidden hiddenReason url(variant: THUMB) } } }`;
const IMAGE = `query($id: ID!) { image(id: $id) { id } }`;
const REPLY = `mutation($id: ID!, $body: String!, $imageIds: [ID!]) { replyToServiceRequest(id: $id, body: $body, imageIds: $imageIds) { id } }`;

/**
 * Hiding and restoring, as the public, the author and moderators see it, for every kind of
 * flaggable content (a proposal, a comment on a proposal and on a consultation, a public request's
 * photo); the log of every decision; the public transparency counts.
 */
describe('moderation: hide and restore', () => {
  let t: TestApp;
  let mediaDir: string;
  let author: TestUser;
  let other: TestUser;
  let moderator: TestUser;
  let admin: TestUser;
  let council: TestUser;
  let agentElsewhere: TestUser;

  beforeAll(async () => {
    mediaDir = mkdtempSync(join(tmpdir(), 'parvis-moderation-'));
    t = await TestApp.start({ MEDIA_DIR: mediaDir });
    [author, other, moderator, admin, council, agentElsewhere] = await Promise.all([
      t.factories.resident({ displayName: 'Auteur' }),
      t.factories.resident(),
      t.factories.moderator(),
      t.factories.admin(),
      t.factories.council(),
      t.factories.agent(),
    ]);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(mediaDir, { recursive: true, force: true });
  });

  const listed = async (token?: string, filter?: Record<string, unknown>) =>
    (await t.gqlOk(LIST, { filter }, token)).proposals.edges.map((e: any) => e.node.id) as string[];
  const comment = async (who: TestUser, targetType: string, targetId: string, body: string): Promise<string> =>
    (await t.gqlOk(ADD_COMMENT, { input: { targetType, targetId, body } }, who.token)).addComment.id;

  describe('a proposal', () => {
    it('refuses every role but moderators and admins, changing nothing', async () => {
      const p = await publishedProposal(t, author, { title: 'Personne ne la cache' });
      for (const who of [undefined, other, council, agentElsewhere, author]) {
        const res = await t.gql(HIDE, { type: 'PROPOSAL', id: p.id, reason: 'Non' }, who?.token);
        expect(errorOf(res).code).toBe(who ? 'FORBIDDEN' : 'UNAUTHENTICATED');
        expect(errorOf(await t.gql(RESTORE, { type: 'PROPOSAL', id: p.id }, who?.token)).code).toBe(who ? 'FORBIDDEN' : 'UNAUTHENTICATED');
      }
      expect(await t.sql('SELECT hidden_at FROM proposals WHERE id = $1', [p.id])).toEqual([{ hidden_at: null }]);
      expect(await t.sql('SELECT count(*)::int AS n FROM moderation_log WHERE target_id = $1', [p.id])).toEqual([{ n: 0 }]);
      expect(await t.sql('SELECT count(*)::int AS n FROM moderation_items WHERE target_id = $1', [p.id])).toEqual([{ n: 0 }]);
    });

    it('is gone from lists and searches for the public, shown as hidden in place; its author sees it with the reason and is told', async () => {
      const p = await publishedProposal(t, author, {
        title: 'Achetez des montres de luxe',
        body: 'Contactez-moi au 06 00 00 00 00.',
        location: { lat: 47.5, lng: 1.3 },
      });
      const [x, y, z] = await Promise.all([t.factories.resident(), t.factories.resident(), t.factories.resident()]);
      await flag(t, x, 'PROPOSAL', p.id, 'SPAM');
      await flag(t, y, 'PROPOSAL', p.id, 'SPAM');
      await flag(t, z, 'PROPOSAL', p.id, 'PERSONAL_DATA', 'Un numéro de téléphone');
      expect(await listed()).toContain(p.id);

      // Errors name the field and change nothing.
      expect(errorOf(await t.gql(HIDE, { type: 'PROPOSAL', id: p.id, reason: '   ' }, moderator.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['reason'],
      });
      expect(errorOf(await t.gql(HIDE, { type: 'PROPOSAL', id: p.id, reason: 'x'.repeat(1001) }, moderator.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['reason'],
      });
      expect(
        errorOf(await t.gql(HIDE, { type: 'PROPOSAL', id: '00000000-0000-4000-8000-000000000000', reason: 'x' }, moderator.token)),
      ).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'TARGET_NOT_FOUND',
      });
      expect(await openCounts(t, 'PROPOSAL', p.id)).toEqual({ counter: 3, rows: 3 });

      expect(
        (await t.gqlOk(HIDE, { type: 'PROPOSAL', id: p.id, reason: 'Publicité et numéro de téléphone' }, moderator.token)).hideContent,
      ).toBe(true);

      // The public: out of every list and search, hidden in place with nothing of its content.
      for (const token of [undefined, other.token, council.token]) {
        expect(await listed(token)).not.toContain(p.id);
        expect((await t.gqlOk(SIMILAR, { title: 'montres de luxe' }, token)).similarProposals.map((s: any) => s.id)).not.toContain(p.id);
        expect((await t.gqlOk(PROPOSAL, { id: p.id }, token)).proposal).toMatchObject({
          hidden: true,
          hiddenReason: null,
          title: '',
          body: '',
          location: null,
          images: [],
        });
      }
      // Its author: the content, the reason, their own list, a notification.
      expect((await t.gqlOk(PROPOSAL, { id: p.id }, author.token)).proposal).toMatchObject({
        hidden: true,
        hiddenReason: 'Publicité et numéro de téléphone',
        title: 'Achetez des montres de luxe',
        location: { lat: 47.5 },
      });
      expect(await listed(author.token, { authorId: author.id })).toContain(p.id);
      expect(await listed(other.token, { authorId: author.id })).not.toContain(p.id);
      const [told] = await notificationsOf(t, author, 'CONTENT_HIDDEN');
      expect(told).toMatchObject({
        targetType: 'ACCOUNT',
        targetId: author.id,
        payload: {
          contentType: 'PROPOSAL',
          contentId: p.id,
          title: 'Achetez des montres de luxe',
          excerpt: 'Contactez-moi au 06 00 00 00 00.',
          path: `/proposals/${p.id}`,
          reason: 'Publicité et numéro de téléphone',
          ground: 'SPAM',
        },
      });
      // Moderators read it all.
      expect((await t.gqlOk(PROPOSAL, { id: p.id }, moderator.token)).proposal).toMatchObject({
        title: 'Achetez des montres de luxe',
        hiddenReason: 'Publicité et numéro de téléphone',
      });

      // Its flags are resolved: out of the queue. It takes no supports, comments or new flags.
      expect(await openCounts(t, 'PROPOSAL', p.id)).toEqual({ counter: 0, rows: 0 });
      expect(
        (await t.gqlOk(QUEUE_IDS, { first: 100 }, moderator.token)).moderationQueue.edges.map((e: any) => e.node.targetId),
      ).not.toContain(p.id);
      expect(errorOf(await t.gql(SUPPORT, { id: p.id }, other.token))).toMatchObject({ code: 'CONFLICT', reason: 'PROPOSAL_HIDDEN' });
      expect(
        errorOf(await t.gql(ADD_COMMENT, { input: { targetType: 'PROPOSAL', targetId: p.id, body: 'Et alors ?' } }, other.token)),
      ).toMatchObject({
        code: 'CONFLICT',
        reason: 'PROPOSAL_HIDDEN',
      });
      expect(errorOf(await t.gql(FLAG, { type: 'PROPOSAL', id: p.id, reason: 'SPAM' }, other.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'ALREADY_HIDDEN',
      });
      expect(errorOf(await t.gql(HIDE, { type: 'PROPOSAL', id: p.id, reason: 'Encore' }, admin.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'ALREADY_HIDDEN',
      });

      // Restored by an admin: back everywhere; the author is told.
      expect(
        (await t.gqlOk(RESTORE, { type: 'PROPOSAL', id: p.id, reason: 'Numéro retiré par l’auteur' }, admin.token)).restoreContent,
      ).toBe(true);
      expect(await listed()).toContain(p.id);
      expect((await t.gqlOk(PROPOSAL, { id: p.id })).proposal).toMatchObject({ hidden: false, title: 'Achetez des montres de luxe' });
      expect((await notificationsOf(t, author, 'CONTENT_RESTORED'))[0].payload).toMatchObject({
        contentType: 'PROPOSAL',
        contentId: p.id,
        reason: 'Numéro retiré par l’auteur',
      });
      expect(errorOf(await t.gql(RESTORE, { type: 'PROPOSAL', id: p.id }, admin.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'NOT_HIDDEN',
      });

      // The log has both decisions, with who, why and the ground (the most frequent open reason).
      const log = (await t.gqlOk(LOG, { filter: { targetId: p.id } }, moderator.token)).moderationLog;
      expect(log.edges.map((e: any) => e.node)).toEqual([
        expect.objectContaining({ action: 'RESTORE', ground: 'SPAM', reason: 'Numéro retiré par l’auteur', actor: { id: admin.id } }),
        expect.objectContaining({
          action: 'HIDE',
          ground: 'SPAM',
          reason: 'Publicité et numéro de téléphone',
          actor: { id: moderator.id },
          subject: { id: author.id },
          details: { flagsResolved: 3 },
        }),
      ]);
    });

    it('lets two moderators hide the same item at once: one does it, the other is told', async () => {
      const p = await publishedProposal(t, author, { title: 'Deux modérateurs' });
      const second = await t.factories.moderator();
      const results = await Promise.all(
        [moderator, second].map((m) => t.gql(HIDE, { type: 'PROPOSAL', id: p.id, reason: `par ${m.id}` }, m.token)),
      );
      expect(results.filter((r) => r.data?.hideContent === true)).toHaveLength(1);
      expect(results.map((r) => errorOf(r).reason).filter(Boolean)).toEqual(['ALREADY_HIDDEN']);
      expect(await t.sql(`SELECT count(*)::int AS n FROM moderation_log WHERE target_id = $1 AND action = 'HIDE'`, [p.id])).toEqual([
        { n: 1 },
      ]);
      expect(await notificationsOf(t, author, 'CONTENT_HIDDEN').then((n) => n.filter((x) => x.payload.contentId === p.id))).toHaveLength(1);
    });
  });

  describe('a comment', () => {
    it('on a proposal: stays in its thread as hidden and counted; its author reads it with the reason and is told where', async () => {
      const p = await publishedProposal(t, other, { title: 'Un parc pour chiens' });
      const c = await comment(author, 'PROPOSAL', p.id, 'Les propriétaires de chiens sont des imbéciles');
      await flag(t, other, 'COMMENT', c, 'ABUSE', 'Insultant');
      const before = (await t.gqlOk(THREAD, { id: p.id })).proposal;
      expect(
        (await t.gqlOk(HIDE, { type: 'COMMENT', id: c, reason: 'Propos injurieux', ground: 'ABUSE' }, moderator.token)).hideContent,
      ).toBe(true);
      const after = (await t.gqlOk(THREAD, { id: p.id })).proposal;
      expect(after.commentCount).toBe(before.commentCount);
      expect(after.comments.totalCount).toBe(before.comments.totalCount);
      expect(after.comments.edges.find((e: any) => e.node.id === c).node).toEqual({ id: c, hidden: true, body: null });
      for (const token of [undefined, other.token, council.token]) {
        expect((await t.gqlOk(COMMENT, { id: c }, token)).comment).toMatchObject({ hidden: true, body: null, hiddenReason: null });
      }
      for (const token of [author.token, moderator.token, admin.token]) {
        expect((await t.gqlOk(COMMENT, { id: c }, token)).comment).toMatchObject({
          hidden: true,
          body: 'Les propriétaires de chiens sont des imbéciles',
          hiddenReason: 'Propos injurieux',
        });
      }
      const told = (await notificationsOf(t, author, 'CONTENT_HIDDEN')).find((n) => n.payload.contentId === c);
      expect(told.payload).toMatchObject({
        contentType: 'COMMENT',
        title: null,
        excerpt: 'Les propriétaires de chiens sont des imbéciles',
        contextType: 'PROPOSAL',
        contextTitle: 'Un parc pour chiens',
        path: `/proposals/${p.id}#comment-${c}`,
        reason: 'Propos injurieux',
        ground: 'ABUSE',
      });
      expect((await t.gqlOk(RESTORE, { type: 'COMMENT', id: c }, moderator.token)).restoreContent).toBe(true);
      expect((await t.gqlOk(COMMENT, { id: c })).comment).toMatchObject({
        hidden: false,
        body: 'Les propriétaires de chiens sont des imbéciles',
      });
      expect((await notificationsOf(t, author, 'CONTENT_RESTORED')).find((n) => n.payload.contentId === c).payload.reason).toBeNull();
    });

    it('on a consultation: hidden the same way, its context named', async () => {
      const consultation = await createConsultation(t, council, { title: 'Le budget des fêtes' });
      const c = await comment(author, 'CONSULTATION', consultation.id, 'Hors sujet total');
      expect(
        (await t.gqlOk(HIDE, { type: 'COMMENT', id: c, reason: 'Hors sujet', ground: 'OFF_TOPIC' }, moderator.token)).hideContent,
      ).toBe(true);
      expect((await t.gqlOk(COMMENT, { id: c })).comment).toMatchObject({ hidden: true, body: null });
      expect((await t.gqlOk(COMMENT, { id: c }, author.token)).comment).toMatchObject({
        body: 'Hors sujet total',
        hiddenReason: 'Hors sujet',
      });
      const told = (await notificationsOf(t, author, 'CONTENT_HIDDEN')).find((n) => n.payload.contentId === c);
      expect(told.payload).toMatchObject({
        contextType: 'CONSULTATION',
        contextTitle: 'Le budget des fêtes',
        path: `/consultations/${consultation.id}#comment-${c}`,
        ground: 'OFF_TOPIC',
      });
    });

    it('cannot hide a deleted comment (nothing is left to hide)', async () => {
      const p = await publishedProposal(t, other);
      const c = await comment(author, 'PROPOSAL', p.id, 'Je retire');
      await t.gqlOk(`mutation($id: ID!) { deleteComment(id: $id) { id } }`, { id: c }, author.token);
      expect(errorOf(await t.gql(HIDE, { type: 'COMMENT', id: c, reason: 'x' }, moderator.token))).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'TARGET_NOT_FOUND',
      });
      expect(await t.sql('SELECT count(*)::int AS n FROM moderation_items WHERE target_id = $1', [c])).toEqual([{ n: 0 }]);
    });
  });

  describe('a photo of a public request', () => {
    let s: Setup;
    beforeAll(async () => {
      s = await setup(t);
    });

    const uploadAs = async (who: TestUser, width: number) =>
      (await upload(t, await smallImage('jpeg', width, 40), { token: who.token }).expect(201)).body.id as string;
    const imagesAs = async (requestId: string, token?: string) =>
      (await t.gqlOk(REQUEST, { id: requestId }, token)).serviceRequest.images as {
        id: string;
        hidden: boolean;
        hiddenReason: string | null;
        url: string;
      }[];

    it('can be flagged only where the public sees it', async () => {
      const [a, b] = [await uploadAs(s.resident, 60), await uploadAs(s.resident, 61)];
      const formality = await fileFormality(t, s.resident, s.formalityId, { imageIds: [a] });
      const report = await file(t, s.resident, s.reportId, { imageIds: [b] });
      await move(t, s.agent, report.id, 'WAITING_FOR_RESIDENT', 'Une photo de plus ?');
      const c = await uploadAs(s.resident, 62);
      await t.gqlOk(REPLY, { id: report.id, body: 'La voici', imageIds: [c] }, s.resident.token);
      expect(formality.id).toBeTruthy();
      for (const id of [a, c]) {
        expect(errorOf(await t.gql(FLAG, { type: 'SERVICE_REQUEST_PHOTO', id, reason: 'PERSONAL_DATA' }, s.other.token))).toMatchObject({
          code: 'NOT_FOUND',
          reason: 'TARGET_NOT_FOUND',
        });
      }
      expect(errorOf(await t.gql(FLAG, { type: 'SERVICE_REQUEST_PHOTO', id: b, reason: 'SPAM' }, s.resident.token))).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'OWN_CONTENT',
      });
      expect(await flag(t, s.other, 'SERVICE_REQUEST_PHOTO', b, 'PERSONAL_DATA', 'On voit une plaque d’immatriculation')).toBe(true);
    });

    it('once hidden, leaves the public view and its public URL; the requester, staff and moderators still see it', async () => {
      const [keep, hide] = [await uploadAs(s.resident, 70), await uploadAs(s.resident, 71)];
      const report = await file(t, s.resident, s.reportId, { imageIds: [keep, hide] });
      await flag(t, s.other, 'SERVICE_REQUEST_PHOTO', hide, 'PERSONAL_DATA');
      const publicUrl = `/media/${hide}/thumb`;
      await fetchBytes(t, publicUrl).expect(200);

      const queued = (
        await t.gqlOk(
          `query { moderationQueue(first: 100) { edges { node { targetId content { path context { type id title } image { id url(variant: THUMB) } author { id } } } } } }`,
          {},
          moderator.token,
        )
      ).moderationQueue.edges.find((e: any) => e.node.targetId === hide).node;
      expect(queued.content).toMatchObject({
        path: `/service-requests/${report.id}`,
        context: { type: 'SERVICE_REQUEST', id: report.id, title: report.reference },
        image: { id: hide },
        author: { id: s.resident.id },
      });

      expect(
        (
          await t.gqlOk(
            HIDE,
            { type: 'SERVICE_REQUEST_PHOTO', id: hide, reason: 'Plaque lisible', ground: 'PERSONAL_DATA' },
            moderator.token,
          )
        ).hideContent,
      ).toBe(true);

      // The public: the photo is gone from the request, its URL and the image query.
      for (const token of [undefined, s.other.token, council.token]) {
        expect((await imagesAs(report.id, token)).map((i) => i.id)).toEqual([keep]);
        expect((await t.gqlOk(IMAGE, { id: hide }, token)).image).toBeNull();
      }
      await fetchBytes(t, publicUrl).expect(404);

      // The requester: marked hidden, with the reason, through a signed URL that works.
      const mine = await imagesAs(report.id, s.resident.token);
      expect(mine.map((i) => [i.id, i.hidden, i.hiddenReason])).toEqual([
        [keep, false, null],
        [hide, true, 'Plaque lisible'],
      ]);
      const signed = mine[1].url;
      expect(signed).toMatch(/sig=/);
      await fetchBytes(t, signed).expect(200);
      // Staff of the department see it marked (the reason is the requester's and moderators'); moderators see it all.
      expect((await imagesAs(report.id, s.agent.token)).map((i) => [i.id, i.hidden, i.hiddenReason])).toEqual([
        [keep, false, null],
        [hide, true, null],
      ]);
      expect((await imagesAs(report.id, moderator.token)).map((i) => [i.id, i.hidden, i.hiddenReason])).toEqual([
        [keep, false, null],
        [hide, true, 'Plaque lisible'],
      ]);
      const told = (await notificationsOf(t, s.resident, 'CONTENT_HIDDEN')).find((n) => n.payload.contentId === hide);
      expect(told.payload).toMatchObject({
        contentType: 'SERVICE_REQUEST_PHOTO',
        contextType: 'SERVICE_REQUEST',
        contextTitle: report.reference,
        path: `/service-requests/${report.id}`,
        reason: 'Plaque lisible',
        ground: 'PERSONAL_DATA',
      });

      // Restored: public again, at its public URL.
      expect((await t.gqlOk(RESTORE, { type: 'SERVICE_REQUEST_PHOTO', id: hide }, moderator.token)).restoreContent).toBe(true);
      expect((await imagesAs(report.id)).map((i) => [i.id, i.hidden])).toEqual([
        [keep, false],
        [hide, false],
      ]);
      await fetchBytes(t, publicUrl).expect(200);
      expect(await t.sql('SELECT count(*)::int AS n FROM service_request_hidden_images WHERE image_id = $1', [hide])).toEqual([{ n: 0 }]);
    });

    it('is taken off a page watched live, for the public, as soon as it is hidden', async () => {
      const photo = await uploadAs(s.resident, 80);
      const report = await file(t, s.resident, s.reportId, { imageIds: [photo] });
      const client = await liveClient(t);
      try {
        const live = new LiveSubscription(client, `subscription($id: ID!) { serviceRequestUpdated(id: $id) { id images { id } } }`, {
          id: report.id,
        });
        await waitForListeners(t, changesTopic({ targetType: 'SERVICE_REQUEST', targetId: report.id }));
        await t.gqlOk(HIDE, { type: 'SERVICE_REQUEST_PHOTO', id: photo, reason: 'Visage reconnaissable' }, moderator.token);
        const [update] = await live.waitFor(1);
        expect(update.data?.serviceRequestUpdated).toEqual({ id: report.id, images: [] });
        live.unsubscribe();
      } finally {
        await client.dispose();
      }
    });
  });

  describe('the log', () => {
    it('is read by moderators and admins only, newest first, filtered and paged', async () => {
      for (const who of [other, council, agentElsewhere])
        expect(errorOf(await t.gql(LOG, {}, who.token))).toMatchObject({ code: 'FORBIDDEN' });
      expect(errorOf(await t.gql(LOG, {}))).toMatchObject({ code: 'UNAUTHENTICATED' });
      const all = (await t.gqlOk(LOG, { first: 100 }, admin.token)).moderationLog;
      expect(all.totalCount).toBe((await t.sql('SELECT count(*)::int AS n FROM moderation_log'))[0].n);
      const times = all.edges.map((e: any) => e.node.createdAt);
      expect([...times].sort().reverse()).toEqual(times);
      const hides = (await t.gqlOk(LOG, { first: 100, filter: { action: 'HIDE' } }, moderator.token)).moderationLog;
      expect(hides.edges.every((e: any) => e.node.action === 'HIDE')).toBe(true);
      expect(hides.totalCount).toBe((await t.sql(`SELECT count(*)::int AS n FROM moderation_log WHERE action = 'HIDE'`))[0].n);
      const byAuthor = (await t.gqlOk(LOG, { first: 100, filter: { userId: author.id } }, moderator.token)).moderationLog;
      expect(byAuthor.edges.length).toBeGreaterThan(0);
      expect(byAuthor.edges.every((e: any) => e.node.subject.id === author.id)).toBe(true);
      const first = (await t.gqlOk(LOG, { first: 2 }, moderator.token)).moderationLog;
      const next = (await t.gqlOk(LOG, { first: 2, after: first.pageInfo.endCursor }, moderator.token)).moderationLog;
      expect([...first.edges, ...next.edges].map((e: any) => e.node.id)).toEqual(all.edges.slice(0, 4).map((e: any) => e.node.id));
    });
  });

  describe('transparency', () => {
    it('counts, for anyone, what was hidden per month and ground, and restored, with no content', async () => {
      // What this file did, counted from the log itself...
      const expected = await t.sql(
        `SELECT to_char(created_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM') AS month, ground,
                count(*) FILTER (WHERE action = 'HIDE')::int AS hidden, count(*) FILTER (WHERE action = 'RESTORE')::int AS restored
           FROM moderation_log WHERE action IN ('HIDE', 'RESTORE') GROUP BY 1, 2 ORDER BY 1, 2`,
      );
      const report = (await t.gqlOk(TRANSPARENCY, {})).moderationTransparency;
      expect(report.byGround).toEqual(expected);
      // ...and what that is: a proposal (SPAM), a comment (ABUSE) and a photo (PERSONAL_DATA) hidden then
      // restored; a comment hidden for OFF_TOPIC; unflagged items hidden without a ground named (OTHER):
      // the proposal two moderators raced for, and the photo watched live.
      // (Summed over months, should the file run across midnight at the end of a month.)
      const totals: Record<string, number[]> = {};
      for (const l of report.byGround)
        totals[l.ground] = [(totals[l.ground]?.[0] ?? 0) + l.hidden, (totals[l.ground]?.[1] ?? 0) + l.restored];
      expect(totals).toEqual({ ABUSE: [1, 1], OFF_TOPIC: [1, 0], PERSONAL_DATA: [1, 1], SPAM: [1, 1], OTHER: [2, 0] });
      const sum = (key: string) => report.byMonth.reduce((n: number, m: any) => n + m[key], 0);
      expect([sum('hidden'), sum('restored'), sum('suspensions')]).toEqual([6, 3, 0]);
      expect(sum('flags')).toBe((await t.sql('SELECT count(*)::int AS n FROM flags'))[0].n);
      expect(JSON.stringify(report)).not.toMatch(/montres|imbéciles|Plaque/);
    });

    it('counts by the commune’s months (Paris time) and refuses a period that is upside down or too long', async () => {
      // 31 March 22:30 UTC is already 1 April in Paris (summer time).
      await t.sql(
        `INSERT INTO moderation_log (actor_id, action, target_type, target_id, reason, ground, created_at)
         VALUES ($1, 'HIDE', 'PROPOSAL', gen_random_uuid(), 'test', 'SPAM', '2026-03-31T22:30:00Z')`,
        [moderator.id],
      );
      const spring = (await t.gqlOk(TRANSPARENCY, { from: '2026-03-01T00:00:00Z', to: '2026-05-01T00:00:00Z' })).moderationTransparency;
      expect(spring.byGround).toEqual([{ month: '2026-04', ground: 'SPAM', hidden: 1, restored: 0 }]);
      expect(errorOf(await t.gql(TRANSPARENCY, { from: '2026-05-01T00:00:00Z', to: '2026-03-01T00:00:00Z' }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['to'],
      });
      expect(errorOf(await t.gql(TRANSPARENCY, { from: '2016-01-01T00:00:00Z', to: '2026-03-01T00:00:00Z' }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['from'],
      });
    });
  });
});
