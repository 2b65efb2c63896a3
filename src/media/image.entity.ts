import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';

/**
 * An uploaded photo, already converted: the row exists only once all its WebP variants are stored
 * (the original bytes are never kept). It belongs to its uploader until attached to one record of a
 * domain that declared it `@Photographable` (a proposal, a service request…); unattached rows older than a day are deleted with their files.
 */
@Entity('images')
@Index('ix_images_owner_id', ['ownerId'])
// One image per position on a target. Deferrable: a reorder renumbers positions in one statement,
// and the rows swap places within it.
@Unique('uq_images_attached_type_attached_id_position', ['attachedType', 'attachedId', 'position'], { deferrable: 'INITIALLY IMMEDIATE' })
@Index('ix_images_unattached_created_at', ['createdAt'], { where: '"attached_id" IS NULL' })
// The type is one a domain declared @Photographable, checked by the media service; the database
// only checks its form, so a new domain needs no migration here.
@Check('ck_images_attached_type', `"attached_type" ~ '^[A-Z][A-Z0-9_]*$'`)
@Check(
  'ck_images_attachment',
  `("attached_type" IS NULL) = ("attached_id" IS NULL) AND ("attached_id" IS NULL) = ("position" IS NULL) AND ("attached_id" IS NULL) = ("attached_at" IS NULL)`,
)
export class ImageEntity {
  /** Chosen by the server before the files are written, so the files can be named after it. */
  @PrimaryColumn('uuid') id: string;

  @ForeignKey('users', { onDelete: 'RESTRICT' })
  @Column('uuid')
  ownerId: string;

  /** jpeg, png, webp or avif: what the uploaded bytes really were. */
  @Column({ type: 'varchar', length: 10 }) sourceFormat: string;

  @Column('int') sourceBytes: number;

  /** Of the upright original; the variants keep its aspect ratio. */
  @Column('int') width: number;

  @Column('int') height: number;

  /** `#rrggbb` dominant colour shown while the image loads. */
  @Column({ type: 'varchar', length: 7 }) placeholder: string;

  @Column({ type: 'varchar', length: 20, nullable: true }) attachedType: string | null;

  @Column({ type: 'uuid', nullable: true }) attachedId: string | null;

  /** Order among the target's images, from 1. */
  @Column({ type: 'smallint', nullable: true }) position: number | null;

  @Column({ type: 'timestamptz', nullable: true }) attachedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
