import { COMMUNE, DISTRICT_AT, DISTRICT_LIST, SETUP } from '../harness/commune';
import { TestApp } from '../harness/test-app';

/** The demo commune (SEED_DEMO, no DISTRICTS): its identity and its districts with outlines come from @DemoData. */
describe('the commune: demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ SEED_DEMO: 'true', DISTRICTS: '' });
  }, 60_000);
  afterAll(() => t?.close());

  it('names the demo commune, with its colours, contact details and opening hours', async () => {
    expect((await t.gqlOk(COMMUNE)).commune).toMatchObject({
      name: 'Parvis-sur-Loire',
      configured: true,
      primaryColor: '#7a1f3d',
      primaryTextColor: '#ffffff',
      email: 'mairie@parvis.demo',
      openingHours: expect.stringContaining('lundi au vendredi'),
      defaultLanguage: 'FR',
    });
  });

  it('has the districts the other demo content uses, each with an outline, and a complete checklist', async () => {
    const nodes = (await t.gqlOk(DISTRICT_LIST, { first: 20 })).districtList.edges.map((e: any) => e.node);
    expect(nodes.map((d: any) => d.name)).toEqual(['Centre-ville', 'Les Arènes', 'Saint-Jean', 'Le Port', 'La Garenne', 'Bel-Air']);
    expect(nodes.every((d: any) => JSON.parse(d.shape).type === 'Polygon')).toBe(true);
    // The demo requests' centre is in the centre.
    expect((await t.gqlOk(DISTRICT_AT, { latitude: 47.5861, longitude: 1.3359 })).districtAt.name).toBe('Centre-ville');
    const used = await t.sql(`SELECT DISTINCT district FROM service_requests WHERE district IS NOT NULL
                              UNION SELECT DISTINCT district FROM proposals WHERE district IS NOT NULL
                              UNION SELECT DISTINCT district FROM users WHERE district IS NOT NULL`);
    expect(nodes.map((d: any) => d.name)).toEqual(expect.arrayContaining(used.map((r) => r.district)));
    expect((await t.gqlOk(SETUP)).communeSetup.complete).toBe(true);
  });
});
