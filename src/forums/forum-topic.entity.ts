import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { ForumEntity } from './forum.entity';

/**
 * A topic opened by a resident in a forum. `comment_count` and `last_activity_at` move in the
 * transaction that adds (or deletes) a comment, under this row's lock (ForumTopicTargets), so the
 * count equals the comment rows and the last activity is the newest comment's time (or the
 * topic's own creation). Moderators pin (listed first) and lock (no new comment, no edit);
 * `hidden_at` and `hidden_reason` are set together by the moderation hook (ForumsService.setHidden).
 */
@Entity('forum_topics')
@Check('ck_forum_topics_comment_count', `"comment_count" >= 0`)
@Check('ck_forum_topics_hidden', `("hidden_at" IS NULL) = ("hidden_reason" IS NULL)`)
// The three orders of a forum's list (pinned first), partial (hidden topics are not listed) and
// descending, made by hand in migration Forums.
@Index('ix_forum_topics_list_activity', { synchronize: false })
@Index('ix_forum_topics_list_newest', { synchronize: false })
@Index('ix_forum_topics_list_comments', { synchronize: false })
export class ForumTopicEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Index('ix_forum_topics_forum_id')
  @Column({ type: 'uuid' })
  forumId: string;

  @ManyToOne(() => ForumEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'forum_id' })
  forum: Relation<ForumEntity>;

  @Index('ix_forum_topics_author_id')
  @Column({ type: 'uuid' })
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  authorId: string;

  /** Plain text, exactly as typed. */
  @Column({ type: 'varchar', length: 150 }) title: string;

  /** Plain text, exactly as typed (never rendered as HTML). */
  @Column({ type: 'text' }) body: string;

  @Column({ type: 'boolean', default: false }) pinned: boolean;

  @Column({ type: 'boolean', default: false }) locked: boolean;

  @Column({ type: 'int', default: 0 }) commentCount: number;

  @Column({ type: 'timestamptz', default: () => 'now()' }) lastActivityAt: Date;

  @Column({ type: 'timestamptz', nullable: true }) editedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true }) hiddenAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true }) hiddenReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
