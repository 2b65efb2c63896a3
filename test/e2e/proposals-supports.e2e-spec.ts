import { Clock } from '../../src/common/clock';
import { TestUser } from '../harness/factories';
import { ANSWER, createDraft, GET, proposalIn, publishedProposal, SUPPORT, UNSUPPORT } from '../harness/proposals';
import { errorOf, TestApp } from '../harness/test-app';

const THRESHOLD = 40;
const DAYS = 10;

describe('proposals: supports', () => {
  let t: TestApp;
  let author: TestUser;
  let council: TestUser;
  let residents: TestUser[];

  beforeAll(async () => {
    t = await TestApp.start({ PROPOSAL_SUPPORT_THRESHOLD: String(THRESHOLD), PROPOSAL_SUPPORT_DAYS: String(DAYS) });
    [author, council] = await Promise.all([t.factories.resident(), t.factories.council()]);
    residents = await Promise.all(Array.from({ length: 60 }, () => t.factories.resident()));
  });
  afterAll(() => t?.close());

  const rows = async (id: string) => (await t.sql('SELECT count(*)::int AS n FROM proposal_supports WHERE proposal_id = $1', [id]))[0].n;
  const counter = async (id: string) => (await t.sql('SELECT support_count AS n, status FROM proposals WHERE id = $1', [id]))[0];
  const events = async (id: string, kind: string) =>
    (await t.sql('SELECT count(*)::int AS n FROM proposal_events WHERE proposal_id = $1 AND kind = $2', [id, kind]))[0].n;

  it('counts one support per resident; a second call changes nothing', async () => {
    const p = await publishedProposal(t, author);
    const first = (await t.gqlOk(SUPPORT, { id: p.id }, residents[0].token)).supportProposal;
    expect(first).toMatchObject({ supportCount: 1, viewerHasSupported: true });
    const again = (await t.gqlOk(SUPPORT, { id: p.id }, residents[0].token)).supportProposal;
    expect(again).toMatchObject({ supportCount: 1, viewerHasSupported: true });
    expect(await rows(p.id)).toBe(1);
    const seenByOther = (await t.gqlOk(GET, { id: p.id }, residents[1].token)).proposal;
    expect(seenByOther).toMatchObject({ supportCount: 1, viewerHasSupported: false });
    expect((await t.gqlOk(GET, { id: p.id })).proposal.viewerHasSupported).toBe(false);
  });

  it('withdraws a support while collecting; withdrawing without one changes nothing', async () => {
    const p = await publishedProposal(t, author);
    await t.gqlOk(SUPPORT, { id: p.id }, residents[0].token);
    await t.gqlOk(SUPPORT, { id: p.id }, residents[1].token);
    const after = (await t.gqlOk(UNSUPPORT, { id: p.id }, residents[0].token)).withdrawSupport;
    expect(after).toMatchObject({ supportCount: 1, viewerHasSupported: false });
    const none = (await t.gqlOk(UNSUPPORT, { id: p.id }, residents[0].token)).withdrawSupport;
    expect(none).toMatchObject({ supportCount: 1, viewerHasSupported: false });
    expect(await rows(p.id)).toBe(1);
    expect((await counter(p.id)).n).toBe(1);
  });

  it('keeps the count exact when 60 residents support at the same moment, 15 of them twice', async () => {
    const p = await publishedProposal(t, author);
    const requests = [...residents, ...residents.filter((_, i) => i % 4 === 0)].map((r) => t.gql(SUPPORT, { id: p.id }, r.token));
    const answers = await Promise.all(requests);
    expect(answers.filter((a) => a.errors)).toEqual([]);
    expect(answers.every((a) => a.data!.supportProposal.viewerHasSupported)).toBe(true);
    expect(await rows(p.id)).toBe(60);
    expect(await counter(p.id)).toEqual({ n: 60, status: 'UNDER_REVIEW' });
    // The threshold was crossed once, by exactly one of the concurrent supports.
    expect(await events(p.id, 'THRESHOLD_REACHED')).toBe(1);
    expect(answers.filter((a) => a.data!.supportProposal.status === 'UNDER_REVIEW').length).toBeGreaterThanOrEqual(1);
  });

  it('keeps the count exact under concurrent supports and withdrawals', async () => {
    const p = await publishedProposal(t, author);
    await Promise.all(residents.slice(0, 30).map((r) => t.gqlOk(SUPPORT, { id: p.id }, r.token)));
    const mixed = [
      ...residents.slice(0, 20).map((r) => t.gql(UNSUPPORT, { id: p.id }, r.token)),
      ...residents.slice(0, 10).map((r) => t.gql(UNSUPPORT, { id: p.id }, r.token)),
      ...residents.slice(30, 55).map((r) => t.gql(SUPPORT, { id: p.id }, r.token)),
      ...residents.slice(30, 40).map((r) => t.gql(SUPPORT, { id: p.id }, r.token)),
    ];
    const answers = await Promise.all(mixed);
    expect(answers.filter((a) => a.errors)).toEqual([]);
    expect(await rows(p.id)).toBe(10 + 25);
    expect((await counter(p.id)).n).toBe(35);
  });

  it('sends a published proposal under review when the threshold is reached, once, and keeps supports open', async () => {
    const p = await publishedProposal(t, author);
    expect(p.supportThreshold).toBe(THRESHOLD);
    for (const r of residents.slice(0, THRESHOLD - 1)) await t.gqlOk(SUPPORT, { id: p.id }, r.token);
    expect(await counter(p.id)).toEqual({ n: THRESHOLD - 1, status: 'PUBLISHED' });
    const reached = (await t.gqlOk(SUPPORT, { id: p.id }, residents[THRESHOLD - 1].token)).supportProposal;
    expect(reached.status).toBe('UNDER_REVIEW');
    expect(reached.thresholdReachedAt).not.toBeNull();
    // Still collecting while under review; withdrawing below the threshold does not send it back.
    await t.gqlOk(SUPPORT, { id: p.id }, residents[THRESHOLD].token);
    for (const r of residents.slice(0, 5)) await t.gqlOk(UNSUPPORT, { id: p.id }, r.token);
    await t.gqlOk(SUPPORT, { id: p.id }, residents[0].token);
    expect(await counter(p.id)).toEqual({ n: THRESHOLD - 3, status: 'UNDER_REVIEW' });
    const { proposal } = await t.gqlOk(GET, { id: p.id });
    expect(proposal.timeline.map((e: any) => [e.kind, e.fromStatus, e.toStatus, e.author])).toEqual([
      ['PUBLISHED', 'DRAFT', 'PUBLISHED', { id: author.id }],
      ['THRESHOLD_REACHED', 'PUBLISHED', 'UNDER_REVIEW', null],
    ]);
  });

  it('records the threshold without a status change when the council already reviews it', async () => {
    const p = await proposalIn(t, 'UNDER_REVIEW', author, council);
    await Promise.all(residents.slice(0, THRESHOLD).map((r) => t.gqlOk(SUPPORT, { id: p.id }, r.token)));
    const { proposal } = await t.gqlOk(GET, { id: p.id });
    expect(proposal.status).toBe('UNDER_REVIEW');
    expect(proposal.timeline.map((e: any) => [e.kind, e.fromStatus, e.toStatus])).toEqual([
      ['PUBLISHED', 'DRAFT', 'PUBLISHED'],
      ['UNDER_REVIEW', 'PUBLISHED', 'UNDER_REVIEW'],
      ['THRESHOLD_REACHED', null, null],
    ]);
  });

  it('refuses supports on drafts and on answered proposals, and withdrawals once answered', async () => {
    const draft = await createDraft(t, author);
    expect(errorOf(await t.gql(SUPPORT, { id: draft.id }, residents[0].token))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await t.gql(SUPPORT, { id: draft.id }, author.token))).toMatchObject({ code: 'CONFLICT', reason: 'SUPPORTS_CLOSED' });

    const p = await proposalIn(t, 'UNDER_REVIEW', author, council);
    await t.gqlOk(SUPPORT, { id: p.id }, residents[0].token);
    await t.gqlOk(ANSWER, { id: p.id, input: { status: 'ACCEPTED', body: 'Adopté' } }, council.token);
    expect(errorOf(await t.gql(SUPPORT, { id: p.id }, residents[1].token))).toMatchObject({ code: 'CONFLICT', reason: 'SUPPORTS_CLOSED' });
    expect(errorOf(await t.gql(UNSUPPORT, { id: p.id }, residents[0].token))).toMatchObject({
      code: 'CONFLICT',
      reason: 'SUPPORTS_CLOSED',
    });
    // Idempotent even when closed: supporting again what one supports changes nothing and is no error.
    expect((await t.gqlOk(SUPPORT, { id: p.id }, residents[0].token)).supportProposal.supportCount).toBe(1);
    expect(await rows(p.id)).toBe(1);
    expect(errorOf(await t.gql(SUPPORT, { id: p.id }))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  // Last: moves this app's clock past every collection deadline.
  it(`closes supports after the collection period (${DAYS} days, from configuration)`, async () => {
    const p = await publishedProposal(t, author);
    await t.gqlOk(SUPPORT, { id: p.id }, residents[0].token);
    const days = (new Date(p.supportDeadline).getTime() - new Date(p.publishedAt).getTime()) / 86_400_000;
    expect(days).toBeCloseTo(DAYS, 1);
    t.get<Clock>(Clock).advance(DAYS * 86_400_000 - 60_000);
    await t.gqlOk(SUPPORT, { id: p.id }, residents[1].token);
    t.get<Clock>(Clock).advance(120_000);
    expect(errorOf(await t.gql(SUPPORT, { id: p.id }, residents[2].token))).toMatchObject({ code: 'CONFLICT', reason: 'SUPPORTS_CLOSED' });
    expect(errorOf(await t.gql(UNSUPPORT, { id: p.id }, residents[0].token))).toMatchObject({
      code: 'CONFLICT',
      reason: 'SUPPORTS_CLOSED',
    });
    expect((await t.gqlOk(GET, { id: p.id })).proposal).toMatchObject({ supportsOpen: false, supportCount: 2, status: 'PUBLISHED' });
    expect(await rows(p.id)).toBe(2);
  });
});
