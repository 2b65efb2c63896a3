import {
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
} from 'typeorm';
import { ConsultationEntity } from './consultation.entity';

/**
 * One resident's response. The unique constraint is the one-response rule: a second insert for the
 * same resident finds the first (ten simultaneous submissions store one). On account erasure
 * `user_id` becomes NULL: the answers stay counted, linked to nobody (NULLs never collide).
 */
@Entity('consultation_responses')
@Unique('uq_consultation_responses_consultation_id_user_id', ['consultationId', 'userId'])
@Index('ix_consultation_responses_consultation_id_created_at', ['consultationId', 'createdAt', 'id'])
export class ConsultationResponseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'uuid' }) consultationId: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  consultation: Relation<ConsultationEntity>;

  @Index('ix_consultation_responses_user_id')
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('users', { onDelete: 'RESTRICT' })
  userId: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
