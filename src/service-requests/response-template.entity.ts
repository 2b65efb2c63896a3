import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** A ready-made answer a department's agents start public updates from. */
@Entity('response_templates')
@Unique('uq_response_templates_department_id_title', ['departmentId', 'title'])
export class ResponseTemplateEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @ForeignKey('departments', { onDelete: 'CASCADE' })
  @Column('uuid')
  departmentId: string;

  @Column({ type: 'varchar', length: 120 }) title: string;

  @Column({ type: 'text' }) body: string;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
