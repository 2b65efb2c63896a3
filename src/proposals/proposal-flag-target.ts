import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { TransactionRunner, Tx } from '../database/transaction';
import { DescribedContent, Flaggable, FlagRefusal, FlagTarget, HiddenMark } from '../moderation/flag-target';
import { ProposalStatus } from './proposal-status';
import { PROPOSAL_TARGET, proposalPath } from './proposal.notifications';
import { canView, isAuthor } from './proposal.policy';
import { ProposalsRepository } from './proposals.repository';

/**
 * Published proposals can be flagged and hidden (drafts are their author's alone). A hidden
 * proposal leaves the lists and searches, shows as hidden in its place (title, text, photos and map
 * point withheld from all but its author and moderators), and takes no new supports or comments.
 */
@Injectable()
@Flaggable(PROPOSAL_TARGET, 'A published proposal (see `proposal`).')
export class ProposalFlagTarget implements FlagTarget {
  constructor(
    private readonly repo: ProposalsRepository,
    private readonly tx: TransactionRunner,
  ) {}

  async flagRefusal(viewer: Viewer, id: string): Promise<FlagRefusal | null> {
    const [p] = await this.repo.proposalsByIds(this.tx.reader, [id]);
    if (!p || !canView(viewer, p)) return FlagRefusal.NOT_FOUND;
    if (isAuthor(viewer, p)) return FlagRefusal.OWN_CONTENT;
    return p.hiddenAt ? FlagRefusal.ALREADY_HIDDEN : null;
  }

  async describe(ids: readonly string[], tx: Tx = this.tx.reader): Promise<DescribedContent[]> {
    const rows = await this.repo.proposalsByIds(tx, ids);
    return rows
      .filter((p) => p.status !== ProposalStatus.DRAFT)
      .map((p) => ({
        id: p.id,
        authorId: p.authorId,
        title: p.title,
        text: p.body,
        image: null,
        createdAt: p.publishedAt ?? p.createdAt,
        context: null,
        path: proposalPath(p.id),
        hiddenAt: p.hiddenAt,
        hiddenReason: p.hiddenReason,
      }));
  }

  async setHidden(tx: Tx, id: string, hidden: HiddenMark | null): Promise<{ authorId: string } | null> {
    const row = await this.repo.setHidden(tx, id, hidden);
    return row ? { authorId: row.authorId } : null;
  }

  demoItems(limit: number): Promise<string[]> {
    return this.repo.newestShown(this.tx.reader, limit);
  }
}
