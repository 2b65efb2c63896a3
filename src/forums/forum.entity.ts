import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A forum set up by the council. Active forums (`archived_at` NULL) are listed in `position` order,
 * kept dense (1..n) by ForumsService under one advisory lock; at most 100 are active at once (the
 * public list is not paged). `topic_count` counts the topics the public sees (not hidden by
 * moderation) and moves only in the transaction that inserts, hides or restores one.
 */
@Entity('forums')
@Check('ck_forums_topic_count', `"topic_count" >= 0`)
@Check('ck_forums_position', `"position" >= 1`)
// The active list's order and the council's archive, partial: made by hand in migration Forums.
@Index('ix_forums_active_position', { synchronize: false })
@Index('ix_forums_archived_at', { synchronize: false })
export class ForumEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  /** Plain text, exactly as typed. */
  @Column({ type: 'varchar', length: 150 }) title: string;

  /** Plain text: paragraphs separated by blank lines (never rendered as HTML). */
  @Column({ type: 'text', default: '' }) description: string;

  @Column({ type: 'int' }) position: number;

  @Column({ type: 'int', default: 0 }) topicCount: number;

  @Column({ type: 'timestamptz', nullable: true }) archivedAt: Date | null;

  @Index('ix_forums_created_by_id')
  @Column({ type: 'uuid' })
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  createdById: string;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
