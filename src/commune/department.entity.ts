import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A department of the town hall (voirie, état civil…): owns services, employs agents. */
@Entity('departments')
@Unique('uq_departments_code', ['code'])
export class DepartmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'varchar', length: 40 }) code: string;

  @Column({ type: 'varchar', length: 120 }) name: string;

  /**
   * Set when an admin archives it: it is offered for no new service, agent or template, while the
   * services, requests and agents that already name it keep it. Departments are never deleted.
   */
  @Column({ type: 'timestamptz', nullable: true }) archivedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
