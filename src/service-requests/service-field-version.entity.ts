import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import type { ServiceFieldDefinition } from './service-fields';

/**
 * Every set of extra fields a service has had, kept forever: a request names the version it was
 * filed with (service_requests.fields_version), so the labels, kinds and options its answers were
 * given under stay readable after an admin renames a field, changes its options or removes it.
 * Written in the transaction that changes `services.fields`; never updated.
 */
@Entity('service_field_versions')
export class ServiceFieldVersionEntity {
  @ForeignKey('services', { onDelete: 'RESTRICT' })
  @PrimaryColumn('uuid')
  serviceId: string;

  @PrimaryColumn({ type: 'int' }) version: number;

  @Column({ type: 'jsonb' }) fields: ServiceFieldDefinition[];

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
