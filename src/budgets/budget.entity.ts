import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A participatory budget edition. Its phases are six instants: each phase runs from its start to the
 * next one's (SUBMISSION from `submission_starts_at` to `review_starts_at`… WORKS to `closes_at`);
 * the current phase is read from them with the server's clock (budget.policy.ts `phaseAt`), so no
 * job has to move it. `advanceBudgetPhase` moves the next bounds earlier, keeping the durations.
 * `voter_count` counts the ballots with at least one choice (source rows: budget_ballots, one per
 * resident) and moves in the ballot's transaction, under this row's lock.
 */
@Entity('budgets')
@Check('ck_budgets_total_amount', `"total_amount" > 0`)
@Check('ck_budgets_voting_style', `"voting_style" IN ('KNAPSACK', 'APPROVAL')`)
@Check('ck_budgets_max_choices', `"max_choices" IS NULL OR "max_choices" >= 1`)
@Check('ck_budgets_min_projects', `"min_projects" IS NULL OR "min_projects" >= 1`)
@Check('ck_budgets_voter_count', `"voter_count" >= 0`)
@Check('ck_budgets_comment_count', `"comment_count" >= 0`)
@Check('ck_budgets_hidden', `("hidden_at" IS NULL) = ("hidden_reason" IS NULL)`)
@Check(
  'ck_budgets_phase_order',
  `"submission_starts_at" < "review_starts_at" AND "review_starts_at" < "voting_starts_at" AND "voting_starts_at" < "results_starts_at" AND "results_starts_at" < "works_starts_at" AND "works_starts_at" < "closes_at"`,
)
@Index('ix_budgets_list', ['submissionStartsAt', 'id'])
export class BudgetEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'varchar', length: 150 }) title: string;

  @Column({ type: 'text', default: '' }) description: string;

  /** The rules of the edition, plain text: frozen once voting opens. */
  @Column({ type: 'text', default: '' }) rules: string;

  /** Euros, whole. */
  @Column({ type: 'int' }) totalAmount: number;

  @Column({ type: 'varchar', length: 20 }) votingStyle: string;

  @Column({ type: 'int', nullable: true }) maxChoices: number | null;

  @Column({ type: 'int', nullable: true }) minProjects: number | null;

  @Column({ type: 'timestamptz' }) submissionStartsAt: Date;
  @Column({ type: 'timestamptz' }) reviewStartsAt: Date;
  @Column({ type: 'timestamptz' }) votingStartsAt: Date;
  @Column({ type: 'timestamptz' }) resultsStartsAt: Date;
  @Column({ type: 'timestamptz' }) worksStartsAt: Date;
  @Column({ type: 'timestamptz' }) closesAt: Date;

  @Column({ type: 'int', default: 0 }) voterCount: number;

  /** Comments on the edition itself (its rules, its calendar), moved in the comment's transaction. */
  @Column({ type: 'int', default: 0 }) commentCount: number;

  @Index('ix_budgets_created_by_id')
  @Column({ type: 'uuid' })
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  createdById: string;

  /** Hidden by moderation (with the moderator's reason): withdrawn from all but its creator and moderators. */
  @Column({ type: 'timestamptz', nullable: true }) hiddenAt: Date | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) hiddenReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
