import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';
import { SessionEntity } from './session.entity';

/**
 * Refresh tokens are stored as SHA-256 hashes (they are 256-bit random, so a fast hash is enough).
 * Each is good for one use: using it marks it used and issues the next one; presenting a used one
 * again means it was stolen, and the whole session is revoked.
 */
@Entity('refresh_tokens')
@Unique('uq_refresh_tokens_token_hash', ['tokenHash'])
@Index('ix_refresh_tokens_session_id', ['sessionId'])
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('uuid') sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session: Relation<SessionEntity>;

  @Column({ type: 'char', length: 64 }) tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true }) usedAt: Date | null;
}
