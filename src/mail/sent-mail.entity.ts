import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One row per e-mail handed to the transport, by its effect key: a `mail.send` job run again (a
 * retry, a restart after a crash) finds its key and sends nothing. Rows older than 30 days are
 * forgotten by the daily `mail.forget-sent` job (a job is never retried that late).
 */
@Entity('sent_mails')
@Index('ix_sent_mails_sent_at', ['sentAt'])
export class SentMailEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 }) effectKey: string;

  @Column({ type: 'timestamptz', default: () => 'now()' }) sentAt: Date;
}
