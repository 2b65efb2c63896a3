import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { UserEntity } from '../identity/user.entity';
import { ProposalEntity } from './proposal.entity';

/** One support per resident per proposal: the primary key makes a second one impossible. */
@Entity('proposal_supports')
export class ProposalSupportEntity {
  @PrimaryColumn('uuid') proposalId: string;

  @Index('ix_proposal_supports_user_id')
  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal: Relation<ProposalEntity>;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
