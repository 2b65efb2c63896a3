import type { TestUser } from './factories';
import type { TestApp } from './test-app';

/** Helpers for forum tests: everything goes through GraphQL, as a client would. */

export const FORUM_FIELDS = `id title description position topicCount archived archivedAt lastActivityAt createdAt followerCount viewerIsFollowing`;
export const TOPIC_FIELDS = `id title body pinned locked hidden hiddenReason commentCount commentsOpen viewerCanEdit createdAt lastActivityAt
  editedAt followerCount viewerIsFollowing author { id } forum { id title } images { id }`;

export const FORUMS = `query { forums { ${FORUM_FIELDS} } }`;
export const CREATE_FORUM = `mutation($input: CreateForumInput!) { createForum(input: $input) { ${FORUM_FIELDS} } }`;
export const UPDATE_FORUM = `mutation($id: ID!, $input: UpdateForumInput!) { updateForum(id: $id, input: $input) { ${FORUM_FIELDS} } }`;
export const MOVE_FORUM = `mutation($id: ID!, $direction: ForumMoveDirection!) { moveForum(id: $id, direction: $direction) { id position } }`;
export const REORDER_FORUMS = `mutation($ids: [ID!]!) { reorderForums(ids: $ids) { id position } }`;
export const ARCHIVE_FORUM = `mutation($id: ID!) { archiveForum(id: $id) { ${FORUM_FIELDS} } }`;
export const RESTORE_FORUM = `mutation($id: ID!) { restoreForum(id: $id) { ${FORUM_FIELDS} } }`;
export const CREATE_TOPIC = `mutation($input: CreateForumTopicInput!) { createForumTopic(input: $input) { ${TOPIC_FIELDS} } }`;
export const UPDATE_TOPIC = `mutation($id: ID!, $input: UpdateForumTopicInput!) { updateForumTopic(id: $id, input: $input) { ${TOPIC_FIELDS} } }`;
export const TOPIC = `query($id: ID!) { forumTopic(id: $id) { ${TOPIC_FIELDS} } }`;
export const PIN = `mutation($id: ID!, $pinned: Boolean!) { setTopicPinned(id: $id, pinned: $pinned) { id pinned locked } }`;
export const LOCK = `mutation($id: ID!, $locked: Boolean!) { setTopicLocked(id: $id, locked: $locked) { id pinned locked commentsOpen } }`;
export const COMMENT = `mutation($id: ID!, $body: String!, $parentId: ID) {
  addComment(input: { targetType: FORUM_TOPIC, targetId: $id, body: $body, parentId: $parentId }) { id parent { id } } }`;
export const TOPICS = `query($id: ID!, $first: Int, $after: String, $orderBy: ForumTopicOrder) {
  forum(id: $id) { id topicCount lastActivityAt
    topics(first: $first, after: $after, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id title pinned locked commentCount lastActivityAt createdAt } } } } }`;

let n = 0;

/** A forum created by `council` (through the API). */
export async function createForum(t: TestApp, council: TestUser, over: Record<string, unknown> = {}): Promise<any> {
  n += 1;
  const input = { title: `Forum ${n}`, description: `Le forum numéro ${n}.`, ...over };
  return (await t.gqlOk(CREATE_FORUM, { input }, council.token)).createForum;
}

/** A topic opened by `author` in `forumId` (through the API). */
export async function createTopic(t: TestApp, author: TestUser, forumId: string, over: Record<string, unknown> = {}): Promise<any> {
  n += 1;
  const input = { forumId, title: `Sujet ${n}`, body: `Texte du sujet ${n}.`, ...over };
  return (await t.gqlOk(CREATE_TOPIC, { input }, author.token)).createForumTopic;
}

export async function comment(t: TestApp, user: TestUser, topicId: string, body = 'Un avis.', parentId?: string): Promise<any> {
  return (await t.gqlOk(COMMENT, { id: topicId, body, parentId: parentId ?? null }, user.token)).addComment;
}
