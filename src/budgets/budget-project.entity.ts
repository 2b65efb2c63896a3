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
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { BudgetEnvelopeEntity } from './budget-envelope.entity';
import { BudgetEntity } from './budget.entity';

/**
 * A project submitted into an envelope. `review` is the staff's verdict (SUBMITTED until reviewed,
 * FEASIBLE with the town hall's `cost`, NOT_FEASIBLE or MERGED with a public `review_note`).
 * `vote_count` counts the ballot choices naming it (source rows: budget_ballot_choices, unique per
 * ballot and project) and moves in the ballot's transaction. `work_status`, `progress` and
 * `actual_cost` follow a winning project's works.
 */
@Entity('budget_projects')
@Unique('uq_budget_projects_budget_id_proposal_id', ['budgetId', 'proposalId'])
@Check('ck_budget_projects_review', `"review" IN ('SUBMITTED', 'FEASIBLE', 'NOT_FEASIBLE', 'MERGED')`)
@Check('ck_budget_projects_feasible_cost', `"review" <> 'FEASIBLE' OR "cost" IS NOT NULL`)
@Check('ck_budget_projects_merged', `("review" = 'MERGED') = ("merged_into_id" IS NOT NULL)`)
@Check('ck_budget_projects_work_status', `"work_status" IS NULL OR "work_status" IN ('IN_PROGRESS', 'COMPLETED')`)
@Check('ck_budget_projects_progress', `"progress" BETWEEN 0 AND 100`)
@Check('ck_budget_projects_counts', `"vote_count" >= 0 AND "comment_count" >= 0`)
@Check(
  'ck_budget_projects_costs',
  `"estimated_cost" > 0 AND ("cost" IS NULL OR "cost" > 0) AND ("actual_cost" IS NULL OR "actual_cost" >= 0)`,
)
@Check('ck_budget_projects_hidden', `("hidden_at" IS NULL) = ("hidden_reason" IS NULL)`)
@Index('ix_budget_projects_envelope_list', ['envelopeId', 'createdAt', 'id'])
export class BudgetProjectEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Index('ix_budget_projects_budget_id')
  @Column({ type: 'uuid' })
  budgetId: string;

  @ManyToOne(() => BudgetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'budget_id' })
  budget: Relation<BudgetEntity>;

  @Column({ type: 'uuid' }) envelopeId: string;

  @ManyToOne(() => BudgetEnvelopeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'envelope_id' })
  envelope: Relation<BudgetEnvelopeEntity>;

  @Index('ix_budget_projects_author_id')
  @Column({ type: 'uuid' })
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  authorId: string;

  /** The published proposal it was turned from, if any. */
  @Index('ix_budget_projects_proposal_id')
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('proposals', { onDelete: 'RESTRICT' })
  proposalId: string | null;

  @Column({ type: 'varchar', length: 150 }) title: string;
  @Column({ type: 'text' }) description: string;

  @Column({ type: 'double precision', nullable: true }) locationLat: number | null;
  @Column({ type: 'double precision', nullable: true }) locationLng: number | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) address: string | null;

  /** The resident's estimate, euros. */
  @Column({ type: 'int' }) estimatedCost: number;
  /** The town hall's estimate (set when found feasible): what the ballot and the results use. */
  @Column({ type: 'int', nullable: true }) cost: number | null;

  @Column({ type: 'varchar', length: 20, default: 'SUBMITTED' }) review: string;
  @Column({ type: 'text', nullable: true }) reviewNote: string | null;
  @Column({ type: 'timestamptz', nullable: true }) reviewedAt: Date | null;

  @Index('ix_budget_projects_merged_into_id')
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('budget_projects', { onDelete: 'RESTRICT' })
  mergedIntoId: string | null;

  @Column({ type: 'int', default: 0 }) voteCount: number;
  @Column({ type: 'int', default: 0 }) commentCount: number;

  @Column({ type: 'varchar', length: 20, nullable: true }) workStatus: string | null;
  @Column({ type: 'int', default: 0 }) progress: number;
  @Column({ type: 'int', nullable: true }) actualCost: number | null;

  @Column({ type: 'timestamptz', nullable: true }) hiddenAt: Date | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) hiddenReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
