import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { UserEntity } from '../identity/user.entity';

/**
 * Who follows what: one row per (user, target). The primary key is the uniqueness that keeps
 * follower counts exact; the target index serves the fan-out of notifications.
 */
@Entity('follows')
@Index('ix_follows_target_type_target_id', ['targetType', 'targetId'])
export class FollowEntity {
  @PrimaryColumn('uuid') userId: string;

  /** PROPOSAL, FORUM_TOPIC, CONSULTATION, SERVICE_REQUEST: checked by the target registry, not by a CHECK, so a domain can join without a migration here. */
  @PrimaryColumn({ type: 'varchar', length: 30 }) targetType: string;

  @PrimaryColumn('uuid') targetId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
