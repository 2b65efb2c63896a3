import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A legal page as an admin wrote it, per language. No row: the page shows its default text, filled
 * with the commune's identity.
 */
@Entity('legal_pages')
@Check('ck_legal_pages_kind', `"kind" IN ('LEGAL_NOTICE', 'PRIVACY', 'ACCESSIBILITY', 'TERMS')`)
@Check('ck_legal_pages_language', `"language" IN ('fr', 'en')`)
export class LegalPageEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 }) kind: string;

  @PrimaryColumn({ type: 'varchar', length: 2 }) language: string;

  @Column({ type: 'varchar', length: 200 }) title: string;

  /** A small Markdown subset (headings, paragraphs, lists, links, bold), rendered as text by the client. */
  @Column({ type: 'text' }) body: string;

  @Index('ix_legal_pages_updated_by_id')
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  updatedById: string | null;

  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
