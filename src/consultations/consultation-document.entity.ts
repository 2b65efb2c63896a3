import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { ConsultationEntity } from './consultation.entity';

/** A PDF attached to a consultation; its bytes live in the media storage under `storage_key`. */
@Entity('consultation_documents')
export class ConsultationDocumentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Index('ix_consultation_documents_consultation_id')
  @Column({ type: 'uuid' })
  consultationId: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  consultation: Relation<ConsultationEntity>;

  @Column({ type: 'varchar', length: 200 }) title: string;

  @Column({ type: 'varchar', length: 200 }) filename: string;

  @Column({ type: 'int' }) size: number;

  @Column({ type: 'varchar', length: 200 }) storageKey: string;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
