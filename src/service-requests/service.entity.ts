import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { ServiceFieldDefinition } from './service-fields';

/** An entry of the catalogue: a kind of report or formality, owned by a department. */
@Entity('services')
@Unique('uq_services_code', ['code'])
@Index('ix_services_department_id', ['departmentId'])
@Check('ck_services_kind', `"kind" IN ('REPORT', 'FORMALITY')`)
@Check('ck_services_target_days', `"target_days" BETWEEN 1 AND 365`)
export class ServiceEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  /** Stable public code (Open311 service_code), e.g. NID-DE-POULE. */
  @Column({ type: 'varchar', length: 40 }) code: string;

  @Column({ type: 'varchar', length: 120 }) name: string;

  @Column({ type: 'text' }) description: string;

  @Column({ type: 'varchar', length: 20 }) kind: string;

  /** Heading the catalogue groups services under (Voirie, État civil…). */
  @Column({ type: 'varchar', length: 80 }) groupName: string;

  @ForeignKey('departments', { onDelete: 'RESTRICT' })
  @Column('uuid')
  departmentId: string;

  /** Days the town hall gives itself to resolve a request (the clock pauses while waiting for the resident). */
  @Column({ type: 'int' }) targetDays: number;

  /** The extra fields the filing form asks for, validated by the server (service-fields.ts). */
  @Column({ type: 'jsonb', default: () => "'[]'" }) fields: ServiceFieldDefinition[];

  /** Inactive services stay on their requests but can no longer be filed. */
  @Column({ type: 'boolean', default: true }) active: boolean;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
