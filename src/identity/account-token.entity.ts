import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * The single-use links mailed to an account (verify the address, reset the password, confirm a new
 * address), stored as SHA-256 hashes of 32 random bytes: the database never holds a usable token.
 * `newEmail` is the address a CHANGE_EMAIL token confirms. A token is spent by setting `usedAt`
 * under a conditional update, so two uses racing spend it once.
 */
@Entity('account_tokens')
@Unique('uq_account_tokens_token_hash', ['tokenHash'])
@Index('ix_account_tokens_user_id_purpose', ['userId', 'purpose'])
@Check('ck_account_tokens_purpose', `"purpose" IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL')`)
@Check('ck_account_tokens_new_email', `("purpose" = 'CHANGE_EMAIL') = ("new_email" IS NOT NULL)`)
export class AccountTokenEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('uuid') userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 20 }) purpose: string;

  @Column({ type: 'char', length: 64 }) tokenHash: string;

  @Column({ type: 'varchar', length: 254, nullable: true }) newEmail: string | null;

  @Column({ type: 'timestamptz' }) expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true }) usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
