import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { ServiceRequestEntity } from './service-request.entity';

/** One entry of a request's timeline. Append-only; who sees which kind is in service-request.policy.ts. */
@Entity('service_request_events')
@Index('ix_service_request_events_request_id_seq', ['requestId', 'seq'])
@Index('ix_service_request_events_author_id', ['authorId'])
@Check(
  'ck_service_request_events_kind',
  `"kind" IN ('CREATED', 'STATUS_CHANGED', 'PUBLIC_UPDATE', 'INTERNAL_NOTE', 'ASSIGNED', 'RESIDENT_REPLY', 'MARKED_DUPLICATE', 'RATED', 'PRIORITY_CHANGED', 'REQUESTER_EMAILED')`,
)
@Check(
  'ck_service_request_events_from_status',
  `"from_status" IS NULL OR "from_status" IN ('SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT', 'RESOLVED', 'REJECTED', 'CLOSED')`,
)
@Check(
  'ck_service_request_events_to_status',
  `"to_status" IS NULL OR "to_status" IN ('SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT', 'RESOLVED', 'REJECTED', 'CLOSED')`,
)
export class ServiceRequestEventEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  /** Timeline order: several events can share a timestamp. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  seq: string;

  @Column('uuid') requestId: string;

  @ManyToOne(() => ServiceRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request: Relation<ServiceRequestEntity>;

  @Column({ type: 'varchar', length: 30 }) kind: string;

  @Column({ type: 'varchar', length: 30, nullable: true }) fromStatus: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true }) toStatus: string | null;

  /** Plain text as typed (message, note, reply, reason, rating comment). */
  @Column({ type: 'text', nullable: true }) body: string | null;

  @ForeignKey('users', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  /** Written by the requester (shown as such without saying who). */
  @Column({ type: 'boolean', default: false }) byRequester: boolean;

  /** Kind-specific facts: assigneeId, originalId/originalReference, rating, priority. */
  @Column({ type: 'jsonb', default: () => "'{}'" }) payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
