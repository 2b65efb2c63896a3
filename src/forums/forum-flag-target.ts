import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { TransactionRunner, Tx } from '../database/transaction';
import { DescribedContent, Flaggable, FlagRefusal, FlagTarget, HiddenMark } from '../moderation/flag-target';
import { FORUM_TARGET, FORUM_TOPIC_TARGET, topicPath } from './forum.notifications';
import { mayReadContent } from './forum.policy';
import { ForumsRepository } from './forums.repository';
import { ForumsService } from './forums.service';

/**
 * Forum topics can be flagged and hidden. A hidden topic leaves its forum's list and count, its
 * page says it was hidden (title, text and photos withheld from all but its author and
 * moderators), and it takes no comment, edit or new follower. Comments on topics are flagged as
 * comments (the comments domain declares them).
 */
@Injectable()
@Flaggable(FORUM_TOPIC_TARGET, 'A forum topic (see `forumTopic`).')
export class ForumTopicFlagTarget implements FlagTarget {
  constructor(
    private readonly repo: ForumsRepository,
    private readonly forums: ForumsService,
    private readonly tx: TransactionRunner,
  ) {}

  async flagRefusal(viewer: Viewer, id: string): Promise<FlagRefusal | null> {
    const [t] = await this.repo.topicsByIds(this.tx.reader, [id]);
    if (!t || !mayReadContent(viewer, t)) return FlagRefusal.NOT_FOUND;
    if (t.authorId === viewer.id) return FlagRefusal.OWN_CONTENT;
    return t.hiddenAt ? FlagRefusal.ALREADY_HIDDEN : null;
  }

  /** Two statements for any batch: the topics, then their forums (the context). */
  async describe(ids: readonly string[], tx: Tx = this.tx.reader): Promise<DescribedContent[]> {
    const topics = await this.repo.topicsByIds(tx, ids);
    if (topics.length === 0) return [];
    const forums = new Map((await this.repo.forumsByIds(tx, [...new Set(topics.map((t) => t.forumId))])).map((f) => [f.id, f]));
    return topics.map((t) => ({
      id: t.id,
      authorId: t.authorId,
      title: t.title,
      text: t.body,
      image: null,
      createdAt: t.createdAt,
      context: { type: FORUM_TARGET, id: t.forumId, title: forums.get(t.forumId)?.title ?? null },
      path: topicPath(t.id),
      hiddenAt: t.hiddenAt,
      hiddenReason: t.hiddenReason,
    }));
  }

  setHidden(tx: Tx, id: string, hidden: HiddenMark | null): Promise<{ authorId: string } | null> {
    return this.forums.setHidden(tx, id, hidden);
  }

  demoItems(limit: number): Promise<string[]> {
    return this.repo.newestShownTopics(this.tx.reader, limit);
  }
}
