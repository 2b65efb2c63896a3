import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * What an Open311 client said about a request it filed beyond what a service request holds: which
 * key filed it and the person's contact (e-mail, names, phone), the client's address id and media
 * URL. Private: never in an Open311 answer nor in any public view; kept so staff can reach the person.
 */
@Entity('open311_submissions')
export class Open311SubmissionEntity {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey('service_requests', { onDelete: 'CASCADE' })
  requestId: string;

  @Index('ix_open311_submissions_api_key_id')
  @Column({ type: 'uuid' })
  @ForeignKey('open311_api_keys', { onDelete: 'RESTRICT' })
  apiKeyId: string;

  @Column({ type: 'varchar', length: 254, nullable: true }) email: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) firstName: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) lastName: string | null;
  @Column({ type: 'varchar', length: 40, nullable: true }) phone: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) addressId: string | null;
  @Column({ type: 'varchar', length: 2000, nullable: true }) mediaUrl: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
