import type { TestUser } from '../harness/factories';
import { ADD_NOTE, file, fileFormality, move, REQUEST_FIELDS, setup, Setup } from '../harness/service-requests';
import { TestApp } from '../harness/test-app';

const SECRET = 'NOTE-INTERNE-confidentielle-42';

/** Every query and mutation answer that can carry a request's events. */
const QUERIES = {
  byId: `query($id: ID!) { serviceRequest(id: $id) { ${REQUEST_FIELDS} } }`,
  byReference: `query($reference: String!) { serviceRequestByReference(reference: $reference) { ${REQUEST_FIELDS} } }`,
  list: `query($filter: ServiceRequestFilter) { serviceRequests(first: 40, filter: $filter) { edges { node { ${REQUEST_FIELDS} } } } }`,
  mine: `query { myServiceRequests(first: 40) { edges { node { ${REQUEST_FIELDS} } } } }`,
  viaDuplicate: `query($id: ID!) { serviceRequest(id: $id) { duplicateOf { ${REQUEST_FIELDS} } } }`,
  notifications: `query { notifications(first: 100) { edges { node { kind payload } } } }`,
};

describe('service requests: privacy of internal notes and of the requester', () => {
  let t: TestApp;
  let s: Setup;
  let report: Record<string, any>;
  let duplicate: Record<string, any>;
  let formality: Record<string, any>;
  let follower: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    s = await setup(t);
    follower = await t.factories.resident();
    report = await file(t, s.resident, s.reportId, { address: '1 place de la Mairie', district: 'Centre-ville' });
    await t.gqlOk(
      `mutation($id: ID!) { follow(targetType: SERVICE_REQUEST, targetId: $id) { followerCount viewerIsFollowing } }`,
      { id: report.id },
      follower.token,
    );
    await move(t, s.agent, report.id, 'ACKNOWLEDGED', null);
    await t.gqlOk(ADD_NOTE, { id: report.id, body: SECRET, internal: true }, s.agent.token);
    await t.gqlOk(ADD_NOTE, { id: report.id, body: 'Intervention prévue jeudi.', internal: false }, s.agent.token);
    await t.gqlOk(`mutation($id: ID!) { setServiceRequestPriority(id: $id, priority: HIGH) { id } }`, { id: report.id }, s.agent.token);
    await move(t, s.agent, report.id, 'WAITING_FOR_RESIDENT', 'Pouvez-vous préciser ?');
    await t.gqlOk(
      `mutation($id: ID!) { replyToServiceRequest(id: $id, body: "Réponse privée du demandeur") { id } }`,
      { id: report.id },
      s.resident.token,
    );

    duplicate = await file(t, s.other, s.reportId);
    await t.gqlOk(
      `mutation($id: ID!, $o: ID!) { markServiceRequestDuplicate(id: $id, originalId: $o) { id } }`,
      { id: duplicate.id, o: report.id },
      s.agent.token,
    );

    formality = await fileFormality(t, s.resident, s.formalityId);
    await t.gqlOk(ADD_NOTE, { id: formality.id, body: SECRET, internal: true }, s.agent.token);
  });
  afterAll(() => t?.close());

  async function everythingSeenBy(who: TestUser | null): Promise<string> {
    const token = who?.token;
    const answers = [
      await t.gql(QUERIES.byId, { id: report.id }, token),
      await t.gql(QUERIES.byId, { id: formality.id }, token),
      await t.gql(QUERIES.byReference, { reference: report.reference }, token),
      await t.gql(QUERIES.byReference, { reference: formality.reference }, token),
      await t.gql(QUERIES.list, {}, token),
      await t.gql(QUERIES.list, { filter: { departmentId: s.departmentId } }, token),
      await t.gql(QUERIES.list, { filter: { near: { lat: 47.5861, lng: 1.3359, radiusMeters: 500 } } }, token),
      await t.gql(QUERIES.viaDuplicate, { id: duplicate.id }, token),
    ];
    if (who) answers.push(await t.gql(QUERIES.mine, {}, token), await t.gql(QUERIES.notifications, {}, token));
    for (const a of answers) expect(a.errors).toBeUndefined();
    return JSON.stringify(answers);
  }

  it.each([
    ['the requester', () => s.resident],
    ['a follower', () => follower],
    ['another resident', () => s.other],
    ['an agent of another department', () => s.otherAgent],
    ['a visitor', () => null],
  ])('never shows internal notes to %s, in any query', async (_name, who) => {
    const seen = await everythingSeenBy(who());
    expect(seen).not.toContain(SECRET);
    expect(seen).not.toContain('INTERNAL_NOTE');
    expect(seen).not.toContain('PRIORITY_CHANGED');
    expect(seen).toContain('Intervention prévue jeudi.');
  });

  it('shows internal notes to staff of the department', async () => {
    for (const who of [s.agent, s.admin]) {
      const seen = await everythingSeenBy(who);
      expect(seen).toContain(SECRET);
      expect(seen).toContain('INTERNAL_NOTE');
    }
  });

  it('never returns internal notes in the answer to the requester’s own mutations', async () => {
    const r = await file(t, s.resident, s.reportId);
    await t.gqlOk(ADD_NOTE, { id: r.id, body: SECRET, internal: true }, s.agent.token);
    await move(t, s.agent, r.id, 'WAITING_FOR_RESIDENT', 'Question ?');
    const replied = await t.gqlOk(
      `mutation($id: ID!) { replyToServiceRequest(id: $id, body: "ok") { ${REQUEST_FIELDS} } }`,
      { id: r.id },
      s.resident.token,
    );
    await move(t, s.agent, r.id, 'RESOLVED', 'Fait.');
    const rated = await t.gqlOk(
      `mutation($id: ID!) { rateServiceRequest(id: $id, rating: 5) { ${REQUEST_FIELDS} } }`,
      { id: r.id },
      s.resident.token,
    );
    const reopened = await t.gqlOk(
      `mutation($id: ID!) { reopenServiceRequest(id: $id, reason: "encore") { ${REQUEST_FIELDS} } }`,
      { id: r.id },
      s.resident.token,
    );
    const all = JSON.stringify([replied, rated, reopened]);
    expect(all).not.toContain(SECRET);
    expect(all).not.toContain('INTERNAL_NOTE');
  });

  it('writes no notification for an internal note, to anyone', async () => {
    const r = await file(t, s.resident, s.reportId);
    const colleague = await t.factories.agent([s.departmentId]);
    for (const who of [follower, colleague]) {
      await t.gqlOk(
        `mutation($id: ID!) { follow(targetType: SERVICE_REQUEST, targetId: $id) { viewerIsFollowing } }`,
        { id: r.id },
        who.token,
      );
    }
    const everyone = [s.resident, follower, colleague, s.agent, s.other].map((u) => u.id);
    // Every notification row of each of them, about anything: an internal note may cause none.
    const rowsOf = () => t.sql<{ id: string }>(`SELECT id FROM notifications WHERE recipient_id = ANY($1::uuid[]) ORDER BY id`, [everyone]);
    const before = await rowsOf();

    await t.gqlOk(ADD_NOTE, { id: r.id, body: SECRET, internal: true }, s.agent.token);
    expect(await rowsOf()).toEqual(before);
    expect(await t.sql(`SELECT id FROM notifications WHERE target_id = $1`, [r.id])).toEqual([]);

    // The same followers are told of a public note: the rows above were looked for where they appear.
    await t.gqlOk(ADD_NOTE, { id: r.id, body: 'Passage prévu vendredi.', internal: false }, s.agent.token);
    const told = await t.sql(`SELECT recipient_id, kind FROM notifications WHERE target_id = $1 ORDER BY recipient_id`, [r.id]);
    expect(told).toEqual(
      [s.resident.id, follower.id, colleague.id].sort().map((id) => ({ recipient_id: id, kind: 'SERVICE_REQUEST_PUBLIC_UPDATE' })),
    );
    const all = await t.sql(`SELECT payload::text AS payload FROM notifications`);
    expect(JSON.stringify(all)).not.toContain(SECRET);
  });

  it('keeps the resident’s reply between them and staff', async () => {
    expect(await everythingSeenBy(s.resident)).toContain('Réponse privée du demandeur');
    expect(await everythingSeenBy(s.agent)).toContain('Réponse privée du demandeur');
    for (const who of [follower, s.other, s.otherAgent, null]) {
      const seen = await everythingSeenBy(who);
      expect(seen).not.toContain('Réponse privée du demandeur');
      expect(seen).not.toContain('RESIDENT_REPLY');
    }
  });

  it('keeps the rating comment and the reopen reason between the requester and staff', async () => {
    const RATING = 'AVIS-PERSONNEL-voisin-bruyant-7';
    const REASON = 'MOTIF-REOUVERTURE-ma-sante-9';
    const r = await file(t, s.resident, s.reportId);
    await t.gqlOk(
      `mutation($id: ID!) { follow(targetType: SERVICE_REQUEST, targetId: $id) { followerCount viewerIsFollowing } }`,
      { id: r.id },
      follower.token,
    );
    await move(t, s.agent, r.id, 'RESOLVED', 'Lampe changée.');
    await t.gqlOk(
      `mutation($id: ID!, $c: String) { rateServiceRequest(id: $id, rating: 2, comment: $c) { id } }`,
      { id: r.id, c: RATING },
      s.resident.token,
    );
    await t.gqlOk(
      `mutation($id: ID!, $reason: String!) { reopenServiceRequest(id: $id, reason: $reason) { id } }`,
      { id: r.id, reason: REASON },
      s.resident.token,
    );

    const seenBy = async (who: TestUser | null) => {
      const answers = [
        await t.gql(QUERIES.byId, { id: r.id }, who?.token),
        await t.gql(QUERIES.byReference, { reference: r.reference }, who?.token),
        await t.gql(QUERIES.list, { filter: { departmentId: s.departmentId } }, who?.token),
      ];
      if (who) answers.push(await t.gql(QUERIES.notifications, {}, who.token));
      for (const a of answers) expect(a.errors).toBeUndefined();
      return answers;
    };
    for (const who of [s.resident, s.agent, s.admin]) {
      const [byId] = await seenBy(who);
      expect(byId.data!.serviceRequest.ratingComment).toBe(RATING);
      const bodies = byId.data!.serviceRequest.events.map((e: { body: string | null }) => e.body);
      expect(bodies).toEqual(expect.arrayContaining([RATING, REASON]));
    }
    for (const who of [follower, s.other, s.otherAgent, null]) {
      const answers = await seenBy(who);
      const seen = JSON.stringify(answers);
      expect(seen).not.toContain(RATING);
      expect(seen).not.toContain(REASON);
      // What happened stays public: the rating, the reopening, the town hall's message.
      const events = answers[0].data!.serviceRequest.events;
      expect(answers[0].data!.serviceRequest).toMatchObject({ rating: 2, ratingComment: null, reopenCount: 1 });
      expect(events.find((e: { kind: string }) => e.kind === 'RATED')).toMatchObject({ rating: 2, body: null, byRequester: true });
      expect(events.at(-1)).toMatchObject({ kind: 'STATUS_CHANGED', toStatus: 'IN_PROGRESS', body: null, byRequester: true });
      expect(seen).toContain('Lampe changée.');
    }
    // The follower was told of the reopening, without the reason.
    const told = await t.sql(
      `SELECT payload FROM notifications WHERE kind = 'SERVICE_REQUEST_REOPENED' AND recipient_id = $1 AND target_id = $2`,
      [follower.id, r.id],
    );
    expect(told).toHaveLength(1);
    expect(JSON.stringify(told)).not.toContain(REASON);
  });

  it('never names the requester to the public, in any query or notification', async () => {
    for (const who of [follower, s.other, s.otherAgent, null]) {
      const seen = await everythingSeenBy(who);
      expect(seen).not.toContain(s.resident.id);
      expect(seen).not.toContain(s.resident.displayName);
      // Nor the duplicate's requester (to anyone but themselves).
      if (who?.id !== s.other.id) expect(seen).not.toContain(s.other.id);
    }
  });

  it('names event authors to staff only', async () => {
    const seenByAgent = JSON.parse(await everythingSeenBy(s.agent))[0].data.serviceRequest.events;
    expect(seenByAgent.find((e: { kind: string }) => e.kind === 'PUBLIC_UPDATE').author).toEqual({ id: s.agent.id });
    const seenByRequester = JSON.parse(await everythingSeenBy(s.resident))[0].data.serviceRequest.events;
    expect(seenByRequester.every((e: { author: unknown }) => e.author === null)).toBe(true);
    expect(seenByRequester.filter((e: { byRequester: boolean }) => e.byRequester).map((e: { kind: string }) => e.kind)).toEqual([
      'CREATED',
      'RESIDENT_REPLY',
    ]);
  });
});
