import { MigrationInterface, QueryRunner } from "typeorm";

export class Moderation1795941002391 implements MigrationInterface {
    name = 'Moderation1795941002391'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "service_request_hidden_images" ("image_id" uuid NOT NULL, "request_id" uuid NOT NULL, "hidden_at" TIMESTAMP WITH TIME ZONE NOT NULL, "hidden_reason" text NOT NULL, CONSTRAINT "pk_service_request_hidden_images" PRIMARY KEY ("image_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_service_request_hidden_images_request_id" ON "service_request_hidden_images" ("request_id") `);
        await queryRunner.query(`CREATE TABLE "suspensions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "suspended_by_id" uuid NOT NULL, "reason" text NOT NULL, "until" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lifted_at" TIMESTAMP WITH TIME ZONE, "lifted_by_id" uuid, "lift_reason" text, CONSTRAINT "ck_suspensions_lift_reason" CHECK ("lift_reason" IS NULL OR char_length("lift_reason") <= 1000), CONSTRAINT "ck_suspensions_reason" CHECK (char_length("reason") BETWEEN 1 AND 1000), CONSTRAINT "pk_suspensions" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_suspensions_suspended_by_id" ON "suspensions" ("suspended_by_id") `);
        await queryRunner.query(`CREATE INDEX "ix_suspensions_lifted_by_id" ON "suspensions" ("lifted_by_id") `);
        await queryRunner.query(`CREATE INDEX "ix_suspensions_current_created_at" ON "suspensions" ("created_at", "id") WHERE "lifted_at" IS NULL`);
        await queryRunner.query(`CREATE INDEX "ix_suspensions_user_id_created_at" ON "suspensions" ("user_id", "created_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_suspensions_user_id_current" ON "suspensions" ("user_id") WHERE "lifted_at" IS NULL`);
        await queryRunner.query(`CREATE TABLE "moderation_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid, "action" character varying(40) NOT NULL, "target_type" character varying(30), "target_id" uuid, "subject_user_id" uuid, "reason" text, "ground" character varying(20), "details" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_moderation_log_reason" CHECK ("reason" IS NULL OR char_length("reason") <= 1000), CONSTRAINT "ck_moderation_log_ground" CHECK ("ground" IS NULL OR "ground" IN ('SPAM', 'ABUSE', 'OFF_TOPIC', 'PERSONAL_DATA', 'OTHER')), CONSTRAINT "ck_moderation_log_target" CHECK (("target_type" IS NULL) = ("target_id" IS NULL)), CONSTRAINT "ck_moderation_log_target_type" CHECK ("target_type" IS NULL OR "target_type" ~ '^[A-Z][A-Z0-9_]*$'), CONSTRAINT "ck_moderation_log_action" CHECK ("action" ~ '^[A-Z][A-Z0-9_]*$'), CONSTRAINT "pk_moderation_log" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_moderation_log_actor_id" ON "moderation_log" ("actor_id") `);
        await queryRunner.query(`CREATE INDEX "ix_moderation_log_subject_user_id" ON "moderation_log" ("subject_user_id") `);
        await queryRunner.query(`CREATE INDEX "ix_moderation_log_target_type_target_id_created_at" ON "moderation_log" ("target_type", "target_id", "created_at") `);
        await queryRunner.query(`CREATE INDEX "ix_moderation_log_action_created_at" ON "moderation_log" ("action", "created_at") `);
        await queryRunner.query(`CREATE INDEX "ix_moderation_log_created_at_id" ON "moderation_log" ("created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "moderation_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "target_type" character varying(30) NOT NULL, "target_id" uuid NOT NULL, "open_flag_count" integer NOT NULL DEFAULT '0', "first_open_flag_at" TIMESTAMP WITH TIME ZONE, "last_flagged_at" TIMESTAMP WITH TIME ZONE, "hidden_ground" character varying(20), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_moderation_items_target_type_target_id" UNIQUE ("target_type", "target_id"), CONSTRAINT "ck_moderation_items_hidden_ground" CHECK ("hidden_ground" IS NULL OR "hidden_ground" IN ('SPAM', 'ABUSE', 'OFF_TOPIC', 'PERSONAL_DATA', 'OTHER')), CONSTRAINT "ck_moderation_items_open_flag_count" CHECK ("open_flag_count" >= 0 AND ("open_flag_count" = 0) = ("first_open_flag_at" IS NULL)), CONSTRAINT "ck_moderation_items_target_type" CHECK ("target_type" ~ '^[A-Z][A-Z0-9_]*$'), CONSTRAINT "pk_moderation_items" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_moderation_items_queue" ON "moderation_items" ("first_open_flag_at", "id") WHERE "open_flag_count" > 0`);
        await queryRunner.query(`CREATE TABLE "flags" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "flagger_id" uuid, "reason" character varying(20) NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, "resolution" character varying(20), CONSTRAINT "uq_flags_flagger_id_item_id" UNIQUE ("flagger_id", "item_id"), CONSTRAINT "ck_flags_resolution" CHECK (("resolved_at" IS NULL) = ("resolution" IS NULL) AND ("resolution" IS NULL OR "resolution" IN ('HIDDEN', 'DISMISSED'))), CONSTRAINT "ck_flags_note" CHECK ("note" IS NULL OR char_length("note") <= 1000), CONSTRAINT "ck_flags_reason" CHECK ("reason" IN ('SPAM', 'ABUSE', 'OFF_TOPIC', 'PERSONAL_DATA', 'OTHER')), CONSTRAINT "pk_flags" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_flags_item_id_created_at" ON "flags" ("item_id", "created_at") `);
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "suspended_until"`);
        await queryRunner.query(`ALTER TABLE "proposals" ADD "hidden_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "proposals" ADD "hidden_reason" text`);
        await queryRunner.query(`ALTER TABLE "comments" ADD "hidden_reason" text`);
        await queryRunner.query(`ALTER TABLE "proposals" ADD CONSTRAINT "ck_proposals_hidden" CHECK (("hidden_at" IS NULL) = ("hidden_reason" IS NULL))`);
        await queryRunner.query(`ALTER TABLE "service_request_hidden_images" ADD CONSTRAINT "fk_service_request_hidden_images_request_id" FOREIGN KEY ("request_id") REFERENCES "service_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "service_request_hidden_images" ADD CONSTRAINT "fk_service_request_hidden_images_image_id" FOREIGN KEY ("image_id") REFERENCES "images"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "suspensions" ADD CONSTRAINT "fk_suspensions_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "suspensions" ADD CONSTRAINT "fk_suspensions_suspended_by_id" FOREIGN KEY ("suspended_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "suspensions" ADD CONSTRAINT "fk_suspensions_lifted_by_id" FOREIGN KEY ("lifted_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "moderation_log" ADD CONSTRAINT "fk_moderation_log_actor_id" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "moderation_log" ADD CONSTRAINT "fk_moderation_log_subject_user_id" FOREIGN KEY ("subject_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "flags" ADD CONSTRAINT "fk_flags_item_id" FOREIGN KEY ("item_id") REFERENCES "moderation_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "flags" ADD CONSTRAINT "fk_flags_flagger_id" FOREIGN KEY ("flagger_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "flags" DROP CONSTRAINT "fk_flags_flagger_id"`);
        await queryRunner.query(`ALTER TABLE "flags" DROP CONSTRAINT "fk_flags_item_id"`);
        await queryRunner.query(`ALTER TABLE "moderation_log" DROP CONSTRAINT "fk_moderation_log_subject_user_id"`);
        await queryRunner.query(`ALTER TABLE "moderation_log" DROP CONSTRAINT "fk_moderation_log_actor_id"`);
        await queryRunner.query(`ALTER TABLE "suspensions" DROP CONSTRAINT "fk_suspensions_lifted_by_id"`);
        await queryRunner.query(`ALTER TABLE "suspensions" DROP CONSTRAINT "fk_suspensions_suspended_by_id"`);
        await queryRunner.query(`ALTER TABLE "suspensions" DROP CONSTRAINT "fk_suspensions_user_id"`);
        await queryRunner.query(`ALTER TABLE "service_request_hidden_images" DROP CONSTRAINT "fk_service_request_hidden_images_image_id"`);
        await queryRunner.query(`ALTER TABLE "service_request_hidden_images" DROP CONSTRAINT "fk_service_request_hidden_images_request_id"`);
        await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "ck_proposals_hidden"`);
        await queryRunner.query(`ALTER TABLE "comments" DROP COLUMN "hidden_reason"`);
        await queryRunner.query(`ALTER TABLE "proposals" DROP COLUMN "hidden_reason"`);
        await queryRunner.query(`ALTER TABLE "proposals" DROP COLUMN "hidden_at"`);
        await queryRunner.query(`ALTER TABLE "users" ADD "suspended_until" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`DROP INDEX "public"."ix_flags_item_id_created_at"`);
        await queryRunner.query(`DROP TABLE "flags"`);
        await queryRunner.query(`DROP INDEX "public"."ix_moderation_items_queue"`);
        await queryRunner.query(`DROP TABLE "moderation_items"`);
        await queryRunner.query(`DROP INDEX "public"."ix_moderation_log_created_at_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_moderation_log_action_created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_moderation_log_target_type_target_id_created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_moderation_log_subject_user_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_moderation_log_actor_id"`);
        await queryRunner.query(`DROP TABLE "moderation_log"`);
        await queryRunner.query(`DROP INDEX "public"."uq_suspensions_user_id_current"`);
        await queryRunner.query(`DROP INDEX "public"."ix_suspensions_user_id_created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_suspensions_current_created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_suspensions_lifted_by_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_suspensions_suspended_by_id"`);
        await queryRunner.query(`DROP TABLE "suspensions"`);
        await queryRunner.query(`DROP INDEX "public"."ix_service_request_hidden_images_request_id"`);
        await queryRunner.query(`DROP TABLE "service_request_hidden_images"`);
    }

}
