import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';
import { BudgetEntity } from './budget.entity';

/**
 * A share of an edition's amount: one per district, and the city-wide one (`district` NULL), which
 * every resident may vote in. A resident votes in their district's envelope and the city-wide one.
 */
@Entity('budget_envelopes')
@Unique('uq_budget_envelopes_budget_id_position', ['budgetId', 'position'])
@Check('ck_budget_envelopes_amount', `"amount" > 0`)
export class BudgetEnvelopeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Index('ix_budget_envelopes_budget_id')
  @Column({ type: 'uuid' })
  budgetId: string;

  @ManyToOne(() => BudgetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'budget_id' })
  budget: Relation<BudgetEntity>;

  @Column({ type: 'varchar', length: 150 }) name: string;

  /** The district whose residents vote in it; NULL for the city-wide envelope. */
  @Column({ type: 'varchar', length: 80, nullable: true }) district: string | null;

  /** Euros, whole. */
  @Column({ type: 'int' }) amount: number;

  /** Its place in the edition, from 1. */
  @Column({ type: 'int' }) position: number;
}
