/** Machine reasons the forums domain answers with (the client translates them). */
export const ForumError = {
  /** Unknown forum (NOT_FOUND). */
  FORUM_NOT_FOUND: 'FORUM_NOT_FOUND',
  /** Unknown topic (NOT_FOUND). */
  TOPIC_NOT_FOUND: 'TOPIC_NOT_FOUND',
  /** Only the council sets up forums (FORBIDDEN). */
  COUNCIL_ONLY: 'COUNCIL_ONLY',
  /** Only moderators pin and lock topics (FORBIDDEN). */
  MODERATOR_ONLY: 'MODERATOR_ONLY',
  /** Signed-in residents only (FORBIDDEN). */
  RESIDENT_ONLY: 'RESIDENT_ONLY',
  /** Only its author may change a topic (FORBIDDEN). */
  NOT_AUTHOR: 'NOT_AUTHOR',
  /** The forum is archived: read only, no new topic, comment or edit (CONFLICT). */
  FORUM_ARCHIVED: 'FORUM_ARCHIVED',
  /** 100 forums are active already: archive one first (CONFLICT). */
  TOO_MANY_FORUMS: 'TOO_MANY_FORUMS',
  /** A moderator locked the topic: no new comment, no edit (CONFLICT). */
  TOPIC_LOCKED: 'TOPIC_LOCKED',
  /** A moderator hid the topic: no new comment, no edit (CONFLICT). */
  TOPIC_HIDDEN: 'TOPIC_HIDDEN',
  /** Someone has commented and the first 15 minutes have passed: the text stays as discussed (CONFLICT). */
  TOPIC_NOT_EDITABLE: 'TOPIC_NOT_EDITABLE',
} as const;
