import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Open311 GeoReport v2: the admins' API keys (hashed) and what a client said about each request it
 * filed (the person's contact, kept private).
 */
export class Open3111795950099530 implements MigrationInterface {
    name = 'Open3111795950099530'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "open311_submissions" ("request_id" uuid NOT NULL, "api_key_id" uuid NOT NULL, "email" character varying(254), "first_name" character varying(100), "last_name" character varying(100), "phone" character varying(40), "address_id" character varying(200), "media_url" character varying(2000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_open311_submissions" PRIMARY KEY ("request_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_open311_submissions_api_key_id" ON "open311_submissions" ("api_key_id") `);
        await queryRunner.query(`CREATE TABLE "open311_api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(80) NOT NULL, "key_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_open311_api_keys_key_hash" UNIQUE ("key_hash"), CONSTRAINT "pk_open311_api_keys" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_open311_api_keys_user_id" ON "open311_api_keys" ("user_id") `);
        await queryRunner.query(`CREATE INDEX "ix_open311_api_keys_created_by_id" ON "open311_api_keys" ("created_by_id") `);
        await queryRunner.query(`ALTER TABLE "open311_submissions" ADD CONSTRAINT "fk_open311_submissions_request_id" FOREIGN KEY ("request_id") REFERENCES "service_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "open311_submissions" ADD CONSTRAINT "fk_open311_submissions_api_key_id" FOREIGN KEY ("api_key_id") REFERENCES "open311_api_keys"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "open311_api_keys" ADD CONSTRAINT "fk_open311_api_keys_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "open311_api_keys" ADD CONSTRAINT "fk_open311_api_keys_created_by_id" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "open311_api_keys" DROP CONSTRAINT "fk_open311_api_keys_created_by_id"`);
        await queryRunner.query(`ALTER TABLE "open311_api_keys" DROP CONSTRAINT "fk_open311_api_keys_user_id"`);
        await queryRunner.query(`ALTER TABLE "open311_submissions" DROP CONSTRAINT "fk_open311_submissions_api_key_id"`);
        await queryRunner.query(`ALTER TABLE "open311_submissions" DROP CONSTRAINT "fk_open311_submissions_request_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_open311_api_keys_created_by_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_open311_api_keys_user_id"`);
        await queryRunner.query(`DROP TABLE "open311_api_keys"`);
        await queryRunner.query(`DROP INDEX "public"."ix_open311_submissions_api_key_id"`);
        await queryRunner.query(`DROP TABLE "open311_submissions"`);
    }

}
