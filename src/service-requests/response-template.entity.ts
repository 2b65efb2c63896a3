import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { DepartmentEntity } from '../commune/department.entity';

/** A ready-made answer a department's agents start public updates from. */
@Entity('response_templates')
@Unique('uq_response_templates_department_id_title', ['departmentId', 'title'])
export class ResponseTemplateEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('uuid') departmentId: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'department_id' })
  department: Relation<DepartmentEntity>;

  @Column({ type: 'varchar', length: 120 }) title: string;

  @Column({ type: 'text' }) body: string;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
