import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { UserEntity } from '../identity/user.entity';

/**
 * One in-app notification for one recipient. Written in the transaction of the change that causes
 * it, so a notification exists exactly when its change committed.
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

  @Column('uuid') recipientId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient: Relation<UserEntity>;

  /** What happened, e.g. SERVICE_REQUEST_STATUS_CHANGED or PROPOSAL_ANSWERED; the client translates it. */
  @Column({ type: 'varchar', length: 60 }) kind: string;

  @Column({ type: 'varchar', length: 30 }) targetType: string;

  @Column('uuid') targetId: string;

  /** Who caused it (never notified of their own change); null once unknown. */
  @Column({ type: 'uuid', nullable: true }) actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor: Relation<UserEntity> | null;

  /** Facts the client needs to show it (reference or title, statuses, message): only what every recipient may see. */
  @Column({ type: 'jsonb', default: () => "'{}'" }) payload: Record<string, unknown>;

  @Column({ type: 'timestamptz', nullable: true }) readAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
