import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestUser } from '../harness/factories';
import { fetchBytes, smallImage, upload } from '../harness/media';
import { createDraft, PUBLISH } from '../harness/proposals';
import { errorOf, TestApp } from '../harness/test-app';

const IMAGES = `images { id width height placeholder thumb: url(variant: THUMB) url }`;
const CREATE = `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id title ${IMAGES} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateProposalInput!) { updateProposal(id: $id, input: $input) { id title ${IMAGES} } }`;
const GET = `query($id: ID!) { proposal(id: $id) { id ${IMAGES} } }`;
const LIST = `query($filter: ProposalFilter) { proposals(first: 100, filter: $filter) { edges { node { id ${IMAGES} } } } }`;

/** Photos on proposals: attached with the draft in one transaction, replaced while it is a draft. */
describe('proposals: photos', () => {
  let t: TestApp;
  let mediaDir: string;
  let author: TestUser;
  let other: TestUser;

  beforeAll(async () => {
    mediaDir = mkdtempSync(join(tmpdir(), 'parvis-proposal-images-'));
    t = await TestApp.start({ MEDIA_DIR: mediaDir });
    [author, other] = await Promise.all([t.factories.resident(), t.factories.resident()]);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(mediaDir, { recursive: true, force: true });
  });

  /** Real uploads through POST /media, as the client does before submitting the form. */
  const uploads = async (who: TestUser, n: number): Promise<string[]> => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push((await upload(t, await smallImage('jpeg', 40 + i, 30), { token: who.token }).expect(201)).body.id);
    return ids;
  };
  const attachment = async (ids: string[]) =>
    (await t.sql(`SELECT id, attached_type, attached_id, position FROM images WHERE id = ANY($1)`, [ids])).reduce(
      (m: Record<string, unknown>, r: any) => ({ ...m, [r.id]: r.attached_id ? [r.attached_type, r.attached_id, r.position] : null }),
      {},
    );
  const draftsOf = async (who: TestUser) => (await t.sql(`SELECT count(*)::int AS n FROM proposals WHERE author_id = $1`, [who.id]))[0].n;
  const refusal = (reason: string) => ({ code: 'BAD_USER_INPUT', reason, fields: ['input.imageIds'] });
  const input = (imageIds: string[]) => ({ title: 'Un jardin partagé rue Carnot', body: 'Sur la friche derrière l’école.', imageIds });

  it('attaches the author’s own photos in the order given, with their URLs', async () => {
    const ids = await uploads(author, 3);
    const order = [ids[2], ids[0], ids[1]];
    const created = (await t.gqlOk(CREATE, { input: input(order) }, author.token)).createProposal;
    expect(created.images.map((i: any) => i.id)).toEqual(order);
    expect(created.images[1]).toEqual({
      id: ids[0],
      width: 40,
      height: 30,
      placeholder: expect.stringMatching(/^#[0-9a-f]{6}$/),
      // A draft's photos are its author's only: signed URLs.
      thumb: expect.stringMatching(new RegExp(`^/media/${ids[0]}/thumb\\?exp=\\d+&sig=[\\w-]{43}$`)),
      url: expect.stringMatching(new RegExp(`^/media/${ids[0]}/medium\\?exp=\\d+&sig=[\\w-]{43}$`)),
    });
    expect(await attachment(ids)).toEqual({
      [ids[2]]: ['PROPOSAL', created.id, 1],
      [ids[0]]: ['PROPOSAL', created.id, 2],
      [ids[1]]: ['PROPOSAL', created.id, 3],
    });
    const served = await fetchBytes(t, created.images[0].thumb).expect(200);
    expect(served.headers['content-type']).toBe('image/webp');
    // Without photos, an empty list.
    expect(
      (await t.gqlOk(CREATE, { input: { title: 'Sans photo', body: 'Rien à montrer.' } }, author.token)).createProposal.images,
    ).toEqual([]);
  });

  it('serves a draft’s photos to its author only, and to anyone once it is published', async () => {
    const [a] = await uploads(author, 1);
    const draft = (await t.gqlOk(CREATE, { input: input([a]) }, author.token)).createProposal;
    const signed = draft.images[0].thumb as string;
    await fetchBytes(t, signed).expect(200);
    // The id alone (a guess, a leak) opens nothing while it is a draft, nor the Image query.
    for (const variant of ['thumb', 'medium', 'large']) await t.http.get(`/media/${a}/${variant}`).expect(404);
    const IMAGE = `query($id: ID!) { image(id: $id) { id } }`;
    expect((await t.gqlOk(IMAGE, { id: a }, other.token)).image).toBeNull();
    expect((await t.gqlOk(IMAGE, { id: a })).image).toBeNull();

    await t.gqlOk(PUBLISH, { id: draft.id }, author.token);
    const published = (await t.gqlOk(GET, { id: draft.id }, other.token)).proposal;
    expect(published.images[0].thumb).toBe(`/media/${a}/thumb`);
    const res = await t.http.get(`/media/${a}/thumb`).expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await t.gqlOk(IMAGE, { id: a })).image).toEqual({ id: a });
  });

  it('refuses someone else’s photo on input.imageIds and creates nothing', async () => {
    const [mine] = await uploads(author, 1);
    const [theirs] = await uploads(other, 1);
    const before = await draftsOf(author);
    const res = await t.gql(CREATE, { input: input([mine, theirs]) }, author.token);
    expect(errorOf(res)).toEqual(refusal('IMAGE_NOT_YOURS'));
    expect(res.data).toBeNull();
    expect(await draftsOf(author)).toBe(before);
    expect(await attachment([mine, theirs])).toEqual({ [mine]: null, [theirs]: null });
  });

  it('refuses a photo already attached elsewhere, an unknown one and a repeated one, creating nothing', async () => {
    const [used, fresh] = await uploads(author, 2);
    const first = (await t.gqlOk(CREATE, { input: input([used]) }, author.token)).createProposal;
    const before = await draftsOf(author);
    expect(errorOf(await t.gql(CREATE, { input: input([fresh, used]) }, author.token))).toEqual(refusal('IMAGE_ALREADY_ATTACHED'));
    expect(errorOf(await t.gql(CREATE, { input: input(['00000000-0000-4000-8000-000000000000']) }, author.token))).toEqual(
      refusal('IMAGE_NOT_FOUND'),
    );
    expect(errorOf(await t.gql(CREATE, { input: input(['not-an-id']) }, author.token))).toEqual(refusal('IMAGE_NOT_FOUND'));
    expect(errorOf(await t.gql(CREATE, { input: input([fresh, fresh]) }, author.token))).toEqual(refusal('DUPLICATE_IMAGE'));
    expect(await draftsOf(author)).toBe(before);
    expect(await attachment([used, fresh])).toEqual({ [used]: ['PROPOSAL', first.id, 1], [fresh]: null });
  });

  it('refuses 7 photos (at most 6) and creates nothing', async () => {
    const ids = await uploads(author, 7);
    const before = await draftsOf(author);
    expect(errorOf(await t.gql(CREATE, { input: input(ids) }, author.token))).toEqual(refusal('TOO_MANY_IMAGES'));
    expect(await draftsOf(author)).toBe(before);
    expect(Object.values(await attachment(ids))).toEqual(Array(7).fill(null));
    const six = (await t.gqlOk(CREATE, { input: input(ids.slice(0, 6)) }, author.token)).createProposal;
    expect(six.images).toHaveLength(6);
  });

  it('replaces the photos of a draft in the order given; null removes them; absent keeps them', async () => {
    const [a, b, c] = await uploads(author, 3);
    const draft = (await t.gqlOk(CREATE, { input: input([a, b]) }, author.token)).createProposal;
    const update = async (patch: Record<string, unknown>) =>
      (await t.gqlOk(UPDATE, { id: draft.id, input: patch }, author.token)).updateProposal;

    expect((await update({ imageIds: [c, a] })).images.map((i: any) => i.id)).toEqual([c, a]);
    expect(await attachment([a, b, c])).toEqual({ [c]: ['PROPOSAL', draft.id, 1], [a]: ['PROPOSAL', draft.id, 2], [b]: null });
    expect((await update({ title: 'Un jardin partagé et fleuri' })).images.map((i: any) => i.id)).toEqual([c, a]);
    expect((await update({ imageIds: null })).images).toEqual([]);
    expect(await attachment([a, c])).toEqual({ [a]: null, [c]: null });
  });

  it('changes nothing of a draft when a photo is refused on update', async () => {
    const [a] = await uploads(author, 1);
    const [theirs] = await uploads(other, 1);
    const draft = (await t.gqlOk(CREATE, { input: input([a]) }, author.token)).createProposal;
    const res = await t.gql(UPDATE, { id: draft.id, input: { title: 'Titre changé', imageIds: [theirs] } }, author.token);
    expect(errorOf(res)).toEqual(refusal('IMAGE_NOT_YOURS'));
    const [row] = await t.sql(`SELECT title FROM proposals WHERE id = $1`, [draft.id]);
    expect(row.title).toBe(draft.title);
    expect(await attachment([a, theirs])).toEqual({ [a]: ['PROPOSAL', draft.id, 1], [theirs]: null });
  });

  it('lets only the author change them, and only while a draft', async () => {
    const [a, b] = await uploads(author, 2);
    const [o] = await uploads(other, 1);
    const draft = (await t.gqlOk(CREATE, { input: input([a]) }, author.token)).createProposal;
    expect(errorOf(await t.gql(UPDATE, { id: draft.id, input: { imageIds: [o] } }, other.token)).code).toBe('NOT_FOUND');
    await t.gqlOk(PUBLISH, { id: draft.id }, author.token);
    expect(errorOf(await t.gql(UPDATE, { id: draft.id, input: { imageIds: [a, b] } }, author.token))).toMatchObject({
      code: 'CONFLICT',
      reason: 'NOT_DRAFT',
    });
    expect(await attachment([a, b, o])).toEqual({ [a]: ['PROPOSAL', draft.id, 1], [b]: null, [o]: null });
  });

  it('shows the photos on the list and the detail of a published proposal, to anyone; a draft’s to its author only', async () => {
    const ids = await uploads(author, 2);
    const draft = (await t.gqlOk(CREATE, { input: input(ids) }, author.token)).createProposal;
    expect((await t.gqlOk(GET, { id: draft.id }, author.token)).proposal.images.map((i: any) => i.id)).toEqual(ids);
    expect((await t.gqlOk(GET, { id: draft.id }, other.token)).proposal).toBeNull();
    await t.gqlOk(PUBLISH, { id: draft.id }, author.token);

    const detail = (await t.gqlOk(GET, { id: draft.id })).proposal;
    expect(detail.images.map((i: any) => [i.id, i.thumb])).toEqual(ids.map((id) => [id, `/media/${id}/thumb`]));
    const listed = (await t.gqlOk(LIST, { filter: { authorId: author.id } })).proposals.edges.map((e: any) => e.node);
    expect(listed.find((p: any) => p.id === draft.id).images.map((i: any) => i.id)).toEqual(ids);
    const plain = await createDraft(t, author);
    expect((await t.gqlOk(GET, { id: plain.id }, author.token)).proposal.images).toEqual([]);
  });
});
