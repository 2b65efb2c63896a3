import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A consultation built by the council. Its state (UPCOMING, OPEN, CLOSED) is never stored: it
 * follows from `opens_at` and `closes_at` and the server's clock (closing early moves `closes_at`).
 * `response_count` and `comment_count` move only in the transaction that inserts their source rows.
 */
@Entity('consultations')
@Check('ck_consultations_results_visibility', `"results_visibility" IN ('LIVE', 'AFTER_CLOSE')`)
@Check('ck_consultations_dates', `"closes_at" >= "opens_at"`)
@Check('ck_consultations_counts', `"response_count" >= 0 AND "comment_count" >= 0`)
@Index('ix_consultations_opens_at_id', ['opensAt', 'id'])
export class ConsultationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'varchar', length: 200 }) title: string;

  /** Plain text: paragraphs separated by blank lines, links as typed (never rendered as HTML). */
  @Column({ type: 'text' }) description: string;

  @Column({ type: 'timestamptz' }) opensAt: Date;

  @Column({ type: 'timestamptz' }) closesAt: Date;

  @Column({ type: 'varchar', length: 20 }) resultsVisibility: string;

  /** Districts whose residents may answer; empty: every resident. */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) districts: string[];

  @Index('ix_consultations_created_by_id')
  @Column({ type: 'uuid' })
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  createdById: string;

  @Column({ type: 'int', default: 0 }) responseCount: number;

  @Column({ type: 'int', default: 0 }) commentCount: number;

  /** What the council did with the answers, published once the consultation is closed. */
  @Column({ type: 'text', nullable: true }) conclusionBody: string | null;

  @Column({ type: 'timestamptz', nullable: true }) conclusionPublishedAt: Date | null;

  @Index('ix_consultations_conclusion_author_id')
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  conclusionAuthorId: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
