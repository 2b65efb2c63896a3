import { CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * Who follows what: one row per (user, target). The primary key is the uniqueness that keeps
 * follower counts exact; the target index serves the fan-out of notifications.
 */
@Entity('follows')
@Index('ix_follows_target_type_target_id', ['targetType', 'targetId'])
export class FollowEntity {
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  @PrimaryColumn('uuid')
  userId: string;

  /** PROPOSAL, FORUM_TOPIC, CONSULTATION, SERVICE_REQUEST: checked by the target registry, not by a CHECK, so a domain can join without a migration here. */
  @PrimaryColumn({ type: 'varchar', length: 30 }) targetType: string;

  @PrimaryColumn('uuid') targetId: string;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
