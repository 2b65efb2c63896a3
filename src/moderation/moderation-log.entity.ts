import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every moderation action, written in the transaction of the action itself (moderation's own, and
 * other domains' through `ModerationService.record`): who (`actor_id`), what (`action`), on what
 * (`target_type`/`target_id`, or the account `subject_user_id`), why (`reason`, and the `ground`
 * of a hide), when. Append-only. The transparency report counts its HIDE and RESTORE rows.
 */
@Entity('moderation_log')
@Check('ck_moderation_log_action', `"action" ~ '^[A-Z][A-Z0-9_]*$'`)
@Check('ck_moderation_log_target_type', `"target_type" IS NULL OR "target_type" ~ '^[A-Z][A-Z0-9_]*$'`)
@Check('ck_moderation_log_target', `("target_type" IS NULL) = ("target_id" IS NULL)`)
@Check('ck_moderation_log_ground', `"ground" IS NULL OR "ground" IN ('SPAM', 'ABUSE', 'OFF_TOPIC', 'PERSONAL_DATA', 'OTHER')`)
@Check('ck_moderation_log_reason', `"reason" IS NULL OR char_length("reason") <= 1000`)
@Index('ix_moderation_log_created_at_id', ['createdAt', 'id'])
@Index('ix_moderation_log_action_created_at', ['action', 'createdAt'])
@Index('ix_moderation_log_target_type_target_id_created_at', ['targetType', 'targetId', 'createdAt'])
export class ModerationLogEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  /** The moderator (or council member, admin) who acted; null for an action of the system. */
  @Index('ix_moderation_log_actor_id')
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  actorId: string | null;

  @Column({ type: 'varchar', length: 40 }) action: string;

  @Column({ type: 'varchar', length: 30, nullable: true }) targetType: string | null;

  @Column({ type: 'uuid', nullable: true }) targetId: string | null;

  /** The person the action concerns: the author of hidden content, the suspended account. */
  @Index('ix_moderation_log_subject_user_id')
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  subjectUserId: string | null;

  @Column({ type: 'text', nullable: true }) reason: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true }) ground: string | null;

  /** Facts of the action (a suspension's end, the number of flags dismissed…): never content. */
  @Column({ type: 'jsonb', default: () => "'{}'" }) details: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
