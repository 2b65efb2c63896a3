import type { TestUser } from './factories';
import type { TestApp } from './test-app';

/** GraphQL documents and helpers for the moderation specs (everything through the API, as a client). */

export const FLAG = `mutation($type: FlagTargetType!, $id: ID!, $reason: FlagReason!, $note: String) {
  flagContent(targetType: $type, targetId: $id, reason: $reason, note: $note) }`;
export const HIDE = `mutation($type: FlagTargetType!, $id: ID!, $reason: String!, $ground: FlagReason) {
  hideContent(targetType: $type, targetId: $id, reason: $reason, ground: $ground) }`;
export const RESTORE = `mutation($type: FlagTargetType!, $id: ID!, $reason: String) {
  restoreContent(targetType: $type, targetId: $id, reason: $reason) }`;
export const DISMISS = `mutation($type: FlagTargetType!, $id: ID!, $reason: String) {
  dismissFlags(targetType: $type, targetId: $id, reason: $reason) }`;

export const CONTENT_FIELDS = `targetType targetId title text createdAt path hidden hiddenReason hiddenAt
  author { id } context { type id title } image { id hidden url(variant: THUMB) }`;
export const ITEM_FIELDS = `id targetType targetId openFlagCount firstOpenFlagAt lastFlaggedAt
  reasonCounts { reason count }
  notes(first: 10) { totalCount edges { node { reason note createdAt } } }
  content { ${CONTENT_FIELDS} }`;
export const QUEUE = `query($first: Int, $after: String) { moderationQueue(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ITEM_FIELDS} } } } }`;
/** Only the items' ids: a whole queue at once stays under the cost limit. */
export const QUEUE_IDS = `query($first: Int, $after: String) { moderationQueue(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id targetType targetId openFlagCount } } } }`;
export const ITEM = `query($type: FlagTargetType!, $id: ID!) { moderationItem(targetType: $type, targetId: $id) { ${ITEM_FIELDS} } }`;

export const LOG = `query($first: Int, $after: String, $filter: ModerationLogFilter) { moderationLog(first: $first, after: $after, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id action targetType targetId reason ground details createdAt actor { id } subject { id } } } } }`;
export const TRANSPARENCY = `query($from: DateTime, $to: DateTime) { moderationTransparency(from: $from, to: $to) {
  from to byGround { month ground hidden restored } byMonth { month flags hidden restored suspensions } } }`;

export const SUSPENSION_FIELDS = `id until reason createdAt active liftedAt liftReason user { id } suspendedBy { id } liftedBy { id }`;
export const SUSPEND = `mutation($userId: ID!, $until: DateTime!, $reason: String!) {
  suspendAccount(userId: $userId, until: $until, reason: $reason) { ${SUSPENSION_FIELDS} } }`;
export const LIFT = `mutation($userId: ID!, $reason: String) { liftSuspension(userId: $userId, reason: $reason) { ${SUSPENSION_FIELDS} } }`;
export const MY_SUSPENSION = `query { mySuspension { ${SUSPENSION_FIELDS} } }`;
export const SUSPENSIONS = `query($first: Int, $after: String, $userId: ID, $includeEnded: Boolean) {
  suspensions(first: $first, after: $after, userId: $userId, includeEnded: $includeEnded) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${SUSPENSION_FIELDS} } } } }`;

export const NOTIFICATIONS = `query { notifications(first: 50) { edges { node { kind targetType targetId payload } } } }`;

/** The viewer's notifications of one kind, newest first. */
export async function notificationsOf(t: TestApp, user: TestUser, kind: string): Promise<any[]> {
  const data = await t.gqlOk(NOTIFICATIONS, {}, user.token);
  return data.notifications.edges.map((e: any) => e.node).filter((n: any) => n.kind === kind);
}

/** Flags through the API; fails the test on any error. */
export async function flag(t: TestApp, who: TestUser, type: string, id: string, reason = 'SPAM', note: string | null = null) {
  return (await t.gqlOk(FLAG, { type, id, reason, note }, who.token)).flagContent;
}

/** Open flags of an item counted from the rows, and the item's counter: they must agree. */
export async function openCounts(t: TestApp, type: string, id: string): Promise<{ counter: number; rows: number }> {
  const [row] = await t.sql(
    `SELECT i.open_flag_count AS counter, (SELECT count(*)::int FROM flags f WHERE f.item_id = i.id AND f.resolved_at IS NULL) AS rows
       FROM moderation_items i WHERE i.target_type = $1 AND i.target_id = $2`,
    [type, id],
  );
  return row ?? { counter: 0, rows: 0 };
}
