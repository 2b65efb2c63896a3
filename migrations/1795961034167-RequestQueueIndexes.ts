import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The queues at scale: an agent's queue (a department's open requests, oldest first) and the public
 * lists by district read their first page and their exact count from small partial indexes instead
 * of walking every request in filing order or scanning the table.
 */
export class RequestQueueIndexes1795961034167 implements MigrationInterface {
  name = 'RequestQueueIndexes1795961034167';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_service_requests_open_department_id_created_at" ON "service_requests" ("department_id", "created_at", "id") WHERE "status" IN ('SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT')`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_service_requests_public_district_created_at" ON "service_requests" ("district", "created_at", "id") WHERE "is_public"`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_service_requests_open_public_district_created_at" ON "service_requests" ("district", "created_at", "id") WHERE "is_public" AND "status" IN ('SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_service_requests_open_public_district_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_service_requests_public_district_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_service_requests_open_department_id_created_at"`);
  }
}
