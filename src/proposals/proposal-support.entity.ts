import { CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { ProposalEntity } from './proposal.entity';

/** One support per resident per proposal: the primary key makes a second one impossible. */
@Entity('proposal_supports')
export class ProposalSupportEntity {
  @PrimaryColumn('uuid') proposalId: string;

  @Index('ix_proposal_supports_user_id')
  @PrimaryColumn('uuid')
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  userId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal: Relation<ProposalEntity>;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
