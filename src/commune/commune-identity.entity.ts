import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/**
 * The commune's identity, one row (the `singleton` column is always true and unique): its name,
 * colours, contact details, opening hours, default language, what the legal pages need (director of
 * publication, host, data protection officer, the accessibility audit when one was made) and its
 * logo. No row yet: the commune has not been set up (the first-run checklist shows it).
 */
@Entity('commune_identity')
@Unique('uq_commune_identity_singleton', ['singleton'])
@Check('ck_commune_identity_singleton', `"singleton"`)
@Check('ck_commune_identity_colors', `"primary_color" ~ '^#[0-9a-f]{6}$' AND "primary_text_color" ~ '^#[0-9a-f]{6}$'`)
@Check('ck_commune_identity_default_language', `"default_language" IN ('fr', 'en')`)
@Check(
  'ck_commune_identity_accessibility_audit',
  `("accessibility_audit_date" IS NULL) = ("accessibility_audit_rate" IS NULL) AND ("accessibility_audit_rate" IS NULL OR "accessibility_audit_rate" BETWEEN 0 AND 100)`,
)
export class CommuneIdentityEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'boolean', default: true }) singleton: boolean;

  @Column({ type: 'varchar', length: 120 }) name: string;

  /** `#rrggbb`, lower case; its contrast with `primaryTextColor` is at least 4.5:1 (checked before saving). */
  @Column({ type: 'varchar', length: 7 }) primaryColor: string;

  @Column({ type: 'varchar', length: 7 }) primaryTextColor: string;

  /** Postal address, several lines. */
  @Column({ type: 'varchar', length: 500, nullable: true }) address: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true }) phone: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true }) email: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true }) website: string | null;

  /** Plain text, one line per day or period (« Lundi–vendredi : 8 h 30 – 12 h »). */
  @Column({ type: 'varchar', length: 2000, nullable: true }) openingHours: string | null;

  /** `fr` or `en`: the interface's language for visitors who have not chosen one. */
  @Column({ type: 'varchar', length: 2, default: 'fr' }) defaultLanguage: string;

  /** Mentions légales: who answers for what is published (usually the mayor). */
  @Column({ type: 'varchar', length: 200, nullable: true }) publicationDirector: string | null;

  /** Mentions légales: the hosting provider's name, address and phone. */
  @Column({ type: 'varchar', length: 500, nullable: true }) host: string | null;

  /** Privacy notice: how to reach the data protection officer (DPO). */
  @Column({ type: 'varchar', length: 500, nullable: true }) dpoContact: string | null;

  /** Accessibility statement: the date of the RGAA audit, when one was made. */
  @Column({ type: 'date', nullable: true }) accessibilityAuditDate: string | null;

  /** Share of RGAA criteria met (0–100) found by that audit. */
  @Column({ type: 'smallint', nullable: true }) accessibilityAuditRate: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true }) accessibilityAuditor: string | null;

  /** The logo (an image attached to this row as `COMMUNE_LOGO` by the commune-logo module). */
  @Index('ix_commune_identity_logo_image_id')
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('images', { onDelete: 'SET NULL' })
  logoImageId: string | null;

  @Index('ix_commune_identity_updated_by_id')
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  updatedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
