import { TestApp } from '../harness/test-app';

describe('service requests: demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ SEED_DEMO: 'true' });
  }, 60_000);
  afterAll(() => t?.close());

  it('seeds a catalogue for a French commune and requests in every status', async () => {
    const services = (await t.gqlOk(`{ services { code kind group department { code } fields { code } } }`)).services;
    expect(services.length).toBeGreaterThanOrEqual(12);
    expect(new Set(services.map((s: { department: { code: string } }) => s.department.code))).toEqual(
      new Set(['VOIRIE', 'PROPRETE', 'ECLAIRAGE', 'ESPACES-VERTS', 'ETAT-CIVIL', 'EDUCATION', 'URBANISME']),
    );
    const statuses = await t.sql(`SELECT DISTINCT status FROM service_requests ORDER BY status`);
    expect(statuses.map((r) => r.status)).toEqual([
      'ACKNOWLEDGED',
      'CLOSED',
      'IN_PROGRESS',
      'REJECTED',
      'RESOLVED',
      'SUBMITTED',
      'WAITING_FOR_RESIDENT',
    ]);
    const overdue = (await t.gqlOk(`{ serviceRequests(filter: { overdue: true }) { totalCount } }`)).serviceRequests.totalCount;
    expect(overdue).toBeGreaterThan(0);
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM response_templates`);
    expect(n).toBeGreaterThan(0);
  });

  it('lets the demo agent see the voirie queue with internal notes', async () => {
    const login = await t.gqlOk(
      `mutation { login(input: { email: "agent.voirie@parvis.demo", password: "parvis-demo-2026" }) { accessToken } }`,
    );
    const queue = (
      await t.gqlOk(
        `{ serviceRequests(first: 50) { edges { node { department { code } events { kind } } } } }`,
        {},
        login.login.accessToken,
      )
    ).serviceRequests.edges;
    expect(queue.length).toBeGreaterThan(0);
    expect(queue.every((e: any) => ['VOIRIE', 'ECLAIRAGE'].includes(e.node.department.code))).toBe(true);
    expect(JSON.stringify(queue)).toContain('INTERNAL_NOTE');
  });
});
