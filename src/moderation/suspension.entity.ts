import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An account's suspension, kept as history. The current one of a user is the row with no
 * `lifted_at` (a partial unique index: one at most, whatever the concurrency); it is in force while
 * `until` is ahead of the clock. A later suspension, a lift, or a new one after this one expired
 * closes it (`lifted_at`: when it was lifted or replaced, or its `until` when it had simply run out).
 */
@Entity('suspensions')
@Index('uq_suspensions_user_id_current', ['userId'], { unique: true, where: '"lifted_at" IS NULL' })
@Index('ix_suspensions_user_id_created_at', ['userId', 'createdAt'])
// The moderators' list of current suspensions, newest first.
@Index('ix_suspensions_current_created_at', ['createdAt', 'id'], { where: '"lifted_at" IS NULL' })
@Check('ck_suspensions_reason', `char_length("reason") BETWEEN 1 AND 1000`)
@Check('ck_suspensions_lift_reason', `"lift_reason" IS NULL OR char_length("lift_reason") <= 1000`)
export class SuspensionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('uuid')
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  userId: string;

  @Index('ix_suspensions_suspended_by_id')
  @Column('uuid')
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  suspendedById: string;

  /** The moderator's words, shown to the suspended user. */
  @Column('text') reason: string;

  @Column('timestamptz') until: Date;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true }) liftedAt: Date | null;

  /** Who lifted or replaced it; null when it simply ran out. */
  @Index('ix_suspensions_lifted_by_id')
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  liftedById: string | null;

  @Column({ type: 'text', nullable: true }) liftReason: string | null;
}
