import type { Viewer } from '../auth/viewer';
import { Capability } from '../common/capability';
import type { Tx } from '../database/transaction';
import { OpenEnum } from '../graphql/open-enum';

/**
 * What a comment can be attached to: one value per domain that declares a `@Commentable` provider
 * (the public enum `CommentTargetType` keeps its name; its values are what this server serves).
 */
export const CommentTargetTypes = new OpenEnum('CommentTargetType', 'What a comment is attached to.');
export const CommentTargetType = CommentTargetTypes.values;
/** A comment target type's name, e.g. `PROPOSAL`. */
export type CommentTargetType = string;

/**
 * What a domain implements so residents can comment on its records. The comments domain knows no
 * other domain: it asks the declared target, and an undeclared type answers NOT_FOUND.
 */
export interface CommentTarget {
  /**
   * True when the record exists and this viewer may read it. False for private records (e.g. a
   * draft proposal seen by someone else), so their comments answer NOT_FOUND like the record.
   * Ids reach it checked as UUIDs. When a comment is added, it runs inside that transaction and
   * gets it as `tx` (the target may keep what it read for `commentRefusal` and `commentAdded`).
   */
  isVisible(viewer: Viewer | null, targetId: string, tx?: Tx): Promise<boolean>;

  /**
   * Runs inside the transaction that adds a comment, votes on one or edits one, after isVisible and
   * before the comment's row is touched: null when the viewer may comment now, otherwise a machine
   * reason (e.g. TOPIC_LOCKED) answered as CONFLICT. (Deleting one's own comment is always allowed.)
   */
  commentRefusal(tx: Tx, viewer: Viewer, targetId: string): Promise<string | null>;

  /**
   * Adds `delta` (+1 or -1) to the record's comment count in the same transaction as the comment
   * row change, so the count never drifts from the rows (an atomic `SET n = n + $delta`).
   */
  adjustCommentCount(tx: Tx, targetId: string, delta: number): Promise<void>;

  /**
   * Optional: runs in the transaction that adds a comment (after its count moved), so the target's
   * domain can react atomically with it (e.g. write, through the outbox, a notification to the
   * record's author): nothing it causes survives a comment that was rolled back.
   */
  commentAdded?(tx: Tx, comment: AddedComment): Promise<void>;

  /**
   * Optional: the records these comments are on, as moderators see a flagged comment's context: its
   * title (or null) and the web client's path to its page (e.g. `/proposals/<id>`), for a batch of
   * ids in one query. Without it a comment's context shows only the type and id, with no path.
   */
  describeTargets?(ids: readonly string[], tx?: Tx): Promise<CommentTargetDescription[]>;
}

/** A commented record as moderators see it around a flagged comment. */
export interface CommentTargetDescription {
  id: string;
  title: string | null;
  /** The web client's path to the record's page; the comment's anchor is added to it. */
  path: string;
}

/** The facts of a new comment a target's domain may react to. */
export interface AddedComment {
  id: string;
  targetId: string;
  /** Null for a top-level comment. */
  parentId: string | null;
  authorId: string;
}

export const COMMENT_TARGETS = new Capability<CommentTarget>('comment target', (type, description) =>
  CommentTargetTypes.add(type, description),
);

/** Declares that the decorated provider makes records of `type` commentable (`description`: the enum value's). */
export const Commentable = (type: string, description: string) => COMMENT_TARGETS.provider(type, description);
