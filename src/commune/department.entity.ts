import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A department of the town hall (voirie, état civil…): owns services, employs agents. */
@Entity('departments')
@Unique('uq_departments_code', ['code'])
export class DepartmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'varchar', length: 40 }) code: string;

  @Column({ type: 'varchar', length: 120 }) name: string;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
