import { ConsultationsDemoSeed } from '../../src/consultations/consultations.seed';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DemoSeeder } from '../../src/demo/demo-seed';
import { ProposalsDemoSeed } from '../../src/proposals/proposals.seed';
import { TestUser } from '../harness/factories';
import { answersFor, CLOSE, CONCLUDE, createConsultation, SUBMIT } from '../harness/consultations';
import { fetchBytes, smallImage, upload } from '../harness/media';
import { errorOf, TestApp } from '../harness/test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('consultations on the platform', () => {
  let t: TestApp;
  let council: TestUser;
  let residents: TestUser[];
  let clientDir: string;

  beforeAll(async () => {
    // A built client, so GET requests a browser makes (Accept: text/html) meet the page fallback.
    clientDir = mkdtempSync(join(tmpdir(), 'parvis-client-'));
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>client</title>');
    t = await TestApp.start({ CLIENT_DIST_DIR: clientDir });
    council = await t.factories.council();
    residents = await Promise.all(Array.from({ length: 4 }, () => t.factories.resident()));
  });
  afterAll(async () => {
    await t?.close();
    rmSync(clientDir, { recursive: true, force: true });
  });

  const uploadDocument = (id: string, token: string | undefined, file = PDF, filename = 'rapport annuel.pdf') => {
    const req = t.http.post(`/consultations/${id}/documents`).field('title', 'Rapport 2025');
    if (token) req.set('Authorization', `Bearer ${token}`);
    return req.attach('file', file, { filename, contentType: 'application/pdf' });
  };

  it('is commentable (exact count, its creator told) and followable; followers hear of the conclusion too', async () => {
    const c = await createConsultation(t, council);
    const add = `mutation($id: ID!, $body: String!) { addComment(input: { targetType: CONSULTATION, targetId: $id, body: $body }) { id } }`;
    await Promise.all(residents.map((r, i) => t.gqlOk(add, { id: c.id, body: `Avis ${i}` }, r.token)));
    const seen = (
      await t.gqlOk(`query($id: ID!) { consultation(id: $id) { commentCount comments(first: 10) { totalCount } followerCount } }`, {
        id: c.id,
      })
    ).consultation;
    const rows = (await t.sql(`SELECT count(*)::int AS n FROM comments WHERE target_type = 'CONSULTATION' AND target_id = $1`, [c.id]))[0]
      .n;
    expect(seen.commentCount).toBe(rows);
    expect(seen.commentCount).toBe(residents.length);
    const told = await t.sql(
      `SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND kind = 'CONSULTATION_COMMENTED' AND target_id = $2`,
      [council.id, c.id],
    );
    expect(told[0].n).toBe(residents.length);

    const follower = residents[3];
    const follow = await t.gqlOk(
      `mutation($id: ID!) { follow(targetType: CONSULTATION, targetId: $id) { followerCount viewerIsFollowing } }`,
      { id: c.id },
      follower.token,
    );
    expect(follow.follow).toEqual({ followerCount: 1, viewerIsFollowing: true });
    await t.gqlOk(SUBMIT, { input: { consultationId: c.id, answers: answersFor(c, 0) } }, residents[0].token);
    await t.gqlOk(CLOSE, { id: c.id }, council.token);
    await t.gqlOk(CONCLUDE, { id: c.id, body: 'Décision' }, council.token);
    const notified = await t.sql(
      `SELECT recipient_id FROM notifications WHERE kind = 'CONSULTATION_CONCLUSION_PUBLISHED' AND target_id = $1`,
      [c.id],
    );
    expect(notified.map((n) => n.recipient_id).sort()).toEqual([residents[0].id, follower.id].sort());
  });

  it('carries photos through the media registry', async () => {
    const uploaded = await upload(t, await smallImage(), { token: council.token });
    expect(uploaded.status).toBe(201);
    const c = await createConsultation(t, council, { imageIds: [uploaded.body.id] });
    const { consultation } = await t.gqlOk(`query($id: ID!) { consultation(id: $id) { images { id } } }`, { id: c.id });
    expect(consultation.images.map((i: any) => i.id)).toEqual([uploaded.body.id]);
    const [row] = await t.sql(`SELECT attached_type, attached_id FROM images WHERE id = $1`, [uploaded.body.id]);
    expect(row).toEqual({ attached_type: 'CONSULTATION', attached_id: c.id });
  });

  it('attaches PDF documents until it opens, serves them as application/pdf, and refuses anything else', async () => {
    const c = await createConsultation(t, council, {}, 'upcoming');
    expect((await uploadDocument(c.id, undefined)).status).toBe(401);
    expect((await uploadDocument(c.id, residents[0].token)).status).toBe(403);
    const notPdf = await uploadDocument(c.id, council.token, Buffer.from('<html><script>alert(1)</script></html>'), 'evil.pdf');
    expect([notPdf.status, notPdf.body.error?.reason]).toEqual([400, 'NOT_A_PDF']);
    expect((await t.sql('SELECT count(*)::int AS n FROM consultation_documents WHERE consultation_id = $1', [c.id]))[0].n).toBe(0);

    const ok = await uploadDocument(c.id, council.token);
    expect(ok.status).toBe(201);
    const { consultation } = await t.gqlOk(`query($id: ID!) { consultation(id: $id) { documents { id title filename size url } } }`, {
      id: c.id,
    });
    expect(consultation.documents).toEqual([
      {
        id: ok.body.id,
        title: 'Rapport 2025',
        filename: 'rapport annuel.pdf',
        size: PDF.length,
        url: `/exports/consultations/${c.id}/documents/${ok.body.id}`,
      },
    ]);
    const served = await fetchBytes(t, consultation.documents[0].url);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(served.body as Buffer, PDF)).toBe(0);
    // A browser following the link asks for HTML first: it must still get the PDF, not the client's page.
    const clicked = await fetchBytes(t, consultation.documents[0].url).set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8');
    expect([clicked.status, clicked.headers['content-type']]).toEqual([200, 'application/pdf']);
    expect((await t.http.get(`/exports/consultations/${c.id}/documents/${c.id}`)).status).toBe(404);

    const REMOVE = `mutation($id: ID!, $doc: ID!) { removeConsultationDocument(id: $id, documentId: $doc) { id documents { id } } }`;
    const second = await uploadDocument(c.id, council.token);
    const removed = (await t.gqlOk(REMOVE, { id: c.id, doc: second.body.id }, council.token)).removeConsultationDocument;
    expect(removed.documents.map((d: any) => d.id)).toEqual([ok.body.id]);
    expect((await t.http.get(`/exports/consultations/${c.id}/documents/${second.body.id}`)).status).toBe(404);

    const open = await createConsultation(t, council);
    const late = await uploadDocument(open.id, council.token);
    expect([late.status, late.body.error?.reason]).toEqual([409, 'NOT_EDITABLE']);
  });

  it('answers a list page with a constant number of SQL statements', async () => {
    const RICH = `query($first: Int!) { consultations(first: $first) { totalCount edges { node {
      id title state responseCount commentCount viewerHasResponded viewerCanRespond { allowed reason }
      questions { id kind options { id label } } documents { id url } images { id } followerCount viewerIsFollowing
      results { questionId options { count share averageRank } scaleAverage scaleDistribution }
      conclusion { body author { displayName } } viewerResponse { id answers { questionId optionIds } } } } } }`;
    for (let i = 0; i < 12; i++) {
      const c = await createConsultation(t, council, { resultsVisibility: 'LIVE' });
      await t.gqlOk(SUBMIT, { input: { consultationId: c.id, answers: answersFor(c, i) } }, residents[1].token);
    }
    const viewer = residents[1];
    const small = await t.queryCounter.measure(() => t.gqlOk(RICH, { first: 3 }, viewer.token));
    const large = await t.queryCounter.measure(() => t.gqlOk(RICH, { first: 12 }, viewer.token));
    expect(large.result.consultations.edges).toHaveLength(12);
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(14);
  });

  it('keysets the list with opaque cursors and refuses a forged one', async () => {
    const LIST = `query($after: String) { consultations(first: 4, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await t.gqlOk(LIST, { after })).consultations;
      seen.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const all = await t.sql('SELECT id FROM consultations ORDER BY opens_at DESC, id DESC');
    expect(seen).toEqual(all.map((r) => r.id));
    const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
    expect(errorOf(await t.gql(LIST, { after: forged }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after'] });
  });

  it('seeds an open, an upcoming and a concluded consultation with real answers', async () => {
    await t.sql('TRUNCATE consultations CASCADE');
    await t.get<DemoSeeder>(DemoSeeder).seed();
    await t.get<ProposalsDemoSeed>(ProposalsDemoSeed).seed();
    await t.get<ConsultationsDemoSeed>(ConsultationsDemoSeed).seed();
    await t.jobsDone();
    const { consultations } = await t.gqlOk(
      `{ consultations(first: 10) { edges { node { title state responseCount conclusion { body } results { responseCount } } } } }`,
    );
    const byState = new Map(consultations.edges.map((e: any) => [e.node.state, e.node]));
    expect([...byState.keys()].sort()).toEqual(['CLOSED', 'OPEN', 'UPCOMING']);
    expect((byState.get('CLOSED') as any).conclusion.body).toMatch(/médiathèque/);
    expect((byState.get('CLOSED') as any).responseCount).toBeGreaterThan(0);
    expect((byState.get('OPEN') as any).results[0].responseCount).toBeGreaterThan(0);
    expect((byState.get('UPCOMING') as any).results).toBeNull();
    const drift = await t.sql(
      `SELECT c.id FROM consultations c WHERE c.response_count <> (SELECT count(*) FROM consultation_responses r WHERE r.consultation_id = c.id)`,
    );
    expect(drift).toEqual([]);
    const concluded = await t.sql(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'CONSULTATION_CONCLUSION_PUBLISHED'`);
    expect(concluded[0].n).toBeGreaterThan(0);
  });
});
