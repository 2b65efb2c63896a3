import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Clock } from '../../src/common/clock';
import { TransactionRunner } from '../../src/database/transaction';
import { MediaCleanup } from '../../src/media/media-cleanup';
import { ImageTarget, imageTargetKey, MediaService } from '../../src/media/media.service';
import type { TestUser } from '../harness/factories';
import { smallImage, upload } from '../harness/media';
import { publishedProposal } from '../harness/proposals';
import { TestApp } from '../harness/test-app';

/**
 * The attach API other domains call inside their own transaction (proposals, service requests and
 * forum topics pass `imageIds`), tested through the service with real uploads and a real database.
 */
describe('media: attaching images to content', () => {
  let t: TestApp;
  let mediaDir: string;
  let media: MediaService;
  let runner: TransactionRunner;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    mediaDir = mkdtempSync(join(tmpdir(), 'parvis-media-attach-'));
    t = await TestApp.start({ MEDIA_DIR: mediaDir });
    media = t.get(MediaService);
    runner = t.get(TransactionRunner);
    [alice, bob] = await Promise.all([t.factories.resident(), t.factories.resident()]);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(mediaDir, { recursive: true, force: true });
  });

  const proposal = (): ImageTarget => ({ type: 'PROPOSAL', id: randomUUID() });
  /** A target whose images are public: a published proposal. */
  const publicTarget = async (): Promise<ImageTarget> => ({ type: 'PROPOSAL', id: (await publishedProposal(t, alice)).id });
  const uploads = async (user: TestUser, n: number): Promise<string[]> => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++)
      ids.push((await upload(t, await smallImage('jpeg', 40 + i, 30), { token: user.token }).expect(201)).body.id);
    return ids;
  };
  const attach = (owner: TestUser, ids: string[], target: ImageTarget, path?: string) =>
    runner.run((tx) => media.attachImages(tx, owner.id, ids, target, path));
  const rowsOf = (ids: string[]) =>
    t.sql(`SELECT id, attached_type, attached_id, position FROM images WHERE id = ANY($1) ORDER BY position NULLS LAST, id`, [ids]);
  const refusal = (reason: string, path = 'input.imageIds') => ({
    code: 'BAD_USER_INPUT',
    reason,
    fields: [expect.objectContaining({ path, constraint: reason })],
  });

  it('attaches the uploader’s own images in the order given, and the loader returns them so', async () => {
    const ids = await uploads(alice, 3);
    const target = proposal();
    await attach(alice, [ids[2], ids[0], ids[1]], target);
    const rows = await rowsOf(ids);
    expect(rows).toEqual([
      { id: ids[2], attached_type: 'PROPOSAL', attached_id: target.id, position: 1 },
      { id: ids[0], attached_type: 'PROPOSAL', attached_id: target.id, position: 2 },
      { id: ids[1], attached_type: 'PROPOSAL', attached_id: target.id, position: 3 },
    ]);
    const images = await media.imagesByTarget().load(imageTargetKey(target));
    expect(images.map((i) => i.id)).toEqual([ids[2], ids[0], ids[1]]);
    expect(images[1]).toEqual({ id: ids[0], width: 40, height: 30, placeholder: expect.stringMatching(/^#[0-9a-f]{6}$/) });
  });

  it('adds later images after the existing ones; repeating one already there changes nothing', async () => {
    const [a, b, c] = await uploads(alice, 3);
    const target = proposal();
    await attach(alice, [a, b], target);
    await attach(alice, [b, c], target);
    expect((await rowsOf([a, b, c])).map((r) => [r.id, r.position])).toEqual([
      [a, 1],
      [b, 2],
      [c, 3],
    ]);
  });

  it("refuses someone else's image (IMAGE_NOT_YOURS) and changes nothing", async () => {
    const [mine] = await uploads(alice, 1);
    const [theirs] = await uploads(bob, 1);
    const target = proposal();
    await expect(attach(alice, [mine, theirs], target)).rejects.toMatchObject(refusal('IMAGE_NOT_YOURS'));
    expect((await rowsOf([mine, theirs])).every((r) => r.attached_id === null)).toBe(true);
  });

  it('refuses an image already attached elsewhere (IMAGE_ALREADY_ATTACHED)', async () => {
    const [img] = await uploads(alice, 1);
    const first = proposal();
    await attach(alice, [img], first);
    const other: ImageTarget = { type: 'SERVICE_REQUEST', id: randomUUID() };
    await expect(attach(alice, [img], other, 'input.imageIds')).rejects.toMatchObject(refusal('IMAGE_ALREADY_ATTACHED'));
    expect(await rowsOf([img])).toEqual([{ id: img, attached_type: 'PROPOSAL', attached_id: first.id, position: 1 }]);
  });

  it('refuses more than 6 images, in one call or in total (TOO_MANY_IMAGES)', async () => {
    const ids = await uploads(alice, 7);
    await expect(attach(alice, ids, proposal())).rejects.toMatchObject(refusal('TOO_MANY_IMAGES'));
    const target = proposal();
    await attach(alice, ids.slice(0, 4), target);
    await expect(attach(alice, ids.slice(4, 7), target)).rejects.toMatchObject(refusal('TOO_MANY_IMAGES'));
    await attach(alice, ids.slice(4, 6), target);
    expect(await media.imagesByTarget().load(imageTargetKey(target))).toHaveLength(6);
    expect((await rowsOf([ids[6]]))[0].attached_id).toBeNull();
  });

  it('refuses unknown ids, malformed ids and duplicates, on the path given', async () => {
    const [img] = await uploads(alice, 1);
    await expect(attach(alice, [randomUUID()], proposal(), 'input.photos')).rejects.toMatchObject(
      refusal('IMAGE_NOT_FOUND', 'input.photos'),
    );
    await expect(attach(alice, ['not-an-id'], proposal())).rejects.toMatchObject(refusal('IMAGE_NOT_FOUND'));
    await expect(attach(alice, [img, img], proposal())).rejects.toMatchObject(refusal('DUPLICATE_IMAGE'));
    expect((await rowsOf([img]))[0].attached_id).toBeNull();
  });

  it('rolls back with the caller: when the caller’s transaction fails, nothing is attached', async () => {
    const [img] = await uploads(alice, 1);
    await expect(
      runner.run(async (tx) => {
        await media.attachImages(tx, alice.id, [img], proposal());
        throw new Error('the proposal could not be saved');
      }),
    ).rejects.toThrow('could not be saved');
    expect((await rowsOf([img]))[0].attached_id).toBeNull();
  });

  it('lets exactly one of many concurrent attaches of the same image win', async () => {
    const [img] = await uploads(alice, 1);
    const targets = Array.from({ length: 10 }, proposal);
    const results = await Promise.allSettled(targets.map((target) => attach(alice, [img], target)));
    const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [targets[i]] : []));
    expect(won).toHaveLength(1);
    for (const r of results) {
      if (r.status === 'rejected') expect(r.reason).toMatchObject(refusal('IMAGE_ALREADY_ATTACHED'));
    }
    expect(await rowsOf([img])).toEqual([{ id: img, attached_type: 'PROPOSAL', attached_id: won[0].id, position: 1 }]);
  });

  it('never lets concurrent attaches to one target exceed 6', async () => {
    const ids = await uploads(alice, 12);
    const target = proposal();
    const batches = [ids.slice(0, 4), ids.slice(4, 8), ids.slice(8, 12)];
    const results = await Promise.allSettled(batches.map((batch) => attach(alice, batch, target)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM images WHERE attached_type = 'PROPOSAL' AND attached_id = $1`, [target.id]);
    expect(n).toBe(4);
  });

  it('replaceImages sets the exact list and order; the images left out are detached', async () => {
    const [a, b, c, d] = await uploads(alice, 4);
    const target = proposal();
    await attach(alice, [a, b, c], target);
    await runner.run((tx) => media.replaceImages(tx, alice.id, [c, d, a], target));
    expect((await media.imagesByTarget().load(imageTargetKey(target))).map((i) => i.id)).toEqual([c, d, a]);
    expect((await rowsOf([b]))[0]).toMatchObject({ attached_id: null, position: null });
  });

  it('loads the images of many targets in one query, in key order, empty for targets without any', async () => {
    const [a, b] = await uploads(alice, 2);
    const p1 = proposal();
    const topic: ImageTarget = { type: 'SERVICE_REQUEST', id: randomUUID() };
    await attach(alice, [a], p1);
    await attach(alice, [b], topic);
    const loader = media.imagesByTarget();
    const keys = [imageTargetKey(topic), imageTargetKey(proposal()), imageTargetKey(p1), 'PROPOSAL:not-a-uuid'];
    const { result, count } = await t.queryCounter.measure(() => Promise.all(keys.map((k) => loader.load(k))));
    expect(count).toBe(1);
    expect(result.map((list) => list.map((i) => i.id))).toEqual([[b], [], [a], []]);
  });

  it('exposes Image in GraphQL with url(variant) defaulting to MEDIUM; unattached images only to their uploader', async () => {
    const [attached, loose] = await uploads(alice, 2);
    await attach(alice, [attached], await publicTarget());
    const query = `query($id: ID!) { image(id: $id) { id width height placeholder url thumb: url(variant: THUMB) large: url(variant: LARGE) } }`;
    const data = await t.gqlOk(query, { id: attached });
    expect(data.image).toEqual({
      id: attached,
      width: 40,
      height: 30,
      placeholder: expect.stringMatching(/^#[0-9a-f]{6}$/),
      url: `/media/${attached}/medium`,
      thumb: `/media/${attached}/thumb`,
      large: `/media/${attached}/large`,
    });
    await t.http.get(data.image.thumb).expect(200);
    expect((await t.gqlOk(query, { id: loose })).image).toBeNull();
    expect((await t.gqlOk(query, { id: loose }, bob.token)).image).toBeNull();
    expect((await t.gqlOk(query, { id: loose }, alice.token)).image).toMatchObject({ id: loose });
  });

  it('the cleanup keeps attached images and deletes released ones a day after their upload', async () => {
    const [a, b] = await uploads(alice, 2);
    const target = await publicTarget();
    await attach(alice, [a, b], target);
    const cleanup = t.get<MediaCleanup>(MediaCleanup);
    const later = new Date(t.get<Clock>(Clock).now().getTime() + 25 * 3600_000);
    await cleanup.run({ now: later, sweepOrphans: true });
    expect(await rowsOf([a, b])).toHaveLength(2);
    await t.http.get(`/media/${a}/thumb`).expect(200);

    await runner.run((tx) => media.releaseImages(tx, target));
    await cleanup.run({ now: later, sweepOrphans: true });
    expect(await rowsOf([a, b])).toHaveLength(0);
    await t.http.get(`/media/${a}/thumb`).expect(404);
  });
});
