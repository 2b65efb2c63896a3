import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One in-app notification for one recipient. Written in the transaction of the change that causes
 * it, so a notification exists exactly when its change committed.
 */
@Entity('notifications')
@Index('ix_notifications_recipient_id_created_at', ['recipientId', 'createdAt'])
@Index('ix_notifications_recipient_id_unread', ['recipientId'], { where: '"read_at" IS NULL' })
@Index('ix_notifications_actor_id', ['actorId'])
@Index('ix_notifications_target_type_target_id', ['targetType', 'targetId'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @ForeignKey('users', { onDelete: 'RESTRICT' })
  @Column('uuid')
  recipientId: string;

  /** What happened, e.g. SERVICE_REQUEST_STATUS_CHANGED or PROPOSAL_ANSWERED; the client translates it. */
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
