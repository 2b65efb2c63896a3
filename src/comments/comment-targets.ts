import { Injectable } from '@nestjs/common';
import { registerEnumType } from '@nestjs/graphql';
import type { Viewer } from '../auth/viewer';
import type { Tx } from '../database/transaction';

/** What a comment can be attached to. Each value is served by the domain that registers it. */
export enum CommentTargetType {
  PROPOSAL = 'PROPOSAL',
  FORUM_TOPIC = 'FORUM_TOPIC',
  CONSULTATION = 'CONSULTATION',
}

registerEnumType(CommentTargetType, {
  name: 'CommentTargetType',
  description: 'What a comment is attached to: a proposal, a forum topic or a consultation.',
  valuesMap: {
    PROPOSAL: { description: 'A proposal (see `proposal`).' },
    FORUM_TOPIC: { description: 'A forum topic.' },
    CONSULTATION: { description: 'A consultation.' },
  },
});

/**
 * What a domain implements so residents can comment on its records. The comments domain knows no
 * other domain: it asks the registered target, and an unregistered type answers NOT_FOUND.
 */
export interface CommentTarget {
  readonly type: CommentTargetType;

  /**
   * True when the record exists and this viewer may read it. False for private records (e.g. a
   * draft proposal seen by someone else), so their comments answer NOT_FOUND like the record.
   */
  isVisible(viewer: Viewer | null, targetId: string): Promise<boolean>;

  /**
   * Runs inside the transaction that adds the comment, after isVisible: null when the viewer may
   * comment now, otherwise a machine reason (e.g. TOPIC_LOCKED) answered as CONFLICT.
   */
  commentRefusal(tx: Tx, viewer: Viewer, targetId: string): Promise<string | null>;

  /**
   * Adds `delta` (+1 or -1) to the record's comment count in the same transaction as the comment
   * row change, so the count never drifts from the rows (an atomic `SET n = n + $delta`).
   */
  adjustCommentCount(tx: Tx, targetId: string, delta: number): Promise<void>;

  /**
   * Optional: runs in the transaction that adds a comment (after its count moved), so the target's
   * domain can react atomically with it (e.g. notify the record's author). What it returns, if
   * anything, runs once that transaction has committed (e.g. live delivery), never for a comment
   * that was rolled back.
   */
  commentAdded?(tx: Tx, comment: AddedComment): Promise<AfterCommit | void>;
}

/** The facts of a new comment a target's domain may react to. */
export interface AddedComment {
  id: string;
  targetId: string;
  /** Null for a top-level comment. */
  parentId: string | null;
  authorId: string;
}

/** Work to do once a transaction has committed. */
export type AfterCommit = () => void;

/**
 * The targets known to this server. A domain registers its own in `onModuleInit`
 * (`registry.register(this)`), so comments depends on no domain and no domain on another's tables.
 */
@Injectable()
export class CommentTargetRegistry {
  private readonly targets = new Map<CommentTargetType, CommentTarget>();

  register(target: CommentTarget): void {
    if (this.targets.has(target.type)) throw new Error(`comment target ${target.type} registered twice`);
    this.targets.set(target.type, target);
  }

  /** The target of this type, or undefined when no domain serves it (callers answer NOT_FOUND). */
  get(type: CommentTargetType): CommentTarget | undefined {
    return this.targets.get(type);
  }
}
