import { Injectable, Module } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLEnumType } from 'graphql';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Viewer } from '../../src/auth/viewer';
import { AddedComment, Commentable, CommentTarget } from '../../src/comments/comment-targets';
import { TransactionRunner, Tx } from '../../src/database/transaction';
import { PersonalDataContributor, PersonalDataSection } from '../../src/identity/personal-data';
import { ImageVisibility, PhotoTarget, Photographable } from '../../src/media/image-targets';
import { MediaService } from '../../src/media/media.service';
import { Followable, FollowTarget } from '../../src/notifications/follow-target';
import { NotificationsModule } from '../../src/notifications/notifications.module';
import { NotificationsService } from '../../src/notifications/notifications.service';
import type { TestUser } from '../harness/factories';
import { fetchBytes, smallImage, upload } from '../harness/media';
import { errorOf, TestApp } from '../harness/test-app';

/**
 * "A new domain plugs in without editing the others": a throwaway domain, written here the way a
 * real one is written in its own folder (a table, one provider declaring what its records can do,
 * one personal-data section), becomes commentable, followable, photographable and exported with
 * no change to comments/, notifications/, media/ or identity/.
 */
const TYPE = 'TEST_THING';

@Injectable()
@Commentable(TYPE, 'A throwaway record of the platform test.')
@Followable(TYPE, 'A throwaway record of the platform test.')
@Photographable(TYPE)
class TestThingTargets implements CommentTarget, FollowTarget, PhotoTarget {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly notifications: NotificationsService,
  ) {}

  async isVisible(_viewer: Viewer | null, id: string): Promise<boolean> {
    const rows = await this.tx.reader.query(`SELECT 1 FROM test_things WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  canFollow(viewer: Viewer, id: string): Promise<boolean> {
    return this.isVisible(viewer, id);
  }

  async commentRefusal(tx: Tx, _viewer: Viewer, id: string): Promise<string | null> {
    const [row] = await tx.query(`SELECT closed FROM test_things WHERE id = $1`, [id]);
    return row?.closed ? 'THING_CLOSED' : null;
  }

  async adjustCommentCount(tx: Tx, id: string, delta: number): Promise<void> {
    await tx.query(`UPDATE test_things SET comment_count = comment_count + $2 WHERE id = $1`, [id, delta]);
  }

  commentAdded(tx: Tx, comment: AddedComment): Promise<void> {
    return this.notifications.notifyFollowers(tx, {
      targetType: TYPE,
      targetId: comment.targetId,
      kind: 'TEST_THING_COMMENTED',
      actorId: comment.authorId,
      payload: { commentId: comment.id },
    });
  }

  imageVisibility(): Promise<ImageVisibility> {
    return Promise.resolve(ImageVisibility.PUBLIC);
  }
}

@Injectable()
@PersonalDataSection('testThings')
class TestThingData implements PersonalDataContributor {
  exportFor(tx: Tx, userId: string): Promise<unknown> {
    return tx.query(`SELECT id, title FROM test_things WHERE owner_id = $1 ORDER BY title`, [userId]);
  }
}

@Module({ imports: [NotificationsModule], providers: [TestThingTargets, TestThingData] })
class TestThingModule {}

describe('platform: a new domain plugs in', () => {
  let t: TestApp;
  let mediaDir: string;
  let owner: TestUser;
  let follower: TestUser;
  let commenter: TestUser;
  let thingId: string;

  beforeAll(async () => {
    mediaDir = mkdtempSync(join(tmpdir(), 'parvis-platform-'));
    t = await TestApp.start({ MEDIA_DIR: mediaDir }, { modules: [TestThingModule] });
    [owner, follower, commenter] = await Promise.all([t.factories.resident(), t.factories.resident(), t.factories.resident()]);
    await t.sql(`CREATE TABLE test_things (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), owner_id uuid NOT NULL,
      title text NOT NULL, closed boolean NOT NULL DEFAULT false, comment_count int NOT NULL DEFAULT 0)`);
    [{ id: thingId }] = await t.sql(`INSERT INTO test_things (owner_id, title) VALUES ($1, 'Un truc') RETURNING id`, [owner.id]);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(mediaDir, { recursive: true, force: true });
  });

  it('adds the type to the public enums, beside the real domains', () => {
    const schema = t.get<GraphQLSchemaHost>(GraphQLSchemaHost).schema;
    const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);
    expect(values('CommentTargetType')).toEqual(expect.arrayContaining([TYPE, 'PROPOSAL']));
    expect(values('FollowTargetType')).toEqual(expect.arrayContaining([TYPE, 'PROPOSAL', 'SERVICE_REQUEST']));
  });

  it('is followable and commentable; a comment notifies its followers through the outbox, and the count moves with the row', async () => {
    const follow = await t.gqlOk(
      `mutation($id: ID!) { follow(targetType: TEST_THING, targetId: $id) { targetType targetId followerCount viewerIsFollowing } }`,
      { id: thingId },
      follower.token,
    );
    expect(follow.follow).toEqual({ targetType: TYPE, targetId: thingId, followerCount: 1, viewerIsFollowing: true });

    const add = `mutation($id: ID!, $body: String!) { addComment(input: { targetType: TEST_THING, targetId: $id, body: $body }) { id body } }`;
    const { addComment } = await t.gqlOk(add, { id: thingId, body: 'Premier commentaire' }, commenter.token);
    expect(addComment.body).toBe('Premier commentaire');
    expect((await t.sql(`SELECT comment_count FROM test_things WHERE id = $1`, [thingId]))[0].comment_count).toBe(1);

    const { notifications } = await t.gqlOk(
      `query { notifications(first: 10) { edges { node { kind targetType targetId payload } } } }`,
      {},
      follower.token,
    );
    expect(notifications.edges.map((e: any) => e.node)).toEqual([
      { kind: 'TEST_THING_COMMENTED', targetType: TYPE, targetId: thingId, payload: { commentId: addComment.id } },
    ]);

    // The domain's own rule refuses, and nothing is written.
    await t.sql(`UPDATE test_things SET closed = true WHERE id = $1`, [thingId]);
    expect(errorOf(await t.gql(add, { id: thingId, body: 'Encore' }, commenter.token))).toMatchObject({
      code: 'CONFLICT',
      reason: 'THING_CLOSED',
    });
    expect((await t.sql(`SELECT count(*)::int AS n FROM comments WHERE target_id = $1`, [thingId]))[0].n).toBe(1);
  });

  it('carries photos, served like any domain’s; an undeclared type is refused', async () => {
    const res = await upload(t, await smallImage('jpeg', 40, 30), { token: owner.token }).expect(201);
    const media = t.get<MediaService>(MediaService);
    const runner = t.get<TransactionRunner>(TransactionRunner);
    await runner.run((tx) => media.attachImages(tx, owner.id, [res.body.id], { type: TYPE, id: thingId }));
    const [row] = await t.sql(`SELECT attached_type, attached_id, position FROM images WHERE id = $1`, [res.body.id]);
    expect(row).toEqual({ attached_type: TYPE, attached_id: thingId, position: 1 });
    const served = await fetchBytes(t, `/media/${res.body.id}/thumb`);
    expect(served.status).toBe(200);

    const other = await upload(t, await smallImage('jpeg', 40, 30), { token: owner.token }).expect(201);
    await expect(
      runner.run((tx) => media.attachImages(tx, owner.id, [other.body.id], { type: 'NOT_DECLARED', id: thingId })),
    ).rejects.toThrow(/invalid image target/);
  });

  it('contributes its section to the data export', async () => {
    const { exportMyData } = await t.gqlOk(`mutation { exportMyData }`, {}, owner.token);
    expect(JSON.parse(exportMyData).testThings).toEqual([{ id: thingId, title: 'Un truc' }]);
  });
});
