import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * A notification waiting for its recipient's daily digest, written in the delivery's transaction.
 * The digest takes a user's rows with DELETE … RETURNING in the transaction that queues the
 * e-mail: what it took is mailed exactly once (a retry or another instance finds them gone), and a
 * notification committed meanwhile waits for the next digest (none is skipped, whatever the order in
 * which deliveries commit, which a timestamp watermark could not promise).
 */
@Entity('notification_digest_items')
@Index('ix_notification_digest_items_user_id', ['userId'])
export class NotificationDigestItemEntity {
  @ForeignKey('notifications', { onDelete: 'CASCADE' })
  @PrimaryColumn('uuid')
  notificationId: string;

  /** The notification's recipient (copied, so a user's waiting items are found by index). */
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  @Column('uuid')
  userId: string;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
