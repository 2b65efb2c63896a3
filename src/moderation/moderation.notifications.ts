import { FollowTargetTypes } from '../notifications/follow-target';

/**
 * What moderation's notifications are about: the recipient's own account (`targetId` is theirs).
 * It is a value of `FollowTargetType` because a notification names its target with that enum, but
 * nobody can follow it (`follow` answers NOT_FOUND: no domain declares it followable).
 */
export const ACCOUNT_TARGET = 'ACCOUNT';
FollowTargetTypes.add(
  ACCOUNT_TARGET,
  'The user’s own account: what moderators decided about it or its content (notifications only; it cannot be followed).',
);

/**
 * The notification kinds this domain writes, all with targetType ACCOUNT and targetId the
 * recipient's own id, to the person concerned only. The moderator is never named.
 */
export const ModerationNotification = {
  /**
   * The author, a moderator hid their content: { contentType (a FlagTargetType), contentId, title
   * (or null), excerpt (the first 200 characters of its text, or null), contextType, contextTitle
   * (where it was, or null), path (the client's path to it, or null), reason (the moderator's words),
   * ground (a FlagReason) }.
   */
  CONTENT_HIDDEN: 'CONTENT_HIDDEN',
  /** The author, their hidden content is shown again: { contentType, contentId, title, excerpt, contextType, contextTitle, path, reason (or null) }. */
  CONTENT_RESTORED: 'CONTENT_RESTORED',
  /**
   * The account's holder, suspended: { until (ISO 8601), reason }. A suspended account reads but
   * cannot write until then.
   */
  ACCOUNT_SUSPENDED: 'ACCOUNT_SUSPENDED',
  /** The account's holder, their suspension was lifted before its end: { reason (or null) }. */
  SUSPENSION_LIFTED: 'SUSPENSION_LIFTED',
} as const;
