import { TestUser } from '../harness/factories';
import {
  ANSWER,
  CREATE,
  createDraft,
  GET,
  PROGRESS,
  proposalIn,
  PUBLISH,
  publishedProposal,
  SUPPORT,
  UPDATE,
  WITHDRAW,
} from '../harness/proposals';
import { errorOf, TestApp } from '../harness/test-app';

const LIST = `query($filter: ProposalFilter) { proposals(first: 100, filter: $filter) { totalCount edges { node { id status } } } }`;
const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;

describe('proposals: lifecycle, rights and privacy', () => {
  let t: TestApp;
  let author: TestUser;
  let other: TestUser;
  let council: TestUser;
  let admin: TestUser;
  let agent: TestUser;
  let moderator: TestUser;
  let categoryId: string;

  beforeAll(async () => {
    t = await TestApp.start({ PROPOSAL_SUPPORT_THRESHOLD: '3', PROPOSAL_SUPPORT_DAYS: '30' });
    [author, other, council, admin, agent, moderator] = await Promise.all([
      t.factories.resident({ displayName: 'Marie Dupont' }),
      t.factories.resident(),
      t.factories.council(),
      t.factories.admin(),
      t.factories.agent(),
      t.factories.moderator(),
    ]);
    categoryId = (await t.factories.category('Mobilité')).id;
  });
  afterAll(() => t?.close());

  const statusInDb = async (id: string) => (await t.sql('SELECT status FROM proposals WHERE id = $1', [id]))[0].status;

  describe('drafts', () => {
    it('creates a draft with every field, visible to its author only', async () => {
      const draft = await createDraft(t, author, {
        title: 'Une piste cyclable quai de Loire',
        body: 'Du pont Wilson à la place du Marché.',
        categoryId,
        district: 'Le Port',
        location: { lat: 47.3941, lng: 0.6848 },
      });
      expect(draft).toMatchObject({
        status: 'DRAFT',
        title: 'Une piste cyclable quai de Loire',
        district: 'Le Port',
        location: { lat: 47.3941, lng: 0.6848 },
        category: { id: categoryId, name: 'Mobilité' },
        author: { id: author.id, displayName: 'Marie Dupont' },
        supportCount: 0,
        supportThreshold: 3,
        supportsOpen: false,
        publishedAt: null,
        supportDeadline: null,
        officialAnswer: null,
        timeline: [],
      });
      expect((await t.gqlOk(GET, { id: draft.id }, author.token)).proposal.id).toBe(draft.id);
      for (const token of [other.token, council.token, admin.token, undefined]) {
        expect((await t.gqlOk(GET, { id: draft.id }, token)).proposal).toBeNull();
      }
      const row = await t.sql('SELECT location_lat, location_lng, category_id, author_id FROM proposals WHERE id = $1', [draft.id]);
      expect(row[0]).toEqual({ location_lat: 47.3941, location_lng: 0.6848, category_id: categoryId, author_id: author.id });
    });

    it('keeps drafts out of the public list; the author finds them with status DRAFT', async () => {
      const draft = await createDraft(t, author);
      const ids = async (token?: string, filter?: Record<string, unknown>) =>
        (await t.gqlOk(LIST, { filter }, token)).proposals.edges.map((e: any) => e.node.id);
      for (const token of [author.token, other.token, council.token, undefined]) expect(await ids(token)).not.toContain(draft.id);
      expect(await ids(author.token, { status: 'DRAFT' })).toContain(draft.id);
      expect(await ids(author.token, { status: 'DRAFT', authorId: author.id })).toContain(draft.id);
      expect(await ids(other.token, { status: 'DRAFT' })).toEqual([]);
      expect(await ids(admin.token, { status: 'DRAFT', authorId: author.id })).toEqual([]);
      expect(await ids(undefined, { status: 'DRAFT' })).toEqual([]);
    });

    it('answers NOT_FOUND to everyone else acting on a draft, and changes nothing', async () => {
      const draft = await createDraft(t, author);
      const attempts: [string, Record<string, unknown>, TestUser][] = [
        [UPDATE, { id: draft.id, input: { title: 'Piraté' } }, other],
        [PUBLISH, { id: draft.id }, other],
        [WITHDRAW, { id: draft.id }, other],
        [SUPPORT, { id: draft.id }, other],
        [ANSWER, { id: draft.id, input: { status: 'UNDER_REVIEW', body: 'Vu' } }, council],
        [PROGRESS, { id: draft.id, input: { body: 'Fait', progress: 10 } }, admin],
        [ADD_COMMENT, { input: { targetType: 'PROPOSAL', targetId: draft.id, body: 'Hello' } }, other],
      ];
      for (const [query, variables, user] of attempts) {
        expect(errorOf(await t.gql(query, variables, user.token))).toMatchObject({ code: 'NOT_FOUND' });
      }
      const [row] = await t.sql('SELECT status, title, support_count, comment_count FROM proposals WHERE id = $1', [draft.id]);
      expect(row).toEqual({ status: 'DRAFT', title: draft.title, support_count: 0, comment_count: 0 });
    });

    it('lets its author edit a draft, and clear optional fields with null', async () => {
      const draft = await createDraft(t, author, { categoryId, district: 'Bel-Air', location: { lat: 1, lng: 2 } });
      const res = await t.gqlOk(
        UPDATE,
        { id: draft.id, input: { title: 'Un titre plus clair', location: null, categoryId: null } },
        author.token,
      );
      expect(res.updateProposal).toMatchObject({
        title: 'Un titre plus clair',
        body: draft.body,
        location: null,
        category: null,
        district: 'Bel-Air',
      });
      const [row] = await t.sql('SELECT location_lat, location_lng, category_id FROM proposals WHERE id = $1', [draft.id]);
      expect(row).toEqual({ location_lat: null, location_lng: null, category_id: null });
    });

    it('refuses edits once published (CONFLICT NOT_DRAFT) and by anyone but the author', async () => {
      const p = await publishedProposal(t, author);
      expect(errorOf(await t.gql(UPDATE, { id: p.id, input: { title: 'Changé après coup' } }, author.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'NOT_DRAFT',
      });
      expect(errorOf(await t.gql(UPDATE, { id: p.id, input: { title: 'Changé après coup' } }, other.token))).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_AUTHOR',
      });
      expect((await t.sql('SELECT title FROM proposals WHERE id = $1', [p.id]))[0].title).toBe(p.title);
    });
  });

  describe('input', () => {
    it('stores and returns text exactly as typed, HTML included', async () => {
      const title = '  <b>Vélos</b> & "trottinettes" <script>alert(1)</script> 🚲 ';
      const body = "Ligne 1\n\n  Ligne 2 avec <img src=x onerror=alert(1)> &amp; l'apostrophe\t\n";
      const draft = await createDraft(t, author, { title, body });
      expect(draft.title).toBe(title);
      expect(draft.body).toBe(body);
      const [row] = await t.sql('SELECT title, body FROM proposals WHERE id = $1', [draft.id]);
      expect(row).toEqual({ title, body });
    });

    it('refuses bad input with the field at fault, and creates nothing', async () => {
      const before = (await t.sql('SELECT count(*)::int AS n FROM proposals'))[0].n;
      const cases: [Record<string, unknown>, string][] = [
        [{ title: '     ' }, 'input.title'],
        [{ title: 'ab' }, 'input.title'],
        [{ title: 'x'.repeat(151) }, 'input.title'],
        [{ body: '' }, 'input.body'],
        [{ body: ' \n ' }, 'input.body'],
        [{ categoryId: '00000000-0000-4000-8000-000000000000' }, 'input.categoryId'],
        [{ categoryId: 'not-an-id' }, 'input.categoryId'],
        [{ district: 'Atlantide' }, 'input.district'],
        [{ location: { lat: 91, lng: 0 } }, 'input.location.lat'],
        [{ location: { lat: 0, lng: -180.5 } }, 'input.location.lng'],
      ];
      for (const [input, path] of cases) {
        const res = await t.gql(CREATE, { input: { title: 'Un titre correct', body: 'Un texte.', ...input } }, author.token);
        expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [path] });
      }
      expect((await t.sql('SELECT count(*)::int AS n FROM proposals'))[0].n).toBe(before);
    });

    it('asks visitors to sign in before writing', async () => {
      expect(errorOf(await t.gql(CREATE, { input: { title: 'Visiteur', body: 'Texte' } }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    });
  });

  describe('lifecycle', () => {
    it('walks from draft to completed and tells it in a dated public timeline', async () => {
      const draft = await createDraft(t, author);
      const published = (await t.gqlOk(PUBLISH, { id: draft.id }, author.token)).publishProposal;
      expect(published).toMatchObject({ status: 'PUBLISHED', supportsOpen: true, supportThreshold: 3 });
      const days = (new Date(published.supportDeadline).getTime() - new Date(published.publishedAt).getTime()) / 86_400_000;
      expect(days).toBeCloseTo(30, 1);

      const review = (await t.gqlOk(ANSWER, { id: draft.id, input: { status: 'UNDER_REVIEW', body: 'Étude en cours.' } }, council.token))
        .answerProposal;
      expect(review).toMatchObject({
        status: 'UNDER_REVIEW',
        officialAnswer: { status: 'UNDER_REVIEW', body: 'Étude en cours.', author: { id: council.id } },
      });

      const accepted = (
        await t.gqlOk(ANSWER, { id: draft.id, input: { status: 'ACCEPTED', body: 'Adopté au conseil du 12 mars.' } }, council.token)
      ).answerProposal;
      expect(accepted).toMatchObject({
        status: 'ACCEPTED',
        supportsOpen: false,
        officialAnswer: { status: 'ACCEPTED', body: 'Adopté au conseil du 12 mars.' },
      });

      const started = (await t.gqlOk(PROGRESS, { id: draft.id, input: { body: 'Études lancées', progress: 30 } }, council.token))
        .addProgressUpdate;
      expect(started).toMatchObject({ status: 'IN_PROGRESS', progress: 30 });
      const more = (await t.gqlOk(PROGRESS, { id: draft.id, input: { body: 'Chantier ouvert', progress: 60 } }, admin.token))
        .addProgressUpdate;
      expect(more).toMatchObject({ status: 'IN_PROGRESS', progress: 60 });
      const done = (
        await t.gqlOk(PROGRESS, { id: draft.id, input: { body: 'Inauguré', progress: 100, status: 'COMPLETED' } }, council.token)
      ).addProgressUpdate;
      expect(done).toMatchObject({ status: 'COMPLETED', progress: 100 });
      expect(done.progressUpdates.map((u: any) => [u.body, u.progress])).toEqual([
        ['Études lancées', 30],
        ['Chantier ouvert', 60],
        ['Inauguré', 100],
      ]);

      const { proposal } = await t.gqlOk(GET, { id: draft.id });
      expect(proposal.timeline.map((e: any) => [e.kind, e.fromStatus, e.toStatus, e.body, e.progress, e.author?.id])).toEqual([
        ['PUBLISHED', 'DRAFT', 'PUBLISHED', null, null, author.id],
        ['UNDER_REVIEW', 'PUBLISHED', 'UNDER_REVIEW', 'Étude en cours.', null, council.id],
        ['ANSWERED', 'UNDER_REVIEW', 'ACCEPTED', 'Adopté au conseil du 12 mars.', null, council.id],
        ['PROGRESS_UPDATE', 'ACCEPTED', 'IN_PROGRESS', 'Études lancées', 30, council.id],
        ['PROGRESS_UPDATE', null, null, 'Chantier ouvert', 60, admin.id],
        ['COMPLETED', 'IN_PROGRESS', 'COMPLETED', 'Inauguré', 100, council.id],
      ]);
      const dates = proposal.timeline.map((e: any) => new Date(e.createdAt).getTime());
      expect([...dates].sort((a, b) => a - b)).toEqual(dates);
      expect(await t.sql('SELECT count(*)::int AS n FROM proposal_events WHERE proposal_id = $1', [draft.id])).toEqual([{ n: 6 }]);
    });

    it('lets the author withdraw before an answer; the proposal stays public, withdrawn', async () => {
      const p = await publishedProposal(t, author);
      expect(errorOf(await t.gql(WITHDRAW, { id: p.id }, other.token))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_AUTHOR' });
      expect(errorOf(await t.gql(WITHDRAW, { id: p.id }, council.token))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_AUTHOR' });
      const withdrawn = (await t.gqlOk(WITHDRAW, { id: p.id }, author.token)).withdrawProposal;
      expect(withdrawn.status).toBe('WITHDRAWN');
      const { proposal } = await t.gqlOk(GET, { id: p.id });
      expect(proposal.timeline.map((e: any) => e.kind)).toEqual(['PUBLISHED', 'WITHDRAWN']);
      expect(errorOf(await t.gql(SUPPORT, { id: p.id }, other.token))).toMatchObject({ code: 'CONFLICT', reason: 'SUPPORTS_CLOSED' });
    });

    // Every action from every status: allowed exactly along the graph, CONFLICT INVALID_TRANSITION otherwise.
    const STATUSES = ['DRAFT', 'PUBLISHED', 'UNDER_REVIEW', 'ACCEPTED', 'REJECTED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN'];
    const ACTIONS: {
      name: string;
      by: 'author' | 'council';
      run: (id: string) => [string, Record<string, unknown>];
      allowed: Record<string, string>;
    }[] = [
      { name: 'publish', by: 'author', run: (id) => [PUBLISH, { id }], allowed: { DRAFT: 'PUBLISHED' } },
      { name: 'withdraw', by: 'author', run: (id) => [WITHDRAW, { id }], allowed: { PUBLISHED: 'WITHDRAWN', UNDER_REVIEW: 'WITHDRAWN' } },
      {
        name: 'put under review',
        by: 'council',
        run: (id) => [ANSWER, { id, input: { status: 'UNDER_REVIEW', body: 'Étude' } }],
        allowed: { PUBLISHED: 'UNDER_REVIEW' },
      },
      {
        name: 'accept',
        by: 'council',
        run: (id) => [ANSWER, { id, input: { status: 'ACCEPTED', body: 'Oui' } }],
        allowed: { UNDER_REVIEW: 'ACCEPTED' },
      },
      {
        name: 'reject',
        by: 'council',
        run: (id) => [ANSWER, { id, input: { status: 'REJECTED', body: 'Non' } }],
        allowed: { UNDER_REVIEW: 'REJECTED' },
      },
      {
        name: 'progress update',
        by: 'council',
        run: (id) => [PROGRESS, { id, input: { body: 'Avance', progress: 40 } }],
        allowed: { ACCEPTED: 'IN_PROGRESS', IN_PROGRESS: 'IN_PROGRESS' },
      },
      {
        name: 'progress to IN_PROGRESS',
        by: 'council',
        run: (id) => [PROGRESS, { id, input: { body: 'Avance', progress: 40, status: 'IN_PROGRESS' } }],
        allowed: { ACCEPTED: 'IN_PROGRESS', IN_PROGRESS: 'IN_PROGRESS' },
      },
      {
        name: 'complete',
        by: 'council',
        run: (id) => [PROGRESS, { id, input: { body: 'Fini', progress: 100, status: 'COMPLETED' } }],
        allowed: { IN_PROGRESS: 'COMPLETED' },
      },
    ];

    it.each(STATUSES)('from %s: allows the graph’s transitions and refuses the others', async (status) => {
      for (const action of ACTIONS) {
        const p = await proposalIn(t, status, author, council);
        const [query, variables] = action.run(p.id);
        const res = await t.gql(query, variables, (action.by === 'author' ? author : council).token);
        const expected = action.allowed[status];
        if (expected) {
          expect({ action: action.name, errors: res.errors }).toEqual({ action: action.name, errors: undefined });
          expect(await statusInDb(p.id)).toBe(expected);
        } else if (status === 'DRAFT' && action.by === 'council') {
          // A draft is private: the council does not see it either.
          expect({ action: action.name, ...errorOf(res) }).toMatchObject({ action: action.name, code: 'NOT_FOUND' });
          expect(await statusInDb(p.id)).toBe('DRAFT');
        } else {
          expect({ action: action.name, ...errorOf(res) }).toMatchObject({
            action: action.name,
            code: 'CONFLICT',
            reason: 'INVALID_TRANSITION',
          });
          expect(res.errors![0].extensions).toMatchObject({ from: status });
          expect(await statusInDb(p.id)).toBe(status);
        }
      }
    });

    it('needs progress 100 to complete, and a status the update can set', async () => {
      const p = await proposalIn(t, 'IN_PROGRESS', author, council);
      expect(
        errorOf(await t.gql(PROGRESS, { id: p.id, input: { body: 'Presque', progress: 90, status: 'COMPLETED' } }, council.token)),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['input.progress'],
      });
      expect(errorOf(await t.gql(PROGRESS, { id: p.id, input: { body: 'x', progress: 101 } }, council.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['input.progress'],
      });
      expect(
        errorOf(await t.gql(PROGRESS, { id: p.id, input: { body: 'x', progress: 50, status: 'ACCEPTED' } }, council.token)),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['input.status'],
      });
      expect(errorOf(await t.gql(ANSWER, { id: p.id, input: { status: 'COMPLETED', body: 'x' } }, council.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['input.status'],
      });
      expect(await t.sql('SELECT status, progress FROM proposals WHERE id = $1', [p.id])).toEqual([
        { status: 'IN_PROGRESS', progress: 30 },
      ]);
    });
  });

  describe('rights', () => {
    it('lets only the council (and admins) answer and publish progress', async () => {
      const p = await proposalIn(t, 'PUBLISHED', author, council);
      const accepted = await proposalIn(t, 'ACCEPTED', author, council);
      for (const user of [author, other, agent, moderator]) {
        expect(
          errorOf(await t.gql(ANSWER, { id: p.id, input: { status: 'UNDER_REVIEW', body: 'Non autorisé' } }, user.token)),
        ).toMatchObject({
          code: 'FORBIDDEN',
        });
        expect(
          errorOf(await t.gql(PROGRESS, { id: accepted.id, input: { body: 'Non autorisé', progress: 10 } }, user.token)),
        ).toMatchObject({
          code: 'FORBIDDEN',
        });
      }
      expect(errorOf(await t.gql(ANSWER, { id: p.id, input: { status: 'UNDER_REVIEW', body: 'x' } }))).toMatchObject({
        code: 'UNAUTHENTICATED',
      });
      expect(await t.sql('SELECT status, answer_body FROM proposals WHERE id = $1', [p.id])).toEqual([
        { status: 'PUBLISHED', answer_body: null },
      ]);
      expect(await t.sql('SELECT status, progress FROM proposals WHERE id = $1', [accepted.id])).toEqual([
        { status: 'ACCEPTED', progress: 0 },
      ]);

      const byAdmin = (await t.gqlOk(ANSWER, { id: p.id, input: { status: 'UNDER_REVIEW', body: 'Examen' } }, admin.token)).answerProposal;
      expect(byAdmin.officialAnswer.author.id).toBe(admin.id);
    });

    it('lets only the author publish a draft', async () => {
      const draft = await createDraft(t, author);
      // Someone else's draft does not exist for them.
      expect(errorOf(await t.gql(PUBLISH, { id: draft.id }, other.token))).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'PROPOSAL_NOT_FOUND',
      });
      expect(errorOf(await t.gql(PUBLISH, { id: 'nope' }, author.token))).toMatchObject({ code: 'NOT_FOUND' });
      expect(await statusInDb(draft.id)).toBe('DRAFT');
    });

    it('shows public proposals to visitors, with author and status', async () => {
      const p = await publishedProposal(t, author);
      const { proposal } = await t.gqlOk(GET, { id: p.id });
      expect(proposal).toMatchObject({ id: p.id, status: 'PUBLISHED', author: { id: author.id }, viewerHasSupported: false });
      expect((await t.gqlOk(GET, { id: '00000000-0000-4000-8000-000000000000' })).proposal).toBeNull();
      expect((await t.gqlOk(GET, { id: 'garbage' })).proposal).toBeNull();
    });
  });
});
