import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A resident's idea for the commune. `support_count` and `comment_count` move only in the
 * transaction that inserts or deletes their source rows (proposal_supports, comments), so they
 * equal the rows. The migration adds by hand what TypeORM cannot express: the search vector's
 * trigger and GIN index, and the trigram GIN index on `parvis_unaccent(title)` (an expression
 * index, which TypeORM neither sees nor drops) used by similar-proposal suggestions.
 */
@Entity('proposals')
@Check(
  'ck_proposals_status',
  `"status" IN ('DRAFT', 'PUBLISHED', 'UNDER_REVIEW', 'ACCEPTED', 'REJECTED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN')`,
)
@Check('ck_proposals_location', `("location_lat" IS NULL) = ("location_lng" IS NULL)`)
@Check(
  'ck_proposals_location_range',
  `"location_lat" IS NULL OR ("location_lat" BETWEEN -90 AND 90 AND "location_lng" BETWEEN -180 AND 180)`,
)
@Check('ck_proposals_answer_status', `"answer_status" IS NULL OR "answer_status" IN ('UNDER_REVIEW', 'ACCEPTED', 'REJECTED')`)
@Check('ck_proposals_progress', `"progress" BETWEEN 0 AND 100`)
@Check('ck_proposals_counts', `"support_count" >= 0 AND "comment_count" >= 0`)
@Check('ck_proposals_hidden', `("hidden_at" IS NULL) = ("hidden_reason" IS NULL)`)
@Index('ix_proposals_status_published_at', ['status', 'publishedAt'])
// The list's three orders, partial (no drafts) and descending: made by migration ProposalListIndexes.
@Index('ix_proposals_list_date', { synchronize: false })
@Index('ix_proposals_list_supports', { synchronize: false })
@Index('ix_proposals_list_comments', { synchronize: false })
// The list's filters and total count (partial: public, shown), made by migration ProposalPathIndexes.
@Index('ix_proposals_list_filters', { synchronize: false })
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Index('ix_proposals_author_id')
  @Column({ type: 'uuid' })
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  authorId: string;

  /** Exactly as typed (plain text, never rendered as HTML). */
  @Column({ type: 'varchar', length: 150 })
  title: string;

  @Column({ type: 'text' }) body: string;

  @Column({ type: 'varchar', length: 20, default: 'DRAFT' }) status: string;

  @Index('ix_proposals_category_id')
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('categories', { onDelete: 'SET NULL' })
  categoryId: string | null;

  @Column({ type: 'varchar', length: 80, nullable: true }) district: string | null;

  @Column({ type: 'double precision', nullable: true }) locationLat: number | null;

  @Column({ type: 'double precision', nullable: true }) locationLng: number | null;

  @Column({ type: 'int', default: 0 }) supportCount: number;

  @Column({ type: 'int', default: 0 }) commentCount: number;

  /** Taken from configuration when published, so a later change does not move the goalposts. */
  @Column({ type: 'int', nullable: true }) supportThreshold: number | null;

  /** End of the support collection period (published + PROPOSAL_SUPPORT_DAYS). */
  @Column({ type: 'timestamptz', nullable: true }) supportDeadline: Date | null;

  @Column({ type: 'timestamptz', nullable: true }) thresholdReachedAt: Date | null;

  /** Percentage of completion, from the council's progress updates. */
  @Column({ type: 'smallint', default: 0 }) progress: number;

  /** The council's latest official answer (its status, text, author and date). */
  @Column({ type: 'varchar', length: 20, nullable: true }) answerStatus: string | null;

  @Column({ type: 'text', nullable: true }) answerBody: string | null;

  @Index('ix_proposals_answer_author_id')
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  answerAuthorId: string | null;

  @Column({ type: 'timestamptz', nullable: true }) answeredAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true }) publishedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;

  /**
   * Hidden by a moderator (through the moderation domain: proposal-flag-target.ts): out of public
   * lists and searches, shown as hidden in its place; its content and the reason to its author and
   * moderators only.
   */
  @Column({ type: 'timestamptz', nullable: true }) hiddenAt: Date | null;

  @Column({ type: 'text', nullable: true }) hiddenReason: string | null;

  /**
   * The French full-text vector of the unaccented title (weight A) and body (weight B). Written
   * only by the trigger `tr_proposals_search_vector` (never by the application), so it cannot drift
   * from the text. A trigger rather than a GENERATED column: TypeORM records generated expressions in
   * typeorm_metadata under the database's name, which breaks on databases cloned from a template.
   */
  @Index('ix_proposals_search_vector', { synchronize: false })
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector: string | null;
}
