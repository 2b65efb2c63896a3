import { MigrationInterface, QueryRunner } from "typeorm";

export class OutboxAndOpenTargetTypes1795930593259 implements MigrationInterface {
    name = 'OutboxAndOpenTargetTypes1795930593259'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "notifications" ADD "effect_id" uuid`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_notifications_effect_id_recipient_id" ON "notifications" ("effect_id", "recipient_id") `);
        // Target types are declared by the domains (@Commentable, @Photographable): the database
        // checks only their form, so a new domain needs no migration of comments or images.
        await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "ck_comments_target_type"`);
        await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "ck_comments_target_type" CHECK ("target_type" ~ '^[A-Z][A-Z0-9_]*$')`);
        await queryRunner.query(`ALTER TABLE "images" DROP CONSTRAINT "ck_images_attached_type"`);
        await queryRunner.query(`ALTER TABLE "images" ADD CONSTRAINT "ck_images_attached_type" CHECK ("attached_type" ~ '^[A-Z][A-Z0-9_]*$')`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "images" DROP CONSTRAINT "ck_images_attached_type"`);
        await queryRunner.query(`ALTER TABLE "images" ADD CONSTRAINT "ck_images_attached_type" CHECK ("attached_type" IN ('PROPOSAL', 'SERVICE_REQUEST', 'FORUM_TOPIC'))`);
        await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "ck_comments_target_type"`);
        await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "ck_comments_target_type" CHECK ("target_type" IN ('PROPOSAL', 'FORUM_TOPIC', 'CONSULTATION'))`);
        await queryRunner.query(`DROP INDEX "public"."uq_notifications_effect_id_recipient_id"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "effect_id"`);
    }

}
