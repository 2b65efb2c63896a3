import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A theme for proposals (mobilité, environnement…). */
@Entity('categories')
@Unique('uq_categories_name', ['name'])
export class CategoryEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'varchar', length: 80 }) name: string;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
