import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/**
 * A district of the commune. Other domains store its name as text (a proposal's, a request's, a
 * resident's district, a consultation's eligible districts): a rename or a merge rewrites those in
 * the same transaction (DistrictReferences). Archived districts are no longer offered for new
 * records; old records keep them. A merged district is deleted once its records moved.
 */
@Entity('districts')
@Unique('uq_districts_name', ['name'])
@Index('ix_districts_position_id', ['position', 'id'])
@Check('ck_districts_name', `length(btrim("name")) > 0`)
export class DistrictEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'varchar', length: 80 }) name: string;

  /** Order in lists (new districts go last). */
  @Column({ type: 'int' }) position: number;

  @Column({ type: 'timestamptz', nullable: true }) archivedAt: Date | null;

  /** Its outline as a GeoJSON Polygon or MultiPolygon geometry (checked), or null when unknown. */
  @Column({ type: 'jsonb', nullable: true }) shape: unknown;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
