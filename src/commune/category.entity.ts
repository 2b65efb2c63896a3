import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A theme for proposals (mobilité, environnement…). */
@Entity('categories')
@Unique('uq_categories_name', ['name'])
export class CategoryEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'varchar', length: 80 }) name: string;

  /** Set when an admin archives it: no new proposal may take it; those that have it keep it. Never deleted. */
  @Column({ type: 'timestamptz', nullable: true }) archivedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
