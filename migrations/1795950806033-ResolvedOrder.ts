import { MigrationInterface, QueryRunner } from 'typeorm';

/** Service requests listed by resolution date (the home page's « recently resolved »). */
export class ResolvedOrder1795950806033 implements MigrationInterface {
  name = 'ResolvedOrder1795950806033';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_service_requests_resolved_at_id" ON "service_requests" ("resolved_at", "id") WHERE "resolved_at" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_service_requests_resolved_at_id"`);
  }
}
