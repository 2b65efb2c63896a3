import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One in-app notification for one recipient. Written by the outbox's worker once the change that
 * causes it has committed (the change queued the delivery in its own transaction), once per effect
 * and recipient.
 */
@Entity('notifications')
@Index('ix_notifications_recipient_id_created_at', ['recipientId', 'createdAt'])
@Index('ix_notifications_recipient_id_unread', ['recipientId'], { where: '"read_at" IS NULL' })
@Index('ix_notifications_actor_id', ['actorId'])
@Index('ix_notifications_target_type_target_id', ['targetType', 'targetId'])
@Index('uq_notifications_effect_id_recipient_id', ['effectId', 'recipientId'], { unique: true })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  /**
   * The effect (one change's notification, delivered by the outbox's worker) this row was written
   * for: unique with the recipient, so a delivery run twice writes each notification once. Null for
   * rows written before the outbox.
   */
  @Column({ type: 'uuid', nullable: true }) effectId: string | null;

  @ForeignKey('users', { onDelete: 'RESTRICT' })
  @Column('uuid')
  recipientId: string;

  /** What happened, named by the domain that wrote it (e.g. PROPOSAL_ANSWERED); the client translates it. */
  @Column({ type: 'varchar', length: 60 }) kind: string;

  @Column({ type: 'varchar', length: 30 }) targetType: string;

  @Column('uuid') targetId: string;

  /** Who caused it (never notified of their own change); null once unknown. */
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** Facts the client needs to show it (reference or title, statuses, message): only what every recipient may see. */
  @Column({ type: 'jsonb', default: () => "'{}'" }) payload: Record<string, unknown>;

  @Column({ type: 'timestamptz', nullable: true }) readAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
