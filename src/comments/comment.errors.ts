/** Machine reasons the comments domain answers with (the client translates them). */
export const CommentError = {
  /** The comment does not exist or its target is not visible to the viewer (NOT_FOUND). */
  COMMENT_NOT_FOUND: 'COMMENT_NOT_FOUND',
  /** The target does not exist, is private, or its type is served by no domain yet (NOT_FOUND). */
  TARGET_NOT_FOUND: 'TARGET_NOT_FOUND',
  /** Only the author may edit or delete a comment (FORBIDDEN). */
  NOT_AUTHOR: 'NOT_AUTHOR',
  /** The 15-minute edit window has passed (CONFLICT). */
  EDIT_WINDOW_CLOSED: 'EDIT_WINDOW_CLOSED',
  /** The comment was deleted by its author (CONFLICT). */
  COMMENT_DELETED: 'COMMENT_DELETED',
  /** The comment was hidden by a moderator (CONFLICT). */
  COMMENT_HIDDEN: 'COMMENT_HIDDEN',
  /** Only residents comment and vote (FORBIDDEN). */
  RESIDENT_ONLY: 'RESIDENT_ONLY',
  /** A reply to a deleted or hidden comment (CONFLICT). */
  PARENT_CLOSED: 'PARENT_CLOSED',
} as const;
