import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Clock } from '../../src/common/clock';
import type { TestUser } from '../harness/factories';
import { fetchBytes, smallImage, upload } from '../harness/media';
import { CREATE_REQUEST, file, fileFormality, move, setup, Setup } from '../harness/service-requests';
import { errorOf, TestApp } from '../harness/test-app';

const IMAGES = `images { id width thumb: url(variant: THUMB) }`;
const GET = `query($id: ID!) { serviceRequest(id: $id) { id status ${IMAGES} events { kind body images { id thumb: url(variant: THUMB) } } } }`;
const LIST = `query($filter: ServiceRequestFilter) { serviceRequests(first: 100, filter: $filter) { edges { node { id ${IMAGES} } } } }`;
const MINE = `query { myServiceRequests(first: 100) { edges { node { id ${IMAGES} } } } }`;
const IMAGE = `query($id: ID!) { image(id: $id) { id thumb: url(variant: THUMB) } }`;
const REPLY = `mutation($id: ID!, $body: String!, $imageIds: [ID!]) { replyToServiceRequest(id: $id, body: $body, imageIds: $imageIds) {
  id status ${IMAGES} events { kind images { id } } } }`;

/**
 * Photos on service requests: filed with the request in one transaction; sent with a reply; a
 * formality's photos (and a reply's) shown only to the requester and staff, served by signed URLs.
 */
describe('service requests: photos', () => {
  let t: TestApp;
  let s: Setup;
  let mediaDir: string;

  beforeAll(async () => {
    mediaDir = mkdtempSync(join(tmpdir(), 'parvis-request-images-'));
    t = await TestApp.start({ MEDIA_DIR: mediaDir });
    s = await setup(t);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(mediaDir, { recursive: true, force: true });
  });

  const uploads = async (who: TestUser, n: number): Promise<string[]> => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push((await upload(t, await smallImage('jpeg', 50 + i, 40), { token: who.token }).expect(201)).body.id);
    return ids;
  };
  const attachment = async (ids: string[]) =>
    (await t.sql(`SELECT id, attached_type, attached_id, position FROM images WHERE id = ANY($1)`, [ids])).reduce(
      (m: Record<string, unknown>, r: any) => ({ ...m, [r.id]: r.attached_id ? [r.attached_type, r.attached_id, r.position] : null }),
      {},
    );
  const requestsOf = async (who: TestUser) =>
    (await t.sql(`SELECT count(*)::int AS n FROM service_requests WHERE requester_id = $1`, [who.id]))[0].n;
  const fileWith = (imageIds: string[], who = s.resident) =>
    t.gql(
      CREATE_REQUEST,
      { input: { serviceId: s.reportId, description: 'Un nid-de-poule rue Voltaire.', location: { lat: 47.58, lng: 1.33 }, imageIds } },
      who.token,
    );
  const refusal = (reason: string, path = 'input.imageIds') => ({ code: 'BAD_USER_INPUT', reason, fields: [path] });
  const get = async (id: string, who?: TestUser) => (await t.gqlOk(GET, { id }, who?.token)).serviceRequest;
  const ids = (images: { id: string }[]) => images.map((i) => i.id);

  describe('filing with photos', () => {
    it('attaches the requester’s photos in order; anyone sees those of a report, on the detail and in lists', async () => {
      const [a, b, c] = await uploads(s.resident, 3);
      const r = await file(t, s.resident, s.reportId, { imageIds: [c, a, b] });
      expect(await attachment([a, b, c])).toEqual({
        [c]: ['SERVICE_REQUEST', r.id, 1],
        [a]: ['SERVICE_REQUEST', r.id, 2],
        [b]: ['SERVICE_REQUEST', r.id, 3],
      });
      const seen = await get(r.id);
      expect(ids(seen.images)).toEqual([c, a, b]);
      expect(seen.images[0]).toEqual({ id: c, width: 52, thumb: `/media/${c}/thumb` });
      await fetchBytes(t, seen.images[0].thumb)
        .expect(200)
        .expect('Cache-Control', /public/);
      const listed = (await t.gqlOk(LIST, { filter: { serviceId: s.reportId } })).serviceRequests.edges.map((e: any) => e.node);
      expect(ids(listed.find((n: any) => n.id === r.id).images)).toEqual([c, a, b]);
      const mine = (await t.gqlOk(MINE, {}, s.resident.token)).myServiceRequests.edges.map((e: any) => e.node);
      expect(ids(mine.find((n: any) => n.id === r.id).images)).toEqual([c, a, b]);
      expect((await t.gqlOk(IMAGE, { id: a })).image).toEqual({ id: a, thumb: `/media/${a}/thumb` });
    });

    it('refuses someone else’s photo on input.imageIds and files nothing (no reference used)', async () => {
      const before = await requestsOf(s.resident);
      const [mine] = await uploads(s.resident, 1);
      const [theirs] = await uploads(s.other, 1);
      const res = await fileWith([mine, theirs]);
      expect(errorOf(res)).toEqual(refusal('IMAGE_NOT_YOURS'));
      expect(res.data).toBeNull();
      expect(await requestsOf(s.resident)).toBe(before);
      expect(await attachment([mine, theirs])).toEqual({ [mine]: null, [theirs]: null });
      // The refused filing took no reference number: the next one follows the last one filed.
      const [last] = await t.sql(`SELECT reference FROM service_requests ORDER BY created_at DESC, reference DESC LIMIT 1`);
      const next = await file(t, s.resident, s.reportId, { imageIds: [mine] });
      expect(Number(next.reference.slice(-6))).toBe(Number(last.reference.slice(-6)) + 1);
    });

    it('refuses a photo already attached, and 7 photos, filing nothing', async () => {
      const [used] = await uploads(s.resident, 1);
      const first = await file(t, s.resident, s.reportId, { imageIds: [used] });
      const seven = await uploads(s.resident, 7);
      const before = await requestsOf(s.resident);
      expect(errorOf(await fileWith([seven[0], used]))).toEqual(refusal('IMAGE_ALREADY_ATTACHED'));
      expect(errorOf(await fileWith(seven))).toEqual(refusal('TOO_MANY_IMAGES'));
      expect(await requestsOf(s.resident)).toBe(before);
      expect(await attachment([used, seven[0]])).toEqual({ [used]: ['SERVICE_REQUEST', first.id, 1], [seven[0]]: null });
    });
  });

  describe('a formality’s photos are as private as the formality', () => {
    let formality: Record<string, any>;
    let photo: string;

    beforeAll(async () => {
      [photo] = await uploads(s.resident, 1);
      formality = await fileFormality(t, s.resident, s.formalityId, { imageIds: [photo] });
    });

    it('shows them to the requester and the department’s staff only, with signed URLs', async () => {
      for (const who of [s.resident, s.agent, s.admin]) {
        const seen = await get(formality.id, who);
        expect(ids(seen.images)).toEqual([photo]);
        expect(seen.images[0].thumb).toMatch(new RegExp(`^/media/${photo}/thumb\\?exp=\\d+&sig=[\\w-]{43}$`));
      }
      for (const who of [undefined, s.other, s.otherAgent])
        expect((await t.gqlOk(GET, { id: formality.id }, who?.token)).serviceRequest).toBeNull();
      const listed = await t.gqlOk(LIST, { filter: { serviceId: s.formalityId } }, s.other.token);
      expect(JSON.stringify(listed)).not.toContain(photo);
    });

    it('keeps them out of the image query for anyone but their uploader', async () => {
      for (const who of [undefined, s.other, s.agent]) expect((await t.gqlOk(IMAGE, { id: photo }, who?.token)).image).toBeNull();
      expect((await t.gqlOk(IMAGE, { id: photo }, s.resident.token)).image.thumb).toMatch(/\?exp=\d+&sig=/);
    });

    it('serves the bytes only with a valid, unexpired signature, never to shared caches', async () => {
      const url: string = (await get(formality.id, s.agent)).images[0].thumb;
      const res = await fetchBytes(t, url).expect(200);
      expect(res.headers['content-type']).toBe('image/webp');
      expect(res.headers['cache-control']).toMatch(/^private, max-age=\d+$/);
      expect(Number(res.headers['cache-control'].split('=')[1])).toBeLessThanOrEqual(7200);
      expect(res.headers['cross-origin-resource-policy']).not.toBe('cross-origin');

      const [path, query] = url.split('?');
      const params = new URLSearchParams(query);
      await t.http.get(path).expect(404);
      await t.http.get(`${path}?exp=${params.get('exp')}&sig=${'A'.repeat(43)}`).expect(404);
      await t.http.get(`${path}?exp=${Number(params.get('exp')) + 3600}&sig=${params.get('sig')}`).expect(404);
      await t.http.get(`/media/${photo}/large?${query}`).expect(404);
      // Two hours later at most, the URL no longer works; a fresh one is given on asking again.
      const clock = t.get<Clock>(Clock);
      clock.advance(2 * 3600_000 + 1000);
      try {
        await t.http.get(url).expect(404);
        const fresh: string = (await get(formality.id, s.resident)).images[0].thumb;
        expect(fresh).not.toBe(url);
        await fetchBytes(t, fresh).expect(200);
      } finally {
        clock.advance(-(2 * 3600_000 + 1000));
      }
    });
  });

  describe('photos sent with a reply', () => {
    const waiting = async (imageIds: string[]) => {
      const r = await file(t, s.resident, s.reportId, { imageIds });
      await move(t, s.agent, r.id, 'WAITING_FOR_RESIDENT', 'Pouvez-vous envoyer une photo de plus près ?');
      return r;
    };

    it('join the request’s photos after its own, shown with the reply to the requester and staff only', async () => {
      const [filed] = await uploads(s.resident, 1);
      const [x, y] = await uploads(s.resident, 2);
      const r = await waiting([filed]);
      const replied = (await t.gqlOk(REPLY, { id: r.id, body: 'Voici deux photos.', imageIds: [y, x] }, s.resident.token))
        .replyToServiceRequest;
      expect(replied.status).toBe('IN_PROGRESS');
      expect(ids(replied.images)).toEqual([filed, y, x]);
      expect(replied.events.at(-1)).toEqual({ kind: 'RESIDENT_REPLY', images: [{ id: y }, { id: x }] });
      expect(await attachment([filed, x, y])).toEqual({
        [filed]: ['SERVICE_REQUEST', r.id, 1],
        [y]: ['SERVICE_REQUEST', r.id, 2],
        [x]: ['SERVICE_REQUEST', r.id, 3],
      });

      const staff = await get(r.id, s.agent);
      expect(ids(staff.images)).toEqual([filed, y, x]);
      expect(staff.images[0].thumb).toBe(`/media/${filed}/thumb`);
      expect(staff.images[1].thumb).toMatch(/\?exp=\d+&sig=/);
      // The public sees the report's own photo only, as it sees no reply.
      const visitor = await get(r.id);
      expect(ids(visitor.images)).toEqual([filed]);
      expect(JSON.stringify(await get(r.id, s.other))).not.toContain(x);
      await t.http.get(`/media/${x}/thumb`).expect(404);
      expect((await t.gqlOk(IMAGE, { id: x })).image).toBeNull();
    });

    it('refuses more than 6 photos in all, or someone else’s, on imageIds, and changes nothing', async () => {
      const five = await uploads(s.resident, 5);
      const [six, seven] = await uploads(s.resident, 2);
      const [theirs] = await uploads(s.other, 1);
      const r = await waiting(five);
      expect(errorOf(await t.gql(REPLY, { id: r.id, body: 'Deux de plus.', imageIds: [six, seven] }, s.resident.token))).toEqual(
        refusal('TOO_MANY_IMAGES', 'imageIds'),
      );
      expect(errorOf(await t.gql(REPLY, { id: r.id, body: 'Celle-ci.', imageIds: [theirs] }, s.resident.token))).toEqual(
        refusal('IMAGE_NOT_YOURS', 'imageIds'),
      );
      const after = await get(r.id, s.resident);
      expect(after.status).toBe('WAITING_FOR_RESIDENT');
      expect(after.events.map((e: any) => e.kind)).not.toContain('RESIDENT_REPLY');
      expect(await attachment([six, seven, theirs])).toEqual({ [six]: null, [seven]: null, [theirs]: null });
      const ok = (await t.gqlOk(REPLY, { id: r.id, body: 'Une seule.', imageIds: [six] }, s.resident.token)).replyToServiceRequest;
      expect(ok.images).toHaveLength(6);
    });
  });
});
