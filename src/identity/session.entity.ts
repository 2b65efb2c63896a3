import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * A signed-in device. Access tokens name their session, so revoking it (logout, refresh-token
 * reuse, password change) ends them too.
 */
@Entity('sessions')
@Index('ix_sessions_user_id', ['userId'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('uuid') userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @Column({ type: 'timestamptz' }) lastUsedAt: Date;

  @Column({ type: 'timestamptz' }) expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true }) revokedAt: Date | null;

  @Column({ type: 'varchar', length: 40, nullable: true }) revokedReason: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true }) userAgent: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true }) ip: string | null;
}
