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
} from 'typeorm';

/**
 * A comment on a proposal, forum topic or consultation (`target_type`, `target_id`: no foreign key,
 * the owning domain vouches for the target through its `@Commentable` provider). Replies point at their
 * parent. Deleting is a soft delete (`deleted_at`, body erased) so replies keep their thread;
 * moderators hide with `hidden_at` and `hidden_reason` (through the moderation domain: comment-flag-target.ts). `score` is the sum of comment_votes.value, kept in the
 * vote's transaction.
 */
@Entity('comments')
// The type is a name a domain declared (@Commentable), checked by the comments service; the
// database only checks its form, so a new domain needs no migration here.
@Check('ck_comments_target_type', `"target_type" ~ '^[A-Z][A-Z0-9_]*$'`)
// A thread's pages, in their order (created_at, id), so a page is an index scan that stops after
// its rows: the top-level comments of a target (partial, made by migration ProposalPathIndexes),
// and the replies of a comment (also the parent_id foreign key's index, and its reply counts).
@Index('ix_comments_top_level_page', { synchronize: false })
@Index('ix_comments_parent_id_created_at_id', ['parentId', 'createdAt', 'id'])
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'varchar', length: 30 }) targetType: string;

  @Column({ type: 'uuid' }) targetId: string;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent: Relation<CommentEntity> | null;

  @Index('ix_comments_author_id')
  @Column({ type: 'uuid' })
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  authorId: string;

  /** Exactly as typed (plain text, never rendered as HTML); erased when its author deletes it. */
  @Column({ type: 'text' }) body: string;

  @Column({ type: 'int', default: 0 }) score: number;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true }) editedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true }) deletedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true }) hiddenAt: Date | null;

  /** The moderator's reason while hidden (shown to the author and moderators only). */
  @Column({ type: 'text', nullable: true }) hiddenReason: string | null;
}
