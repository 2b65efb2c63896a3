import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last reference number given per year. Incremented with one upsert whose row lock serialises
 * concurrent filings, in the filing's transaction: numbers are unique and, rollbacks included, gap-free.
 */
@Entity('service_request_counters')
export class ReferenceCounterEntity {
  @PrimaryColumn({ type: 'int' }) year: number;

  @Column({ type: 'int' }) lastValue: number;
}
