import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { Capabilities } from '../common/capability';
import { TransactionRunner, Tx } from '../database/transaction';
import { DescribedContent, Flaggable, FlagRefusal, FlagTarget, HiddenMark } from '../moderation/flag-target';
import { COMMENT_TARGETS, CommentTargetDescription } from './comment-targets';
import { CommentsRepository } from './comments.repository';

/** Comments as moderation names them. */
export const COMMENT_FLAG_TYPE = 'COMMENT';

/**
 * Comments can be flagged and hidden, whatever they are on (proposals, consultations, forum
 * topics…). A hidden comment keeps its place in its thread and still counts in its target's
 * comment count; its text is withheld from all but its author and moderators (comment.policy.ts),
 * and it takes no votes, edits or replies. A deleted comment (its text erased) cannot be flagged.
 */
@Injectable()
@Flaggable(COMMENT_FLAG_TYPE, 'A comment or a reply, on whatever it is (see `comment`).')
export class CommentFlagTarget implements FlagTarget {
  constructor(
    private readonly repo: CommentsRepository,
    private readonly tx: TransactionRunner,
    private readonly capabilities: Capabilities,
  ) {}

  async flagRefusal(viewer: Viewer, id: string): Promise<FlagRefusal | null> {
    const [c] = await this.repo.commentsByIds(this.tx.reader, [id]);
    if (!c || c.deletedAt) return FlagRefusal.NOT_FOUND;
    const target = this.capabilities.get(COMMENT_TARGETS, c.targetType);
    if (!target || !(await target.isVisible(viewer, c.targetId))) return FlagRefusal.NOT_FOUND;
    if (c.authorId === viewer.id) return FlagRefusal.OWN_CONTENT;
    return c.hiddenAt ? FlagRefusal.ALREADY_HIDDEN : null;
  }

  /** One query for the comments, then one per kind of record they are on (their titles and paths). */
  async describe(ids: readonly string[], tx: Tx = this.tx.reader): Promise<DescribedContent[]> {
    const rows = (await this.repo.commentsByIds(tx, ids)).filter((c) => !c.deletedAt);
    const byType = new Map<string, string[]>();
    for (const c of rows) byType.set(c.targetType, [...(byType.get(c.targetType) ?? []), c.targetId]);
    const targets = new Map<string, CommentTargetDescription>();
    for (const [type, targetIds] of byType) {
      const described = (await this.capabilities.get(COMMENT_TARGETS, type)?.describeTargets?.([...new Set(targetIds)], tx)) ?? [];
      for (const d of described) targets.set(`${type}:${d.id}`, d);
    }
    return rows.map((c) => {
      const target = targets.get(`${c.targetType}:${c.targetId}`);
      return {
        id: c.id,
        authorId: c.authorId,
        title: null,
        text: c.body,
        image: null,
        createdAt: c.createdAt,
        context: { type: c.targetType, id: c.targetId, title: target?.title ?? null },
        path: target ? `${target.path}#comment-${c.id}` : null,
        hiddenAt: c.hiddenAt,
        hiddenReason: c.hiddenReason,
      };
    });
  }

  async setHidden(tx: Tx, id: string, hidden: HiddenMark | null): Promise<{ authorId: string } | null> {
    const row = await this.repo.setHidden(tx, id, hidden);
    return row ? { authorId: row.authorId } : null;
  }

  demoItems(limit: number): Promise<string[]> {
    return this.repo.newestShown(this.tx.reader, limit);
  }
}
