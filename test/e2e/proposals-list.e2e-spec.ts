import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestUser } from '../harness/factories';
import { smallImage, upload } from '../harness/media';
import { ANSWER, createDraft, proposalIn, publishedProposal, SUPPORT, WITHDRAW } from '../harness/proposals';
import { errorOf, TestApp } from '../harness/test-app';

const LIST = `query($first: Int, $after: String, $filter: ProposalFilter, $orderBy: ProposalOrder) {
  proposals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id title status supportCount commentCount } }
  }
}`;
const SIMILAR = `query($title: String!, $body: String, $first: Int) { similarProposals(title: $title, body: $body, first: $first) { id title status } }`;
const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;

describe('proposals: list, search, order, pages', () => {
  let t: TestApp;
  let alice: TestUser;
  let bruno: TestUser;
  let chloe: TestUser;
  let mobility: string;
  let environment: string;
  const ids: Record<string, string> = {};

  const list = async (variables: Record<string, unknown>, token?: string) =>
    (await t.gqlOk(LIST, { first: 100, ...variables }, token)).proposals;
  const idsOf = async (variables: Record<string, unknown>, token?: string) =>
    (await list(variables, token)).edges.map((e: any) => e.node.id);

  let mediaDir: string;

  beforeAll(async () => {
    mediaDir = mkdtempSync(join(tmpdir(), 'parvis-proposals-list-'));
    t = await TestApp.start({ PROPOSAL_SUPPORT_THRESHOLD: '50', MEDIA_DIR: mediaDir });
    [alice, bruno, chloe] = await Promise.all([t.factories.resident(), t.factories.resident(), t.factories.resident()]);
    mobility = (await t.factories.category('Mobilité')).id;
    environment = (await t.factories.category('Environnement')).id;
    const council = await t.factories.council();
    ids.cycle = (
      await publishedProposal(t, alice, {
        title: 'Une piste cyclable rue Nationale',
        body: "Les vélos n'ont aucune place pour circuler en sécurité entre la gare et le lycée.",
        categoryId: mobility,
        district: 'Centre-ville',
      })
    ).id;
    ids.trees = (
      await publishedProposal(t, bruno, {
        title: 'Des arbres dans la cour des écoles',
        body: "Planter des tilleuls pour donner de l'ombre aux élèves pendant les récréations.",
        categoryId: environment,
        district: 'Saint-Jean',
      })
    ).id;
    ids.lights = (
      await proposalIn(t, 'UNDER_REVIEW', chloe, council, {
        title: "Réparer l'éclairage du parc Beaulieu",
        body: 'Le parc est trop sombre le soir, on ne voit plus les allées.',
        categoryId: environment,
        district: 'Le Port',
      })
    ).id;
    ids.garage = (
      await publishedProposal(t, alice, {
        title: 'Un garage à VÉLOS sécurisé à la gare',
        body: 'Des box fermés pour les cyclistes qui prennent le train.',
        categoryId: mobility,
        district: 'Le Port',
      })
    ).id;
    const parking = await publishedProposal(t, bruno, { title: 'Parking vélo place du marché', body: 'Des arceaux devant les halles.' });
    ids.withdrawn = (await t.gqlOk(WITHDRAW, { id: parking.id }, bruno.token)).withdrawProposal.id;
    ids.draft = (await createDraft(t, alice, { title: 'Une piste cyclable rue Nationale', body: 'Brouillon de vélo.' })).id;
    await t.gqlOk(ANSWER, { id: ids.lights, input: { status: 'ACCEPTED', body: 'Adopté.' } }, council.token);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(mediaDir, { recursive: true, force: true });
  });

  describe('filters', () => {
    it('lists public proposals, newest first, never drafts', async () => {
      const page = await list({});
      expect(page.edges.map((e: any) => e.node.id)).toEqual([ids.withdrawn, ids.garage, ids.lights, ids.trees, ids.cycle]);
      expect(page.totalCount).toBe(5);
    });

    it('filters by status, category, district and author, combined', async () => {
      expect(await idsOf({ filter: { status: 'ACCEPTED' } })).toEqual([ids.lights]);
      expect(await idsOf({ filter: { status: 'WITHDRAWN' } })).toEqual([ids.withdrawn]);
      expect(await idsOf({ filter: { categoryId: mobility } })).toEqual([ids.garage, ids.cycle]);
      expect(await idsOf({ filter: { district: 'Le Port' } })).toEqual([ids.garage, ids.lights]);
      expect(await idsOf({ filter: { authorId: alice.id } })).toEqual([ids.garage, ids.cycle]);
      expect(await idsOf({ filter: { authorId: alice.id, district: 'Le Port', categoryId: mobility, status: 'PUBLISHED' } })).toEqual([
        ids.garage,
      ]);
      expect(await idsOf({ filter: { categoryId: environment, district: 'Centre-ville' } })).toEqual([]);
      expect((await list({ filter: { categoryId: mobility } })).totalCount).toBe(2);
    });

    it('refuses malformed filter ids with the field at fault', async () => {
      expect(errorOf(await t.gql(LIST, { filter: { categoryId: 'x' } }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['filter.categoryId'],
      });
      expect(errorOf(await t.gql(LIST, { filter: { authorId: 'x' } }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['filter.authorId'],
      });
      expect(errorOf(await t.gql(LIST, { first: 101 }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['first'] });
    });
  });

  describe('search (French full text, accents ignored)', () => {
    const found = (search: string, filter: Record<string, unknown> = {}) => idsOf({ filter: { search, ...filter } });

    it('finds words with or without accents, in any case and any form', async () => {
      for (const q of ['vélo', 'velo', 'VÉLOS', 'Velos']) expect(await found(q)).toEqual([ids.withdrawn, ids.garage, ids.cycle]);
      for (const q of ['école', 'ecoles', 'ÉCOLE']) expect(await found(q)).toEqual([ids.trees]);
      for (const q of ['éclairage', 'eclairage', 'Eclairages']) expect(await found(q)).toEqual([ids.lights]);
      expect(await found('élève')).toEqual([ids.trees]);
    });

    it('matches the body too, all words, word starts, and combines with filters', async () => {
      expect(await found('sombre soir')).toEqual([ids.lights]);
      expect(await found('sombre gare')).toEqual([]);
      expect(await found('rue nationale')).toEqual([ids.cycle]);
      expect(await found('cycl')).toEqual([ids.garage, ids.cycle]);
      expect(await found('gare', { categoryId: mobility })).toEqual([ids.garage, ids.cycle]);
      expect(await found('vélo', { status: 'PUBLISHED' })).toEqual([ids.garage, ids.cycle]);
      expect(await found('xylophone')).toEqual([]);
      expect(await found('   ')).toHaveLength(5);
      expect((await list({ filter: { search: 'velo' } })).totalCount).toBe(3);
    });

    it('never searches drafts, even their author’s', async () => {
      expect(await idsOf({ filter: { search: 'brouillon' } }, alice.token)).toEqual([]);
      expect(await idsOf({ filter: { search: 'brouillon', status: 'DRAFT' } }, alice.token)).toEqual([ids.draft]);
      expect(await idsOf({ filter: { search: 'brouillon', status: 'DRAFT' } }, bruno.token)).toEqual([]);
    });

    it('takes any text safely', async () => {
      for (const q of ["l'école & | ! ( :* <->", '\\', '"', "'; DROP TABLE proposals; --"]) {
        const res = await t.gql(LIST, { filter: { search: q } });
        expect(res.errors).toBeUndefined();
      }
    });
  });

  describe('similar proposals while writing', () => {
    it('offers the published proposals most like the title and body, most similar first', async () => {
      const { similarProposals } = await t.gqlOk(SIMILAR, { title: 'Piste cyclable sur la rue nationale', body: 'pour les vélos' });
      expect(similarProposals[0].id).toBe(ids.cycle);
      expect(similarProposals.map((p: any) => p.id)).not.toContain(ids.draft);
      const noAccents = await t.gqlOk(SIMILAR, { title: 'eclairage du parc' });
      expect(noAccents.similarProposals[0].id).toBe(ids.lights);
      const byBody = await t.gqlOk(SIMILAR, { title: 'Aménagement', body: 'Des tilleuls pour les récréations des élèves' });
      expect(byBody.similarProposals.map((p: any) => p.id)).toEqual([ids.trees]);
    });

    it('leaves out drafts and withdrawn proposals, and answers nothing for nothing alike', async () => {
      const { similarProposals } = await t.gqlOk(SIMILAR, { title: 'Parking vélo place du marché', body: 'arceaux devant les halles' });
      expect(similarProposals.map((p: any) => p.id)).not.toContain(ids.withdrawn);
      expect((await t.gqlOk(SIMILAR, { title: 'Xylophones municipaux' })).similarProposals).toEqual([]);
      expect((await t.gqlOk(SIMILAR, { title: '' })).similarProposals).toEqual([]);
      expect((await t.gqlOk(SIMILAR, { title: 'vélo', first: 1 })).similarProposals).toHaveLength(1);
      expect(errorOf(await t.gql(SIMILAR, { title: 'vélo', first: 50 }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['first'] });
    });

    it('finds similar proposals through the trigram and full-text indexes, with the very statement the app sends', async () => {
      // The app's own SQL and parameters, captured as the server sent them, then EXPLAINed as they are.
      const sent = async (query: string, variables: Record<string, unknown>, pattern: RegExp) => {
        const { statements } = await t.queryCounter.measure(() => t.gqlOk(query, variables));
        const matching = statements.filter((st) => pattern.test(st.sql));
        expect(matching.length).toBeGreaterThan(0);
        return matching;
      };
      const [similar] = await sent(SIMILAR, { title: 'piste cyclable', body: 'vélo' }, / % /);

      // A commune's worth of proposals, fresh statistics, and the plans, all in a transaction of the
      // test's own connection that is rolled back: the server and the other tests never see them.
      // (On the handful of rows above, reading the whole table is rightly the cheapest plan.)
      const plan = async (st: { sql: string; parameters: unknown[] }) =>
        (await t.sql(`EXPLAIN ${st.sql}`, st.parameters)).map((r: any) => r['QUERY PLAN']).join('\n');
      await t.sql('BEGIN');
      try {
        await t.sql(
          `INSERT INTO proposals (author_id, title, body, status, published_at)
           SELECT $1, (ARRAY['Un banc', 'Une fontaine', 'Des fleurs', 'Un abri', 'Une fresque'])[1 + i % 5] || ' quartier ' || i,
                  'Texte de la proposition ' || i || ' pour la commune.', 'PUBLISHED', now()
           FROM generate_series(1, 20000) AS i`,
          [alice.id],
        );
        await t.sql('ANALYZE proposals');
        const similarPlan = await plan(similar);
        expect(similarPlan).toContain('ix_proposals_title_trgm');
        expect(similarPlan).toContain('ix_proposals_search_vector');
      } finally {
        await t.sql('ROLLBACK');
      }
    });
  });

  describe('order and pages', () => {
    let dan: TestUser;
    let set: string[];
    beforeAll(async () => {
      dan = await t.factories.resident();
      const supporters = await Promise.all(Array.from({ length: 4 }, () => t.factories.resident()));
      set = [];
      // supports: 2, 0, 4, 2, 1 — comments: 1, 3, 0, 1, 2 (ties are broken by id)
      const supports = [2, 0, 4, 2, 1];
      const comments = [1, 3, 0, 1, 2];
      for (let i = 0; i < 5; i++) {
        const p = await publishedProposal(t, dan, { title: `Idée numéro ${i + 1}` });
        set.push(p.id);
        for (const s of supporters.slice(0, supports[i])) await t.gqlOk(SUPPORT, { id: p.id }, s.token);
        for (let c = 0; c < comments[i]; c++) {
          await t.gqlOk(ADD_COMMENT, { input: { targetType: 'PROPOSAL', targetId: p.id, body: `Avis ${c}` } }, supporters[0].token);
        }
      }
    });

    const byKey = (key: number[], desc: boolean) =>
      set
        .map((id, i) => ({ id, k: key[i] }))
        .sort((a, b) => (a.k !== b.k ? (desc ? b.k - a.k : a.k - b.k) : desc ? (a.id < b.id ? 1 : -1) : a.id < b.id ? -1 : 1))
        .map((x) => x.id);

    const orders: [string, string, () => string[]][] = [
      ['CREATED_AT', 'DESC', () => [...set].reverse()],
      ['CREATED_AT', 'ASC', () => set],
      ['SUPPORTS', 'DESC', () => byKey([2, 0, 4, 2, 1], true)],
      ['SUPPORTS', 'ASC', () => byKey([2, 0, 4, 2, 1], false)],
      ['COMMENTS', 'DESC', () => byKey([1, 3, 0, 1, 2], true)],
      ['COMMENTS', 'ASC', () => byKey([1, 3, 0, 1, 2], false)],
    ];

    it.each(orders)('orders by %s %s and pages through it without loss or repeat', async (field, direction, expected) => {
      const orderBy = { field, direction };
      const filter = { authorId: dan.id };
      expect(await idsOf({ orderBy, filter })).toEqual(expected());
      const seen: string[] = [];
      let after: string | undefined;
      const pages: boolean[] = [];
      do {
        const page = await list({ first: 2, after, orderBy, filter });
        expect(page.totalCount).toBe(5);
        expect(page.pageInfo.hasPreviousPage).toBe(after !== undefined);
        seen.push(...page.edges.map((e: any) => e.node.id));
        pages.push(page.pageInfo.hasNextPage);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
      } while (after);
      expect(seen).toEqual(expected());
      expect(pages).toEqual([true, true, false]);
    });

    it('refuses a cursor that is not one, or belongs to another order', async () => {
      const bySupports = await list({ first: 1, orderBy: { field: 'SUPPORTS', direction: 'DESC' }, filter: { authorId: dan.id } });
      const cursor = bySupports.pageInfo.endCursor;
      expect(errorOf(await t.gql(LIST, { first: 2, after: cursor, orderBy: { field: 'CREATED_AT', direction: 'DESC' } }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['after'],
      });
      expect(errorOf(await t.gql(LIST, { first: 2, after: 'bm90LWEtY3Vyc29y' }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['after'],
      });
      expect(errorOf(await t.gql(LIST, { first: 2, after: '%%%' }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after'] });
    });
  });

  describe('SQL queries per page', () => {
    const PAGE = `query($first: Int!, $filter: ProposalFilter) {
      proposals(first: $first, filter: $filter) {
        totalCount
        edges { node { id title author { id displayName } category { id name } supportCount viewerHasSupported commentCount
          followerCount viewerIsFollowing images { id url(variant: THUMB) } } }
      }
    }`;
    const RICH = `query($first: Int!, $filter: ProposalFilter) {
      proposals(first: $first, filter: $filter) {
        edges { node {
          id author { id } category { name } supportCount viewerHasSupported commentCount followerCount viewerIsFollowing
          location { lat } images { id url(variant: THUMB) }
          officialAnswer { body author { id } } timeline { kind author { id } } progressUpdates { progress author { id } }
          comments(first: 2) { totalCount edges { node { id body author { id } viewerVote parent { id }
            replies(first: 2) { totalCount edges { node { id author { id } viewerVote } } } } } }
        } }
      }
    }`;
    let erin: TestUser;
    let viewer: TestUser;

    beforeAll(async () => {
      erin = await t.factories.resident();
      viewer = await t.factories.resident();
      const cats = [mobility, environment, (await t.factories.category('Culture')).id];
      for (let i = 0; i < 100; i++) {
        const author = i % 2 ? erin : await t.factories.resident();
        // One in ten with photos (two, from a real upload each), so the images loader has rows to return.
        const imageIds =
          i % 10 === 5
            ? [
                (await upload(t, await smallImage(), { token: author.token }).expect(201)).body.id,
                (await upload(t, await smallImage('png'), { token: author.token }).expect(201)).body.id,
              ]
            : undefined;
        const p = await publishedProposal(t, author, { title: `Proposition ${i}`, categoryId: cats[i % 3], imageIds });
        if (i % 3 === 0) await t.gqlOk(SUPPORT, { id: p.id }, viewer.token);
        if (i % 10 === 0) {
          const c = await t.gqlOk(ADD_COMMENT, { input: { targetType: 'PROPOSAL', targetId: p.id, body: 'Oui' } }, viewer.token);
          await t.gqlOk(
            ADD_COMMENT,
            { input: { targetType: 'PROPOSAL', targetId: p.id, body: 'Non', parentId: c.addComment.id } },
            erin.token,
          );
        }
      }
    }, 120_000);

    it('runs a constant number of queries for 10 or 100 proposals with author, category, supports and comments', async () => {
      const filter = { search: 'proposition' };
      const ten = await t.queryCounter.measure(() => t.gqlOk(PAGE, { first: 10, filter }, viewer.token));
      const hundred = await t.queryCounter.measure(() => t.gqlOk(PAGE, { first: 100, filter }, viewer.token));
      const edges = hundred.result.proposals.edges;
      expect(edges).toHaveLength(100);
      expect(new Set(edges.map((e: any) => e.node.author.id)).size).toBeGreaterThan(40);
      expect(edges.filter((e: any) => e.node.viewerHasSupported)).toHaveLength(34);
      expect(edges.every((e: any) => e.node.category?.name)).toBe(true);
      expect(edges.filter((e: any) => e.node.commentCount === 2)).toHaveLength(10);
      const withImages = edges.filter((e: any) => e.node.images.length);
      expect(withImages).toHaveLength(10);
      expect(
        withImages.every((e: any) => e.node.images.length === 2 && e.node.images.every((i: any) => i.url === `/media/${i.id}/thumb`)),
      ).toBe(true);
      // The author follows from creation, the viewer from each support (commenting does not follow).
      expect(edges.every((e: any) => e.node.viewerIsFollowing === e.node.viewerHasSupported)).toBe(true);
      expect(edges.every((e: any) => e.node.followerCount === (e.node.viewerHasSupported ? 2 : 1))).toBe(true);
      // viewer + page + totalCount + users + categories + supports + images + follower counts + viewer's follows
      expect(hundred.count).toBe(ten.count);
      expect(hundred.count).toBeLessThanOrEqual(9);
    });

    it('stays constant with timelines, answers, comments, replies and votes too', async () => {
      const filter = { search: 'proposition' };
      // Both pages hold commented proposals (one in ten), so every loader runs in both.
      const small = await t.queryCounter.measure(() => t.gqlOk(RICH, { first: 20, filter }, viewer.token));
      const large = await t.queryCounter.measure(() => t.gqlOk(RICH, { first: 60, filter }, viewer.token));
      expect(small.result.proposals.edges.filter((e: any) => e.node.comments.totalCount === 1)).toHaveLength(2);
      expect(large.result.proposals.edges.filter((e: any) => e.node.comments.totalCount === 1)).toHaveLength(6);
      expect(large.result.proposals.edges.filter((e: any) => e.node.comments.edges[0]?.node.replies.totalCount === 1)).toHaveLength(6);
      expect(large.result.proposals.edges.filter((e: any) => e.node.images.length === 2)).toHaveLength(6);
      expect(large.count).toBe(small.count);
      expect(large.result.proposals.edges.filter((e: any) => e.node.viewerIsFollowing)).toHaveLength(20);
      // viewer, page, users, categories, supports, follower counts, viewer's follows, images, events,
      // comments, comment counts, users (comment authors), replies, votes, reply counts, votes (reply level)
      expect(large.count).toBeLessThanOrEqual(16);
    });
  });
});
