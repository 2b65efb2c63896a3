import { MigrationInterface, QueryRunner } from "typeorm";

export class CatalogueAdmin1795940321823 implements MigrationInterface {
    name = 'CatalogueAdmin1795940321823'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_service_requests_service_id"`);
        await queryRunner.query(`CREATE TABLE "service_field_versions" ("service_id" uuid NOT NULL, "version" integer NOT NULL, "fields" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_service_field_versions" PRIMARY KEY ("service_id", "version"))`);
        // By hand: existing rows get their values before the columns become NOT NULL. Positions
        // follow the names within each group; reports stay public and formalities private, as
        // they were; every service's current fields become its version 1, which every request
        // filed so far names (the labels they were filed under were not kept before).
        await queryRunner.query(`ALTER TABLE "services" ADD "position" integer`);
        await queryRunner.query(`UPDATE "services" s SET "position" = o.n FROM (SELECT "id", row_number() OVER (PARTITION BY "group_name" ORDER BY "name", "id") AS n FROM "services") o WHERE o."id" = s."id"`);
        await queryRunner.query(`ALTER TABLE "services" ALTER COLUMN "position" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "services" ADD "requests_public" boolean`);
        await queryRunner.query(`UPDATE "services" SET "requests_public" = ("kind" = 'REPORT')`);
        await queryRunner.query(`ALTER TABLE "services" ALTER COLUMN "requests_public" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "services" ADD "fields_version" integer NOT NULL DEFAULT '1'`);
        await queryRunner.query(`INSERT INTO "service_field_versions" ("service_id", "version", "fields") SELECT "id", 1, "fields" FROM "services"`);
        await queryRunner.query(`ALTER TABLE "service_requests" ADD "fields_version" integer NOT NULL DEFAULT 1`);
        await queryRunner.query(`ALTER TABLE "service_requests" ALTER COLUMN "fields_version" DROP DEFAULT`);
        await queryRunner.query(`ALTER TABLE "departments" ADD "archived_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "categories" ADD "archived_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`CREATE INDEX "ix_service_requests_service_id_fields_version" ON "service_requests" ("service_id", "fields_version") `);
        await queryRunner.query(`ALTER TABLE "services" ADD CONSTRAINT "ck_services_position" CHECK ("position" >= 1)`);
        await queryRunner.query(`ALTER TABLE "services" ADD CONSTRAINT "ck_services_requests_public" CHECK ("kind" = 'REPORT' OR NOT "requests_public")`);
        await queryRunner.query(`ALTER TABLE "services" ADD CONSTRAINT "uq_services_group_name_position" UNIQUE ("group_name", "position") DEFERRABLE INITIALLY IMMEDIATE`);
        await queryRunner.query(`ALTER TABLE "service_field_versions" ADD CONSTRAINT "fk_service_field_versions_service_id" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "service_requests" ADD CONSTRAINT "fk_service_requests_service_id_fields_version" FOREIGN KEY ("service_id", "fields_version") REFERENCES "service_field_versions"("service_id","version") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        // By hand: the admins' user search (part of a name or e-mail, accents and case ignored), an
        // expression index TypeORM cannot declare (UserEntity lists it with synchronize: false).
        await queryRunner.query(`CREATE INDEX "ix_users_search_trgm" ON "users" USING gin (parvis_unaccent(lower("display_name" || ' ' || coalesce("email", ''))) gin_trgm_ops) WHERE "deleted_at" IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_users_search_trgm"`);
        await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "fk_service_requests_service_id_fields_version"`);
        await queryRunner.query(`ALTER TABLE "service_field_versions" DROP CONSTRAINT "fk_service_field_versions_service_id"`);
        await queryRunner.query(`ALTER TABLE "services" DROP CONSTRAINT "uq_services_group_name_position"`);
        await queryRunner.query(`ALTER TABLE "services" DROP CONSTRAINT "ck_services_requests_public"`);
        await queryRunner.query(`ALTER TABLE "services" DROP CONSTRAINT "ck_services_position"`);
        await queryRunner.query(`DROP INDEX "public"."ix_service_requests_service_id_fields_version"`);
        await queryRunner.query(`ALTER TABLE "categories" DROP COLUMN "archived_at"`);
        await queryRunner.query(`ALTER TABLE "departments" DROP COLUMN "archived_at"`);
        await queryRunner.query(`ALTER TABLE "service_requests" DROP COLUMN "fields_version"`);
        await queryRunner.query(`ALTER TABLE "services" DROP COLUMN "fields_version"`);
        await queryRunner.query(`ALTER TABLE "services" DROP COLUMN "requests_public"`);
        await queryRunner.query(`ALTER TABLE "services" DROP COLUMN "position"`);
        await queryRunner.query(`DROP TABLE "service_field_versions"`);
        await queryRunner.query(`CREATE INDEX "ix_service_requests_service_id" ON "service_requests" ("service_id") `);
    }

}
