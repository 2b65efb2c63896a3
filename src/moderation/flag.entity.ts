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
  Unique,
} from 'typeorm';
import { ModerationItemEntity } from './moderation-item.entity';

/**
 * One user's flag on one item. The unique constraint is the one-flag-per-user rule: a second flag
 * (or fifty at once) finds the first and changes nothing. A flag is open until a moderator hides the
 * item or dismisses its flags (`resolved_at`, `resolution`). On account erasure `flagger_id`
 * becomes NULL: the flag stays counted, linked to nobody (NULLs never collide).
 */
@Entity('flags')
@Unique('uq_flags_flagger_id_item_id', ['flaggerId', 'itemId'])
@Check('ck_flags_reason', `"reason" IN ('SPAM', 'ABUSE', 'OFF_TOPIC', 'PERSONAL_DATA', 'OTHER')`)
@Check('ck_flags_note', `"note" IS NULL OR char_length("note") <= 1000`)
@Check(
  'ck_flags_resolution',
  `("resolved_at" IS NULL) = ("resolution" IS NULL) AND ("resolution" IS NULL OR "resolution" IN ('HIDDEN', 'DISMISSED'))`,
)
// An item's flags, oldest first (notes in the queue, per-reason counts, resolving them).
@Index('ix_flags_item_id_created_at', ['itemId', 'createdAt'])
export class FlagEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('uuid') itemId: string;

  @ManyToOne(() => ModerationItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item: Relation<ModerationItemEntity>;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  flaggerId: string | null;

  @Column({ type: 'varchar', length: 20 }) reason: string;

  /** The flagger's words, plain text, shown to moderators without the flagger's name. */
  @Column({ type: 'text', nullable: true }) note: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true }) resolvedAt: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true }) resolution: string | null;
}
