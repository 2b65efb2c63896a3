import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Relation,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { BudgetEnvelopeEntity } from './budget-envelope.entity';
import { BudgetProjectEntity } from './budget-project.entity';
import { BudgetEntity } from './budget.entity';

/**
 * One resident's ballot in an edition: the unique constraint is the one-ballot rule. `district` is
 * the voter's district when they first voted (participation by district). `choice_count` is the
 * number of its choice rows, moved in the same transaction. Never public: only its voter reads it.
 */
@Entity('budget_ballots')
@Unique('uq_budget_ballots_budget_id_user_id', ['budgetId', 'userId'])
@Check('ck_budget_ballots_choice_count', `"choice_count" >= 0`)
export class BudgetBallotEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'uuid' }) budgetId: string;

  @ManyToOne(() => BudgetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'budget_id' })
  budget: Relation<BudgetEntity>;

  @Index('ix_budget_ballots_user_id')
  @Column({ type: 'uuid' })
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  userId: string;

  @Column({ type: 'varchar', length: 80, nullable: true }) district: string | null;

  @Column({ type: 'int', default: 0 }) choiceCount: number;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** A project chosen on a ballot: the source rows of `budget_projects.vote_count`. */
@Entity('budget_ballot_choices')
export class BudgetBallotChoiceEntity {
  @PrimaryColumn({ type: 'uuid' }) ballotId: string;

  @ManyToOne(() => BudgetBallotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ballot_id' })
  ballot: Relation<BudgetBallotEntity>;

  @PrimaryColumn({ type: 'uuid' }) projectId: string;

  @Index('ix_budget_ballot_choices_project_id')
  @ManyToOne(() => BudgetProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project: Relation<BudgetProjectEntity>;

  @Index('ix_budget_ballot_choices_envelope_id')
  @Column({ type: 'uuid' })
  envelopeId: string;

  @ManyToOne(() => BudgetEnvelopeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'envelope_id' })
  envelope: Relation<BudgetEnvelopeEntity>;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
