import { Clock } from '../../src/common/clock';
import { TestUser } from '../harness/factories';
import {
  answersFor,
  CLOSE,
  CONCLUDE,
  createConsultation,
  CREATE,
  GET,
  parseCsv,
  QUESTIONS,
  SUBMIT,
  UPDATE,
} from '../harness/consultations';
import { errorOf, TestApp } from '../harness/test-app';

const HOUR = 3_600_000;

describe('consultations', () => {
  let t: TestApp;
  let council: TestUser;
  let residents: TestUser[];

  beforeAll(async () => {
    t = await TestApp.start({ DISTRICTS: 'Le Port,Bel-Air,Centre-ville' });
    council = await t.factories.council();
    residents = await Promise.all(Array.from({ length: 12 }, (_, i) => t.factories.resident({ district: i % 2 ? 'Le Port' : 'Bel-Air' })));
  });
  afterAll(() => t?.close());

  const submit = (user: TestUser, consultationId: string, answers: unknown[]) =>
    t.gql(SUBMIT, { input: { consultationId, answers } }, user.token);
  const responseRows = async (id: string) =>
    (await t.sql('SELECT count(*)::int AS n FROM consultation_responses WHERE consultation_id = $1', [id]))[0].n as number;

  describe('creation rights and rules', () => {
    it('lets only the council create, with its questions in order', async () => {
      const c = await createConsultation(t, council);
      expect(c).toMatchObject({ state: 'OPEN', responseCount: 0, districts: [], resultsVisibility: 'AFTER_CLOSE' });
      expect(c.questions.map((q: any) => [q.position, q.kind])).toEqual(QUESTIONS.map((q, i) => [i + 1, q.kind]));
      expect(c.questions[1]).toMatchObject({
        maxChoices: 2,
        options: [{ label: 'Books', position: 1 }, { label: 'Games' }, { label: 'Workshops' }, { label: 'Rooms' }],
      });
      expect(c.questions[3]).toMatchObject({ scaleMin: 1, scaleMax: 5, scaleMinLabel: 'Not at all', options: [] });

      const before = (await t.sql('SELECT count(*)::int AS n FROM consultations'))[0].n;
      const input = {
        title: 'x',
        description: 'y',
        opensAt: new Date().toISOString(),
        closesAt: new Date(Date.now() + HOUR).toISOString(),
        resultsVisibility: 'LIVE',
        questions: QUESTIONS,
      };
      expect(errorOf(await t.gql(CREATE, { input }, residents[0].token)).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(CREATE, { input })).code).toBe('UNAUTHENTICATED');
      expect((await t.sql('SELECT count(*)::int AS n FROM consultations'))[0].n).toBe(before);
    });

    it('refuses questions that break their kind, one field per question, creating nothing', async () => {
      const before = (await t.sql('SELECT count(*)::int AS n FROM consultations'))[0].n;
      const res = await t.gql(
        CREATE,
        {
          input: {
            title: 'Bad',
            description: 'Bad',
            opensAt: new Date(Date.now() + HOUR).toISOString(),
            closesAt: new Date(Date.now() + 2 * HOUR).toISOString(),
            resultsVisibility: 'LIVE',
            questions: [
              { kind: 'SINGLE_CHOICE', prompt: 'one option', options: ['Only'] },
              { kind: 'SCALE', prompt: 'with options', options: ['a', 'b'] },
              { kind: 'MULTIPLE_CHOICE', prompt: 'max too big', options: ['a', 'b'], maxChoices: 3 },
              { kind: 'FREE_TEXT', prompt: 'fine' },
            ],
          },
        },
        council.token,
      );
      expect(errorOf(res)).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_QUESTIONS',
        fields: ['input.questions.0', 'input.questions.1', 'input.questions.2'],
      });
      const dates = await t.gql(
        CREATE,
        {
          input: {
            title: 'a',
            description: 'b',
            opensAt: new Date(Date.now() + 2 * HOUR).toISOString(),
            closesAt: new Date(Date.now() + HOUR).toISOString(),
            resultsVisibility: 'LIVE',
            questions: QUESTIONS,
          },
        },
        council.token,
      );
      expect(errorOf(dates)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.closesAt'] });
      expect((await t.sql('SELECT count(*)::int AS n FROM consultations'))[0].n).toBe(before);
    });

    it('is editable until it opens; the council only', async () => {
      const c = await createConsultation(t, council, {}, 'upcoming');
      expect(c.state).toBe('UPCOMING');
      const updated = (await t.gqlOk(UPDATE, { id: c.id, input: { title: 'New title', questions: [QUESTIONS[0]] } }, council.token))
        .updateConsultation;
      expect(updated).toMatchObject({ title: 'New title', questions: [{ kind: 'SINGLE_CHOICE', position: 1 }] });
      expect((await t.sql('SELECT count(*)::int AS n FROM consultation_questions WHERE consultation_id = $1', [c.id]))[0].n).toBe(1);
      expect(errorOf(await t.gql(UPDATE, { id: c.id, input: { title: 'Mine' } }, residents[0].token)).code).toBe('FORBIDDEN');
      const open = await createConsultation(t, council);
      expect(errorOf(await t.gql(UPDATE, { id: open.id, input: { title: 'Late' } }, council.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'NOT_EDITABLE',
      });
      expect((await t.sql('SELECT title FROM consultations WHERE id = $1', [open.id]))[0].title).toBe('Library hours');
    });
  });

  describe('answers', () => {
    it('stores a valid response of every kind, once, and shows it to its author only', async () => {
      const c = await createConsultation(t, council);
      const answers = answersFor(c, 1);
      const r = (await t.gqlOk(SUBMIT, { input: { consultationId: c.id, answers } }, residents[0].token)).submitConsultationResponse;
      expect(r.consultation).toMatchObject({ responseCount: 1, viewerHasResponded: true });
      const mine = (await t.gqlOk(GET, { id: c.id }, residents[0].token)).consultation;
      expect(mine.viewerCanRespond).toEqual({ allowed: false, reason: 'ALREADY_RESPONDED' });
      expect(mine.viewerResponse.answers).toEqual([
        { questionId: answers[0].questionId, optionIds: answers[0].optionIds, ranking: [], scale: null, text: null },
        {
          questionId: answers[1].questionId,
          optionIds: expect.arrayContaining(answers[1].optionIds!),
          ranking: [],
          scale: null,
          text: null,
        },
        { questionId: answers[2].questionId, optionIds: [], ranking: answers[2].ranking, scale: null, text: null },
        { questionId: answers[3].questionId, optionIds: [], ranking: [], scale: answers[3].scale, text: null },
        { questionId: answers[4].questionId, optionIds: [], ranking: [], scale: null, text: 'idea 1' },
      ]);
      const other = (await t.gqlOk(GET, { id: c.id }, residents[1].token)).consultation;
      expect(other).toMatchObject({ viewerHasResponded: false, viewerResponse: null, viewerCanRespond: { allowed: true, reason: null } });
      expect((await t.gqlOk(GET, { id: c.id })).consultation.viewerCanRespond).toEqual({ allowed: false, reason: 'NOT_SIGNED_IN' });
      const again = await submit(residents[0], c.id, answers);
      expect(errorOf(again)).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_RESPONDED' });
      expect(await responseRows(c.id)).toBe(1);
    });

    it('refuses each invalid answer with an error on its question, storing nothing', async () => {
      const c = await createConsultation(t, council);
      const [single, multi, rank, scale, free] = c.questions;
      const other = await createConsultation(t, council);
      const cases: [string, unknown[], string][] = [
        ['option of another question', [{ questionId: single.id, optionIds: [multi.options[0].id] }], 'OPTION_NOT_IN_QUESTION'],
        [
          'option of another consultation',
          [{ questionId: single.id, optionIds: [other.questions[0].options[0].id] }],
          'OPTION_NOT_IN_QUESTION',
        ],
        [
          'two options on a single choice',
          [{ questionId: single.id, optionIds: single.options.slice(0, 2).map((o: any) => o.id) }],
          'CHOICE_REQUIRED',
        ],
        [
          'more than maxChoices',
          [{ questionId: multi.id, optionIds: multi.options.slice(0, 3).map((o: any) => o.id) }],
          'TOO_MANY_CHOICES',
        ],
        ['a partial ranking', [{ questionId: rank.id, ranking: rank.options.slice(0, 2).map((o: any) => o.id) }], 'INCOMPLETE_RANKING'],
        [
          'a ranking with a repeat',
          [{ questionId: rank.id, ranking: [rank.options[0].id, rank.options[0].id, rank.options[1].id] }],
          'DUPLICATE_OPTION',
        ],
        ['scale 0', [{ questionId: scale.id, scale: 0 }], 'SCALE_OUT_OF_RANGE'],
        ['scale 6', [{ questionId: scale.id, scale: 6 }], 'SCALE_OUT_OF_RANGE'],
        ['text too long', [{ questionId: free.id, text: 'x'.repeat(21) }], 'TEXT_TOO_LONG'],
        ['text on a scale', [{ questionId: scale.id, text: 'five' }], 'WRONG_ANSWER_KIND'],
        ['unknown question', [{ questionId: other.questions[0].id, optionIds: [other.questions[0].options[0].id] }], 'UNKNOWN_QUESTION'],
      ];
      for (const [label, bad, constraint] of cases) {
        const valid = answersFor(c, 0).filter((a) => !bad.some((b: any) => b.questionId === a.questionId));
        const res = await submit(residents[2], c.id, [...valid, ...bad]);
        const e = res.errors?.[0]?.extensions;
        expect([label, e?.code, e?.reason]).toEqual([label, 'BAD_USER_INPUT', 'INVALID_ANSWERS']);
        expect([label, e?.fields]).toEqual([
          label,
          [expect.objectContaining({ path: `input.answers.${(bad[0] as any).questionId}`, constraint })],
        ]);
      }
      const missing = await submit(residents[2], c.id, [{ questionId: scale.id, scale: 3 }]);
      expect(missing.errors?.[0]?.extensions.fields.map((f: any) => [f.path, f.constraint])).toEqual([
        [`input.answers.${single.id}`, 'REQUIRED'],
        [`input.answers.${rank.id}`, 'REQUIRED'],
      ]);
      expect(await responseRows(c.id)).toBe(0);
      expect((await t.sql('SELECT sum(answer_count)::int AS n FROM consultation_questions WHERE consultation_id = $1', [c.id]))[0].n).toBe(
        0,
      );
      // Optional questions may be left out.
      const minimal = await submit(residents[2], c.id, [answersFor(c, 0)[0], answersFor(c, 0)[2]]);
      expect(minimal.errors).toBeUndefined();
    });

    it('takes answers from the districts consulted only', async () => {
      const c = await createConsultation(t, council, { districts: ['Le Port'] });
      const fromBelAir = residents[0]; // even index: Bel-Air
      const fromPort = residents[1];
      const seen = (await t.gqlOk(GET, { id: c.id }, fromBelAir.token)).consultation;
      expect(seen.viewerCanRespond).toEqual({ allowed: false, reason: 'NOT_ELIGIBLE' });
      expect(errorOf(await submit(fromBelAir, c.id, answersFor(c, 0)))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ELIGIBLE' });
      const noDistrict = await t.factories.resident();
      expect(errorOf(await submit(noDistrict, c.id, answersFor(c, 0)))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ELIGIBLE' });
      expect((await submit(fromPort, c.id, answersFor(c, 0))).errors).toBeUndefined();
      expect(await responseRows(c.id)).toBe(1);
      expect(
        errorOf(
          await t.gql(
            CREATE,
            {
              input: {
                title: 'a',
                description: 'b',
                opensAt: new Date().toISOString(),
                closesAt: new Date(Date.now() + HOUR).toISOString(),
                resultsVisibility: 'LIVE',
                districts: ['Atlantis'],
                questions: QUESTIONS,
              },
            },
            council.token,
          ),
        ).fields,
      ).toEqual(['input.districts.0']);
    });

    it('stores exactly one of ten simultaneous submissions by one resident; the others get CONFLICT', async () => {
      const c = await createConsultation(t, council);
      const me = residents[3];
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => submit(me, c.id, answersFor(c, i))));
      const ok = results.filter((r) => !r.errors);
      expect(ok).toHaveLength(1);
      expect(results.filter((r) => r.errors).map((r) => errorOf(r))).toEqual(
        Array(9).fill({ code: 'CONFLICT', reason: 'ALREADY_RESPONDED', fields: [] }),
      );
      expect(await responseRows(c.id)).toBe(1);
      expect(
        (
          await t.sql(
            'SELECT count(*)::int AS n FROM consultation_answers a JOIN consultation_responses r ON r.id = a.response_id WHERE r.consultation_id = $1',
            [c.id],
          )
        )[0].n,
      ).toBe(5);
      expect((await t.sql('SELECT response_count FROM consultations WHERE id = $1', [c.id]))[0].response_count).toBe(1);
    });
  });

  describe('results', () => {
    it('counts exactly what the answer rows say, under concurrent submissions', async () => {
      const c = await createConsultation(t, council, { resultsVisibility: 'LIVE' });
      const outcomes = await Promise.all(residents.map((r, i) => submit(r, c.id, answersFor(c, i))));
      expect(outcomes.filter((o) => o.errors)).toEqual([]);
      const res = (await t.gqlOk(GET, { id: c.id }, residents[0].token)).consultation;
      expect(res.responseCount).toBe(residents.length);
      const optionCounts = await t.sql<{ option_id: string; n: number; avg_rank: number | null }>(
        `SELECT ch.option_id, count(*)::int AS n, avg(ch.rank)::float8 AS avg_rank FROM consultation_answer_choices ch
         JOIN consultation_questions q ON q.id = ch.question_id WHERE q.consultation_id = $1 GROUP BY ch.option_id`,
        [c.id],
      );
      const byOption = new Map(optionCounts.map((r) => [r.option_id, r]));
      for (const result of res.results.filter((r: any) => r.options.length)) {
        const answered = (await t.sql('SELECT count(*)::int AS n FROM consultation_answers WHERE question_id = $1', [result.questionId]))[0]
          .n;
        expect(result.responseCount).toBe(answered);
        for (const o of result.options) {
          const sql = byOption.get(o.optionId);
          expect(o.count).toBe(sql?.n ?? 0);
          expect(o.share).toBeCloseTo((sql?.n ?? 0) / answered, 10);
          if (result.kind === 'RANKING') expect(o.averageRank).toBeCloseTo(sql!.avg_rank!, 10);
          else expect(o.averageRank).toBeNull();
        }
      }
      const scale = res.results.find((r: any) => r.kind === 'SCALE');
      const [stats] = await t.sql(
        `SELECT avg(scale)::float8 AS avg, array_agg(scale) AS values FROM consultation_answers WHERE question_id = $1`,
        [scale.questionId],
      );
      expect(scale.scaleAverage).toBeCloseTo(stats.avg, 10);
      expect(scale.scaleDistribution).toEqual([1, 2, 3, 4, 5].map((v) => stats.values.filter((x: number) => x === v).length));
      const free = res.results.find((r: any) => r.kind === 'FREE_TEXT');
      expect(free.texts.totalCount).toBe(residents.length);
      expect(free.texts.edges).toHaveLength(2);
      expect(free.texts.pageInfo.hasNextPage).toBe(true);
      const texts: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = (
          await t.gqlOk(
            `query($id: ID!, $after: String) { consultation(id: $id) { results { kind texts(first: 5, after: $after) { edges { node { text } } pageInfo { hasNextPage endCursor } } } } }`,
            { id: c.id, after },
            residents[0].token,
          )
        ).consultation.results.find((r: any) => r.kind === 'FREE_TEXT').texts;
        texts.push(...page.edges.map((e: any) => e.node.text));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(texts.sort()).toEqual(residents.map((_, i) => `idea ${i}`).sort());
      expect(res.results.find((r: any) => r.kind === 'SINGLE_CHOICE').texts).toBeNull();
    });

    it('hides AFTER_CLOSE results from the public until the close, never from the council; LIVE ones are public', async () => {
      const c = await createConsultation(t, council);
      await submit(residents[4], c.id, answersFor(c, 4));
      expect((await t.gqlOk(GET, { id: c.id })).consultation.results).toBeNull();
      expect((await t.gqlOk(GET, { id: c.id }, residents[4].token)).consultation.results).toBeNull();
      expect((await t.gqlOk(GET, { id: c.id }, council.token)).consultation.results).toHaveLength(5);
      expect(errorOf(await t.gql(CLOSE, { id: c.id }, residents[4].token)).code).toBe('FORBIDDEN');
      const closed = (await t.gqlOk(CLOSE, { id: c.id }, council.token)).closeConsultation;
      expect(closed.state).toBe('CLOSED');
      const after = (await t.gqlOk(GET, { id: c.id })).consultation;
      expect(after.results[0].responseCount).toBe(1);
      expect(after.viewerCanRespond.reason).toBe('NOT_SIGNED_IN');
      expect(errorOf(await submit(residents[5], c.id, answersFor(c, 5)))).toMatchObject({ code: 'CONFLICT', reason: 'NOT_OPEN' });
      expect(errorOf(await t.gql(CLOSE, { id: c.id }, council.token))).toMatchObject({ code: 'CONFLICT', reason: 'NOT_OPEN' });
      const live = await createConsultation(t, council, { resultsVisibility: 'LIVE' });
      expect((await t.gqlOk(GET, { id: live.id })).consultation.results).toHaveLength(5);
    });
  });

  describe('conclusion', () => {
    it('is published once closed, shown on the consultation, and notifies every participant but its author', async () => {
      const c = await createConsultation(t, council);
      const participants = residents.slice(6, 9);
      for (const [i, r] of participants.entries()) await submit(r, c.id, answersFor(c, i));
      expect(errorOf(await t.gql(CONCLUDE, { id: c.id, body: 'Too early' }, council.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'NOT_CLOSED',
      });
      await t.gqlOk(CLOSE, { id: c.id }, council.token);
      expect(errorOf(await t.gql(CONCLUDE, { id: c.id, body: 'Mine' }, participants[0].token)).code).toBe('FORBIDDEN');
      const done = (await t.gqlOk(CONCLUDE, { id: c.id, body: 'We open on Sundays.' }, council.token)).publishConclusion;
      expect(done.conclusion.body).toBe('We open on Sundays.');
      const seen = (await t.gqlOk(GET, { id: c.id })).consultation;
      expect(seen.conclusion).toMatchObject({ body: 'We open on Sundays.', author: { id: council.id } });
      const notified = await t.sql<{ recipient_id: string; payload: any }>(
        `SELECT recipient_id, payload FROM notifications WHERE target_type = 'CONSULTATION' AND target_id = $1 AND kind = 'CONSULTATION_CONCLUSION_PUBLISHED'`,
        [c.id],
      );
      expect(notified.map((n) => n.recipient_id).sort()).toEqual(participants.map((p) => p.id).sort());
      expect(notified[0].payload).toMatchObject({ title: 'Library hours', conclusion: 'We open on Sundays.' });
    });
  });

  describe('state by date', () => {
    it('goes UPCOMING → OPEN → CLOSED as the clock moves, in the item and in the filtered list', async () => {
      const c = await createConsultation(t, council, { title: 'Timed' }, 'upcoming');
      const LIST = `query($state: ConsultationState) { consultations(first: 100, filter: { state: $state }) { totalCount edges { node { id state } } } }`;
      const inList = async (state: string) => (await t.gqlOk(LIST, { state })).consultations.edges.some((e: any) => e.node.id === c.id);
      expect([await inList('UPCOMING'), await inList('OPEN'), await inList('CLOSED')]).toEqual([true, false, false]);
      expect(errorOf(await submit(residents[9], c.id, answersFor(c, 0)))).toMatchObject({ code: 'CONFLICT', reason: 'NOT_OPEN' });
      t.get<Clock>(Clock).advance(25 * HOUR);
      expect((await t.gqlOk(GET, { id: c.id })).consultation.state).toBe('OPEN');
      expect([await inList('UPCOMING'), await inList('OPEN'), await inList('CLOSED')]).toEqual([false, true, false]);
      expect((await submit(residents[9], c.id, answersFor(c, 0))).errors).toBeUndefined();
      t.get<Clock>(Clock).advance(24 * HOUR);
      expect((await t.gqlOk(GET, { id: c.id })).consultation.state).toBe('CLOSED');
      expect([await inList('UPCOMING'), await inList('OPEN'), await inList('CLOSED')]).toEqual([false, false, true]);
    });
  });

  describe('CSV export', () => {
    it('streams one row per response and one column per question to the council, without names', async () => {
      const c = await createConsultation(t, council, { resultsVisibility: 'LIVE' });
      const who = residents.slice(0, 5);
      for (const [i, r] of who.entries()) await submit(r, c.id, answersFor(c, i, i === 2 ? '=HYPERLINK("x")' : `idea, "quoted" ${i}`));
      const url = `/exports/consultations/${c.id}/responses.csv`;
      expect((await t.gqlOk(GET, { id: c.id }, council.token)).consultation.responsesCsvUrl).toBe(url);
      expect((await t.gqlOk(GET, { id: c.id }, who[0].token)).consultation.responsesCsvUrl).toBeNull();
      expect((await t.http.get(url)).status).toBe(401);
      expect((await t.http.get(url).set('Authorization', `Bearer ${who[0].token}`)).status).toBe(403);
      const res = await t.http
        .get(url)
        .set('Authorization', `Bearer ${council.token}`)
        .buffer(true)
        .parse((r, cb) => {
          let s = '';
          r.setEncoding('utf8');
          r.on('data', (d: string) => (s += d));
          r.on('end', () => cb(null, s));
        });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      const rows = parseCsv((res.body as string).replace(/^\uFEFF/, ''));
      const [header, ...data] = rows;
      expect(header).toEqual(['response_id', 'submitted_at', ...QUESTIONS.map((q, i) => `Q${i + 1}. ${q.prompt}`)]);
      expect(data).toHaveLength(5);
      const dbRows = await t.sql('SELECT id FROM consultation_responses WHERE consultation_id = $1 ORDER BY created_at, id', [c.id]);
      expect(data.map((r) => r[0])).toEqual(dbRows.map((r) => r.id));
      const label = (qi: number, id: string) => c.questions[qi].options.find((o: any) => o.id === id).label;
      data.forEach((row, i) => {
        const a = answersFor(c, i);
        expect(row[2]).toBe(label(0, a[0].optionIds![0]));
        expect(row[3].split(' | ').sort()).toEqual(a[1].optionIds!.map((id) => label(1, id)).sort());
        expect(row[4]).toBe(a[2].ranking!.map((id) => label(2, id)).join(' > '));
        expect(row[5]).toBe(String(a[3].scale));
        expect(row[6]).toBe(i === 2 ? `'=HYPERLINK("x")` : `idea, "quoted" ${i}`);
      });
      const body = res.body as string;
      for (const r of who) {
        expect(body).not.toContain(r.email);
        expect(body).not.toContain(r.displayName);
      }
    });
  });

  describe('personal data', () => {
    it('exports a person’s answers; erasure unlinks them and keeps them counted', async () => {
      const c = await createConsultation(t, council, { resultsVisibility: 'LIVE' });
      const me = await t.factories.resident();
      await submit(me, c.id, answersFor(c, 0));
      const exported = JSON.parse((await t.gqlOk(`mutation { exportMyData }`, {}, me.token)).exportMyData);
      expect(exported.consultations.responses).toEqual([
        expect.objectContaining({
          consultationId: c.id,
          title: 'Library hours',
          answers: expect.arrayContaining([expect.objectContaining({ question: 'Anything else?', text: 'idea 0' })]),
        }),
      ]);
      const before = (await t.gqlOk(GET, { id: c.id }, council.token)).consultation;
      expect((await t.gqlOk(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: me.password }, me.token)).deleteMyAccount).toBe(
        true,
      );
      expect(await t.sql('SELECT id FROM consultation_responses WHERE user_id = $1', [me.id])).toEqual([]);
      expect(await responseRows(c.id)).toBe(1);
      const after = (await t.gqlOk(GET, { id: c.id }, council.token)).consultation;
      expect(after.responseCount).toBe(1);
      expect(after.results).toEqual(before.results);
    });
  });
});
