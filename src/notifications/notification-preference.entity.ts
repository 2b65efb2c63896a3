import { Check, Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A user's choice of how often one kind of notification is e-mailed. Only choices are stored: a
 * kind without a row has the default its domain declares (NotificationKindMailText.defaultFrequency).
 * In-app notifications are always kept.
 */
@Entity('notification_preferences')
@Check('ck_notification_preferences_channel', `"channel" IN ('EMAIL')`)
@Check('ck_notification_preferences_frequency', `"frequency" IN ('IMMEDIATE', 'DAILY_DIGEST', 'NEVER')`)
export class NotificationPreferenceEntity {
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  @PrimaryColumn('uuid')
  userId: string;

  /** A notification kind (e.g. PROPOSAL_ANSWERED), checked against the declared kinds when set. */
  @PrimaryColumn({ type: 'varchar', length: 60 }) kind: string;

  @PrimaryColumn({ type: 'varchar', length: 10 }) channel: string;

  @Column({ type: 'varchar', length: 20 }) frequency: string;

  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
