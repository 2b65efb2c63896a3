import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { ServiceFieldVersionEntity } from './service-field-version.entity';
import { ServiceEntity } from './service.entity';

/**
 * A resident's request: a report or a formality, with its public reference, its status and the
 * times that measure the town hall's answers. Status changes run under SELECT … FOR UPDATE.
 */
@Entity('service_requests')
@Unique('uq_service_requests_reference', ['reference'])
// Also the index of the foreign key to the fields version the request was filed with.
@Index('ix_service_requests_service_id_fields_version', ['serviceId', 'fieldsVersion'])
@ForeignKey(() => ServiceFieldVersionEntity, ['serviceId', 'fieldsVersion'], ['serviceId', 'version'], { onDelete: 'RESTRICT' })
@Index('ix_service_requests_department_id_created_at', ['departmentId', 'createdAt'])
@Index('ix_service_requests_requester_id_created_at', ['requesterId', 'createdAt'])
@Index('ix_service_requests_assignee_id', ['assigneeId'])
@Index('ix_service_requests_duplicate_of_id', ['duplicateOfId'])
@Index('ix_service_requests_created_at', ['createdAt'])
// The queues' "expected date" order (keyset on expected_at, id) and the overdue filter, which reads
// only open requests (the predicate must stay the one in ServiceRequestsRepository.whereOf).
@Index('ix_service_requests_expected_at_id', ['expectedAt', 'id'])
@Index('ix_service_requests_open_expected_at', ['expectedAt'], {
  where: `"status" IN ('SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT')`,
})
// An agent's queue (their department's open requests, oldest first) and its exact count, read from
// the open requests only; the status list must stay the one in ServiceRequestsRepository.whereOf.
@Index('ix_service_requests_open_department_id_created_at', ['departmentId', 'createdAt', 'id'], {
  where: `"status" IN ('SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT')`,
})
// The public lists by district (visitors see public requests only), all of them and the open ones.
@Index('ix_service_requests_public_district_created_at', ['district', 'createdAt', 'id'], { where: `"is_public"` })
@Index('ix_service_requests_open_public_district_created_at', ['district', 'createdAt', 'id'], {
  where: `"is_public" AND "status" IN ('SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT')`,
})
// « Recently resolved » (the home page): keyset on resolved_at, id over the requests that have one.
@Index('ix_service_requests_resolved_at_id', ['resolvedAt', 'id'], { where: `"resolved_at" IS NOT NULL` })
// …and its count of public ones, in the commune or a district: index-only.
@Index('ix_service_requests_public_resolved_district', ['district'], { where: `"is_public" AND "resolved_at" IS NOT NULL` })
@Index('ix_service_requests_lat_lng', ['lat', 'lng'])
@Check(
  'ck_service_requests_status',
  `"status" IN ('SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT', 'RESOLVED', 'REJECTED', 'CLOSED')`,
)
@Check('ck_service_requests_priority', `"priority" IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')`)
@Check(
  'ck_service_requests_location',
  `("lat" IS NULL) = ("lng" IS NULL) AND ("lat" IS NULL OR ("lat" BETWEEN -90 AND 90 AND "lng" BETWEEN -180 AND 180))`,
)
@Check('ck_service_requests_rating', `"rating" IS NULL OR "rating" BETWEEN 1 AND 5`)
export class ServiceRequestEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  /** PAR-<year>-<6 digits>, from a per-year counter row updated under its row lock. */
  @Column({ type: 'varchar', length: 24 }) reference: string;

  @Column('uuid') serviceId: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id' })
  service: Relation<ServiceEntity>;

  /** The service's department when filed: the queue it lands in. */
  @ForeignKey('departments', { onDelete: 'RESTRICT' })
  @Column('uuid')
  departmentId: string;

  /** REPORT requests are public (never who filed them); FORMALITY ones only to the requester and staff. */
  @Column({ type: 'boolean' }) isPublic: boolean;

  @ForeignKey('users', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  requesterId: string | null;

  @Column({ type: 'varchar', length: 30 }) status: string;

  @Column({ type: 'varchar', length: 10, default: 'NORMAL' }) priority: string;

  @Column({ type: 'text' }) description: string;

  @Column({ type: 'double precision', nullable: true }) lat: number | null;

  @Column({ type: 'double precision', nullable: true }) lng: number | null;

  @Column({ type: 'varchar', length: 300, nullable: true }) address: string | null;

  @Column({ type: 'varchar', length: 80, nullable: true }) district: string | null;

  /** The service's extra fields as filed, by code. */
  @Column({ type: 'jsonb', default: () => "'{}'" }) fieldValues: Record<string, string | number | boolean>;

  /** The version of the service's fields it was filed with: what its field values mean (labels, options). */
  @Column({ type: 'int' }) fieldsVersion: number;

  @ForeignKey('users', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  assigneeId: string | null;

  /** Set when closed as a duplicate: the original the followers moved to. */
  @Column({ type: 'uuid', nullable: true }) duplicateOfId: string | null;

  @ManyToOne(() => ServiceRequestEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'duplicate_of_id' })
  duplicateOf: Relation<ServiceRequestEntity> | null;

  /** What was done (RESOLVED) or why not (REJECTED): the message of that status change. */
  @Column({ type: 'text', nullable: true }) resolution: string | null;

  /** Filing date + the service's target, moved forward by every pause. */
  @Column({ type: 'timestamptz' }) expectedAt: Date;

  /** Set while WAITING_FOR_RESIDENT: the clock against the target is paused since then. */
  @Column({ type: 'timestamptz', nullable: true }) pausedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true }) acknowledgedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true }) resolvedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true }) closedAt: Date | null;

  @Column({ type: 'smallint', nullable: true }) rating: number | null;

  @Column({ type: 'text', nullable: true }) ratingComment: string | null;

  @Column({ type: 'timestamptz', nullable: true }) ratedAt: Date | null;

  @Column({ type: 'int', default: 0 }) reopenCount: number;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
