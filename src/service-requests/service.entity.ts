import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { ServiceFieldDefinition } from './service-fields';

/** An entry of the catalogue: a kind of report or formality, owned by a department. */
@Entity('services')
@Unique('uq_services_code', ['code'])
// Within a group, one service per position. Deferrable (checked at the end of each statement, not
// per row), so that moving a service swaps two positions in one UPDATE.
@Unique('uq_services_group_name_position', ['groupName', 'position'], { deferrable: 'INITIALLY IMMEDIATE' })
@Index('ix_services_department_id', ['departmentId'])
@Check('ck_services_kind', `"kind" IN ('REPORT', 'FORMALITY')`)
@Check('ck_services_target_days', `"target_days" BETWEEN 1 AND 365`)
// A formality's requests hold personal details: they are never public.
@Check('ck_services_requests_public', `"kind" = 'REPORT' OR NOT "requests_public"`)
@Check('ck_services_position', `"position" >= 1`)
export class ServiceEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  /** Stable public code (Open311 service_code), e.g. NID-DE-POULE. */
  @Column({ type: 'varchar', length: 40 }) code: string;

  @Column({ type: 'varchar', length: 120 }) name: string;

  @Column({ type: 'text' }) description: string;

  @Column({ type: 'varchar', length: 20 }) kind: string;

  /** Heading the catalogue groups services under (Voirie, État civil…). */
  @Column({ type: 'varchar', length: 80 }) groupName: string;

  /** Order within its group (1 first), set by the admins' Move up / Move down. */
  @Column({ type: 'int' }) position: number;

  @ForeignKey('departments', { onDelete: 'RESTRICT' })
  @Column('uuid')
  departmentId: string;

  /** Days the town hall gives itself to resolve a request (the clock pauses while waiting for the resident). */
  @Column({ type: 'int' }) targetDays: number;

  /**
   * Whether requests filed from now on are public (shown to anyone, without who filed them). Each
   * request keeps the choice made when it was filed (service_requests.is_public).
   */
  @Column({ type: 'boolean' }) requestsPublic: boolean;

  /** The extra fields the filing form asks for, validated by the server (service-fields.ts). */
  @Column({ type: 'jsonb', default: () => "'[]'" }) fields: ServiceFieldDefinition[];

  /**
   * The version of `fields` (service_field_versions), raised each time an admin changes them: a
   * request keeps the version it was filed with, so its answers keep their labels and options.
   */
  @Column({ type: 'int', default: 1 }) fieldsVersion: number;

  /** Inactive services stay on their requests but can no longer be filed. */
  @Column({ type: 'boolean', default: true }) active: boolean;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
