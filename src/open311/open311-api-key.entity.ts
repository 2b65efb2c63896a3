import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A key an outside Open311 client (a city app, a 311 aggregator) posts requests with. Only the
 * SHA-256 of the key is stored: the key itself is shown once, to the admin who created it. Each key
 * files its requests as its own placeholder account (`user_id`), so they are ordinary requests in
 * the departments' queues; a revoked key is refused from then on and stays listed.
 */
@Entity('open311_api_keys')
@Unique('uq_open311_api_keys_key_hash', ['keyHash'])
export class Open311ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'varchar', length: 80 }) name: string;

  /** Hex SHA-256 of the key (32 random bytes, so a plain hash is enough: nothing to guess). */
  @Column({ type: 'char', length: 64 }) keyHash: string;

  /** The placeholder account the key's requests are filed as ("Open311 · <name>"). */
  @Index('ix_open311_api_keys_user_id')
  @Column({ type: 'uuid' })
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  userId: string;

  @Index('ix_open311_api_keys_created_by_id')
  @Column({ type: 'uuid' })
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  createdById: string;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true }) lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true }) revokedAt: Date | null;
}
