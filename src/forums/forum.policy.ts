import { Role } from '../auth/role';
import { hasRole, Viewer } from '../auth/viewer';
import { ForumError } from './forum.errors';

/** The public list of forums is not paged: at most this many are active at once. */
export const MAX_ACTIVE_FORUMS = 100;

/** How long after opening a topic its author may still change it once someone has commented. */
export const TOPIC_EDIT_WINDOW_MS = 15 * 60 * 1000;

/** The facts of a topic these rules need. */
export interface TopicFacts {
  authorId: string;
  locked: boolean;
  hiddenAt: Date | null;
  commentCount: number;
  createdAt: Date;
  /** Whether its forum is archived. */
  forumArchived: boolean;
}

/** The council sets up, orders and archives forums (ADMIN passes every role check). */
export function isCouncil(viewer: Viewer | null): boolean {
  return hasRole(viewer, Role.COUNCIL);
}

/** Moderators pin and lock topics, and read hidden ones. */
export function isModerator(viewer: Viewer | null): boolean {
  return hasRole(viewer, Role.MODERATOR);
}

/** Residents open topics (every account holds RESIDENT; default deny otherwise). */
export function isResident(viewer: Viewer | null): boolean {
  return hasRole(viewer, Role.RESIDENT);
}

/**
 * Whether the viewer reads a hidden topic's title, text, photos and comments, and why it was
 * hidden: its author and moderators. Everyone else sees only that it was hidden.
 */
export function mayReadHidden(viewer: Viewer | null, t: Pick<TopicFacts, 'authorId'>): boolean {
  return !!viewer && (viewer.id === t.authorId || isModerator(viewer));
}

/** Whether the viewer reads the topic's content (title, text, photos, comments). */
export function mayReadContent(viewer: Viewer | null, t: Pick<TopicFacts, 'authorId' | 'hiddenAt'>): boolean {
  return !t.hiddenAt || mayReadHidden(viewer, t);
}

/**
 * Why nobody may comment on the topic now, or null: hidden, locked, or in an archived forum.
 * Checked under the topic's row lock in the comment's transaction.
 */
export function commentRefusal(t: Pick<TopicFacts, 'hiddenAt' | 'locked' | 'forumArchived'>): string | null {
  if (t.hiddenAt) return ForumError.TOPIC_HIDDEN;
  if (t.locked) return ForumError.TOPIC_LOCKED;
  if (t.forumArchived) return ForumError.FORUM_ARCHIVED;
  return null;
}

/**
 * Why this viewer may not change the topic's title, text or photos now, or null: only its author,
 * while it is neither hidden, locked nor in an archived forum, and while nobody has commented on it
 * or within 15 minutes of opening it (after that, a discussion rests on what it says).
 */
export function editRefusal(viewer: Viewer | null, t: TopicFacts, now: Date): string | null {
  if (!viewer || viewer.id !== t.authorId) return ForumError.NOT_AUTHOR;
  const closed = commentRefusal(t);
  if (closed) return closed;
  if (t.commentCount > 0 && now.getTime() >= t.createdAt.getTime() + TOPIC_EDIT_WINDOW_MS) return ForumError.TOPIC_NOT_EDITABLE;
  return null;
}
