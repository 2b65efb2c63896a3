import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';
import { ConsultationEntity } from './consultation.entity';

/**
 * One question, at its position. The tallies (`answer_count`, `scale_sum`, `scale_counts`) move
 * in the transaction that inserts the answers, under the consultation's row lock, so they equal
 * the answer rows (a test recounts them); the results query reads them instead of the answers.
 */
@Entity('consultation_questions')
@Unique('uq_consultation_questions_consultation_id_position', ['consultationId', 'position'])
@Check('ck_consultation_questions_kind', `"kind" IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RANKING', 'SCALE', 'FREE_TEXT')`)
@Check('ck_consultation_questions_counts', `"answer_count" >= 0 AND "scale_sum" >= 0`)
export class ConsultationQuestionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Index('ix_consultation_questions_consultation_id')
  @Column({ type: 'uuid' })
  consultationId: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  consultation: Relation<ConsultationEntity>;

  @Column({ type: 'smallint' }) position: number;

  @Column({ type: 'varchar', length: 20 }) kind: string;

  @Column({ type: 'varchar', length: 500 }) prompt: string;

  @Column({ type: 'boolean', default: false }) required: boolean;

  /** MULTIPLE_CHOICE only: most options one answer may pick. */
  @Column({ type: 'smallint', nullable: true }) maxChoices: number | null;

  /** SCALE only: the labels of 1 and 5. */
  @Column({ type: 'varchar', length: 100, nullable: true }) scaleMinLabel: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true }) scaleMaxLabel: string | null;

  /** FREE_TEXT only: longest answer, in characters. */
  @Column({ type: 'int', nullable: true }) maxLength: number | null;

  /** Responses that answered this question. */
  @Column({ type: 'int', default: 0 }) answerCount: number;

  /** SCALE: sum of the values given, and how many gave 1, 2, 3, 4 and 5. */
  @Column({ type: 'bigint', default: 0 }) scaleSum: string;

  @Column({ type: 'int', array: true, default: () => "'{0,0,0,0,0}'" }) scaleCounts: number[];
}
