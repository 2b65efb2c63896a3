import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { ProposalEntity } from './proposal.entity';

/**
 * One step of a proposal's public timeline, written in the same transaction as the change it
 * tells (publication, threshold, review, answer, progress update, completion, withdrawal).
 */
@Entity('proposal_events')
@Check(
  'ck_proposal_events_kind',
  `"kind" IN ('PUBLISHED', 'THRESHOLD_REACHED', 'UNDER_REVIEW', 'ANSWERED', 'PROGRESS_UPDATE', 'COMPLETED', 'WITHDRAWN')`,
)
@Check(
  'ck_proposal_events_from_status',
  `"from_status" IS NULL OR "from_status" IN ('DRAFT', 'PUBLISHED', 'UNDER_REVIEW', 'ACCEPTED', 'REJECTED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN')`,
)
@Check(
  'ck_proposal_events_to_status',
  `"to_status" IS NULL OR "to_status" IN ('DRAFT', 'PUBLISHED', 'UNDER_REVIEW', 'ACCEPTED', 'REJECTED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN')`,
)
@Index('ix_proposal_events_proposal_id_created_at', ['proposalId', 'createdAt'])
export class ProposalEventEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'uuid' }) proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal: Relation<ProposalEntity>;

  @Column({ type: 'varchar', length: 30 }) kind: string;

  @Column({ type: 'varchar', length: 20, nullable: true }) fromStatus: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true }) toStatus: string | null;

  /** The council's message or the progress update's text, exactly as typed. */
  @Column({ type: 'text', nullable: true }) body: string | null;

  @Column({ type: 'smallint', nullable: true }) progress: number | null;

  /** Null for what the system did (threshold reached). */
  @Index('ix_proposal_events_author_id')
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  authorId: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
