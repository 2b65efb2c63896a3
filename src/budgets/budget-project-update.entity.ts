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
import { BudgetProjectEntity } from './budget-project.entity';

/** A dated update on a winning project's works, by the council, with photos (public). */
@Entity('budget_project_updates')
@Check('ck_budget_project_updates_progress', `"progress" BETWEEN 0 AND 100`)
@Check('ck_budget_project_updates_comment_count', `"comment_count" >= 0`)
@Check('ck_budget_project_updates_hidden', `("hidden_at" IS NULL) = ("hidden_reason" IS NULL)`)
@Index('ix_budget_project_updates_project_list', ['projectId', 'createdAt', 'id'])
export class BudgetProjectUpdateEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'uuid' }) projectId: string;

  @ManyToOne(() => BudgetProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project: Relation<BudgetProjectEntity>;

  @Index('ix_budget_project_updates_author_id')
  @Column({ type: 'uuid' })
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  authorId: string;

  @Column({ type: 'text' }) body: string;
  @Column({ type: 'int' }) progress: number;
  @Column({ type: 'int', nullable: true }) actualCost: number | null;
  @Column({ type: 'int', default: 0 }) commentCount: number;

  @Column({ type: 'timestamptz', nullable: true }) hiddenAt: Date | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) hiddenReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
