import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * One flaggable item as moderation tracks it (created at its first flag or moderation action):
 * `open_flag_count` moves in the transaction that inserts or resolves flag rows, under this row's
 * lock, so it equals the open rows; `first_open_flag_at` orders the queue (oldest first). Every
 * hide, restore and dismissal of the item locks this row first, so two moderators act in turn.
 * `hidden_ground` is the ground of the hiding in force (read back when it is restored).
 */
@Entity('moderation_items')
@Unique('uq_moderation_items_target_type_target_id', ['targetType', 'targetId'])
// The type is a name a domain declared (@Flaggable); the database only checks its form.
@Check('ck_moderation_items_target_type', `"target_type" ~ '^[A-Z][A-Z0-9_]*$'`)
@Check('ck_moderation_items_open_flag_count', `"open_flag_count" >= 0 AND ("open_flag_count" = 0) = ("first_open_flag_at" IS NULL)`)
@Check(
  'ck_moderation_items_hidden_ground',
  `"hidden_ground" IS NULL OR "hidden_ground" IN ('SPAM', 'ABUSE', 'OFF_TOPIC', 'PERSONAL_DATA', 'OTHER')`,
)
// The queue: items with open flags, oldest first flag first.
@Index('ix_moderation_items_queue', ['firstOpenFlagAt', 'id'], { where: '"open_flag_count" > 0' })
export class ModerationItemEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'varchar', length: 30 }) targetType: string;

  @Column('uuid') targetId: string;

  @Column({ type: 'int', default: 0 }) openFlagCount: number;

  @Column({ type: 'timestamptz', nullable: true }) firstOpenFlagAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true }) lastFlaggedAt: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true }) hiddenGround: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
