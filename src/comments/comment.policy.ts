import { Role } from '../auth/role';
import { hasRole, Viewer } from '../auth/viewer';
import { CommentError } from './comment.errors';

/** How long after writing a comment its author may still change the text. */
export const COMMENT_EDIT_WINDOW_MS = 15 * 60 * 1000;

/** The facts of a comment these rules need. */
export interface CommentFacts {
  authorId: string;
  createdAt: Date;
  deletedAt: Date | null;
  hiddenAt: Date | null;
}

/** When the edit window of a comment closes. */
export function editableUntil(c: Pick<CommentFacts, 'createdAt'>): Date {
  return new Date(c.createdAt.getTime() + COMMENT_EDIT_WINDOW_MS);
}

/**
 * Why this viewer may not edit this comment now, or null when they may: only its author, while it
 * is neither deleted nor hidden, within 15 minutes of writing it.
 */
export function editRefusal(viewer: Viewer | null, c: CommentFacts, now: Date): string | null {
  if (!viewer || viewer.id !== c.authorId) return CommentError.NOT_AUTHOR;
  if (c.deletedAt) return CommentError.COMMENT_DELETED;
  if (c.hiddenAt) return CommentError.COMMENT_HIDDEN;
  if (now.getTime() >= editableUntil(c).getTime()) return CommentError.EDIT_WINDOW_CLOSED;
  return null;
}

/** Residents comment and vote (every account holds RESIDENT; default deny otherwise). */
export function mayParticipate(viewer: Viewer | null): boolean {
  return hasRole(viewer, Role.RESIDENT);
}

/** Only the author deletes (moderators hide instead, which keeps the text for review). */
export function deleteRefusal(viewer: Viewer | null, c: CommentFacts): string | null {
  if (!viewer || viewer.id !== c.authorId) return CommentError.NOT_AUTHOR;
  return null;
}

/** A vote (+1/-1) needs a live, visible comment; removing one's vote (0) is always allowed. */
export function voteRefusal(c: CommentFacts, value: number): string | null {
  if (value === 0) return null;
  if (c.deletedAt) return CommentError.COMMENT_DELETED;
  if (c.hiddenAt) return CommentError.COMMENT_HIDDEN;
  return null;
}

/** Replies go under live, visible comments only. */
export function replyRefusal(parent: CommentFacts): string | null {
  return parent.deletedAt || parent.hiddenAt ? CommentError.PARENT_CLOSED : null;
}

/**
 * Whether the viewer reads the text: never once deleted; while hidden, only its author and
 * moderators (the public sees that a comment was hidden, not what it said).
 */
export function bodyVisibleTo(viewer: Viewer | null, c: CommentFacts): boolean {
  if (c.deletedAt) return false;
  if (!c.hiddenAt) return true;
  return !!viewer && (viewer.id === c.authorId || hasRole(viewer, Role.MODERATOR));
}
