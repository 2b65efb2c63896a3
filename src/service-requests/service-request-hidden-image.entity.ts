import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { ServiceRequestEntity } from './service-request.entity';

/**
 * A photo of a public request hidden by a moderator (through the moderation domain:
 * service-request-photo-flag-target.ts). While its row exists the photo is private: gone from the
 * public view of the request, its URL served only signed, to the requester, the department's staff
 * and moderators. Restoring deletes the row.
 */
@Entity('service_request_hidden_images')
export class ServiceRequestHiddenImageEntity {
  /** The photo (a media image attached to the request). */
  @PrimaryColumn('uuid')
  @ForeignKey('images', { onDelete: 'CASCADE' })
  imageId: string;

  @Index('ix_service_request_hidden_images_request_id')
  @Column('uuid')
  requestId: string;

  @ManyToOne(() => ServiceRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request: Relation<ServiceRequestEntity>;

  @Column('timestamptz') hiddenAt: Date;

  /** The moderator's reason (to the requester and moderators). */
  @Column('text') hiddenReason: string;
}
