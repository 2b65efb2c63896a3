import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { ConsultationOptionEntity } from './consultation-option.entity';
import { ConsultationQuestionEntity } from './consultation-question.entity';
import { ConsultationResponseEntity } from './consultation-response.entity';

/**
 * One answered question of a response (a question left out has no row): the value of SCALE and
 * FREE_TEXT answers; choices and rankings list their options in consultation_answer_choices.
 */
@Entity('consultation_answers')
@Index('ix_consultation_answers_question_id_response_id', ['questionId', 'responseId'])
export class ConsultationAnswerEntity {
  @PrimaryColumn('uuid') responseId: string;

  @PrimaryColumn('uuid') questionId: string;

  @ManyToOne(() => ConsultationResponseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id' })
  response: Relation<ConsultationResponseEntity>;

  @ManyToOne(() => ConsultationQuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question: Relation<ConsultationQuestionEntity>;

  @Column({ type: 'smallint', nullable: true }) scale: number | null;

  @Column({ type: 'text', nullable: true }) text: string | null;
}

/** An option chosen (SINGLE_CHOICE, MULTIPLE_CHOICE) or ranked (RANKING: `rank` 1 = first) in one response. */
@Entity('consultation_answer_choices')
@Index('ix_consultation_answer_choices_question_id_option_id', ['questionId', 'optionId'])
export class ConsultationAnswerChoiceEntity {
  @PrimaryColumn('uuid') responseId: string;

  @PrimaryColumn('uuid') optionId: string;

  @Column({ type: 'uuid' }) questionId: string;

  @ManyToOne(() => ConsultationResponseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id' })
  response: Relation<ConsultationResponseEntity>;

  @Index('ix_consultation_answer_choices_option_id')
  @ManyToOne(() => ConsultationOptionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'option_id' })
  option: Relation<ConsultationOptionEntity>;

  @ManyToOne(() => ConsultationQuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question: Relation<ConsultationQuestionEntity>;

  @Column({ type: 'smallint', nullable: true }) rank: number | null;
}
