import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

@Entity('users')
@Check('ck_users_locale', `"locale" IN ('fr', 'en')`)
@Unique('uq_users_email', ['email'])
// Unique whatever the case, in the database (not only by lower-casing in the service): made by
// migration SchemaHardening (an expression index TypeORM cannot declare).
@Index('uq_users_email_lower', { synchronize: false })
// The admin users list: newest first, keyset on (created_at, id), deleted accounts left out.
@Index('ix_users_created_at_id', ['createdAt', 'id'], { where: '"deleted_at" IS NULL' })
// The admins' search by part of a name or e-mail, accents and case ignored: a trigram index on
// parvis_unaccent(lower(display_name || ' ' || email)), made by migration CatalogueAdmin.
@Index('ix_users_search_trgm', { synchronize: false })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  /** Stored lower-cased and trimmed; null once the account is deleted (content stays, anonymised). */
  @Column({ type: 'varchar', length: 254, nullable: true }) email: string | null;

  /** argon2id hash; null once the account is deleted. */
  @Column({ type: 'varchar', length: 255, nullable: true }) passwordHash: string | null;

  @Column({ type: 'varchar', length: 80 }) displayName: string;

  @Column({ type: 'varchar', length: 80, nullable: true }) district: string | null;

  @Column({ type: 'timestamptz', nullable: true }) emailVerifiedAt: Date | null;

  /** `fr` or `en`: the language of the e-mails the account receives (chosen at sign-up, changeable). */
  @Column({ type: 'varchar', length: 2, default: 'fr' }) locale: string;

  @Column({ type: 'timestamptz', nullable: true }) deletedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
