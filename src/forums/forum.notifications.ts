/** Forums and topics as the generic domains name them (follows, notifications; topics: comments and photos too). */
export const FORUM_TARGET = 'FORUM';
export const FORUM_TOPIC_TARGET = 'FORUM_TOPIC';

/**
 * The notification kinds this domain writes. Payloads hold only public facts, never a text a
 * moderator may hide later (no topic body, no comment text); the actor is never notified.
 */
export const ForumNotification = {
  /**
   * The forum's followers (targetType FORUM, targetId the forum), a resident opened a topic in it:
   * { forumTitle, topicId, title } (the topic's title when it was opened).
   */
  TOPIC_CREATED: 'FORUM_TOPIC_CREATED',
  /**
   * The topic's followers (targetType FORUM_TOPIC; its author follows it from the start), someone
   * commented or replied: { title, commentId, parentId } (parentId null for a top-level comment).
   */
  TOPIC_COMMENTED: 'FORUM_TOPIC_COMMENTED',
} as const;

/** Where the web client shows a topic (for notifications, moderation and links). */
export const topicPath = (topicId: string) => `/forums/topics/${topicId}`;
