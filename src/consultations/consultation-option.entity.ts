import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';
import { ConsultationQuestionEntity } from './consultation-question.entity';

/**
 * One option of a choice or ranking question. `answer_count` (answers that chose or ranked it) and
 * `rank_sum` (RANKING: the sum of its ranks, 1 = first) move with the answer rows, in the same
 * transaction.
 */
@Entity('consultation_options')
@Unique('uq_consultation_options_question_id_position', ['questionId', 'position'])
@Check('ck_consultation_options_counts', `"answer_count" >= 0 AND "rank_sum" >= 0`)
export class ConsultationOptionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Index('ix_consultation_options_question_id')
  @Column({ type: 'uuid' })
  questionId: string;

  @ManyToOne(() => ConsultationQuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question: Relation<ConsultationQuestionEntity>;

  @Column({ type: 'smallint' }) position: number;

  @Column({ type: 'varchar', length: 200 }) label: string;

  @Column({ type: 'int', default: 0 }) answerCount: number;

  @Column({ type: 'bigint', default: 0 }) rankSum: string;
}
