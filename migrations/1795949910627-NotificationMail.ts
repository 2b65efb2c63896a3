import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail preferences per notification kind, the notifications waiting for a daily digest, and the
 * timeline event of a message e-mailed to a requester (REQUESTER_EMAILED).
 */
export class NotificationMail1795949910627 implements MigrationInterface {
  name = 'NotificationMail1795949910627';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "kind" character varying(60) NOT NULL, "channel" character varying(10) NOT NULL, "frequency" character varying(20) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_notification_preferences_frequency" CHECK ("frequency" IN ('IMMEDIATE', 'DAILY_DIGEST', 'NEVER')), CONSTRAINT "ck_notification_preferences_channel" CHECK ("channel" IN ('EMAIL')), CONSTRAINT "pk_notification_preferences" PRIMARY KEY ("user_id", "kind", "channel"))`);
    await queryRunner.query(`CREATE TABLE "notification_digest_items" ("notification_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_notification_digest_items" PRIMARY KEY ("notification_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_notification_digest_items_user_id" ON "notification_digest_items" ("user_id") `);
    await queryRunner.query(`ALTER TABLE "notification_preferences" ADD CONSTRAINT "fk_notification_preferences_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_digest_items" ADD CONSTRAINT "fk_notification_digest_items_notification_id" FOREIGN KEY ("notification_id") REFERENCES "notifications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_digest_items" ADD CONSTRAINT "fk_notification_digest_items_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "service_request_events" DROP CONSTRAINT "ck_service_request_events_kind"`);
    await queryRunner.query(`ALTER TABLE "service_request_events" ADD CONSTRAINT "ck_service_request_events_kind" CHECK ("kind" IN ('CREATED', 'STATUS_CHANGED', 'PUBLIC_UPDATE', 'INTERNAL_NOTE', 'ASSIGNED', 'RESIDENT_REPLY', 'MARKED_DUPLICATE', 'RATED', 'PRIORITY_CHANGED', 'REQUESTER_EMAILED'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "service_request_events" WHERE "kind" = 'REQUESTER_EMAILED'`);
    await queryRunner.query(`ALTER TABLE "service_request_events" DROP CONSTRAINT "ck_service_request_events_kind"`);
    await queryRunner.query(`ALTER TABLE "service_request_events" ADD CONSTRAINT "ck_service_request_events_kind" CHECK ("kind" IN ('CREATED', 'STATUS_CHANGED', 'PUBLIC_UPDATE', 'INTERNAL_NOTE', 'ASSIGNED', 'RESIDENT_REPLY', 'MARKED_DUPLICATE', 'RATED', 'PRIORITY_CHANGED'))`);
    await queryRunner.query(`ALTER TABLE "notification_digest_items" DROP CONSTRAINT "fk_notification_digest_items_user_id"`);
    await queryRunner.query(`ALTER TABLE "notification_digest_items" DROP CONSTRAINT "fk_notification_digest_items_notification_id"`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" DROP CONSTRAINT "fk_notification_preferences_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_digest_items_user_id"`);
    await queryRunner.query(`DROP TABLE "notification_digest_items"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
  }
}
