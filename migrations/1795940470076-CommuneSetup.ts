import { MigrationInterface, QueryRunner } from "typeorm";

export class CommuneSetup1795940470076 implements MigrationInterface {
    name = 'CommuneSetup1795940470076'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "legal_pages" ("kind" character varying(20) NOT NULL, "language" character varying(2) NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_legal_pages_language" CHECK ("language" IN ('fr', 'en')), CONSTRAINT "ck_legal_pages_kind" CHECK ("kind" IN ('LEGAL_NOTICE', 'PRIVACY', 'ACCESSIBILITY', 'TERMS')), CONSTRAINT "pk_legal_pages" PRIMARY KEY ("kind", "language"))`);
        await queryRunner.query(`CREATE INDEX "ix_legal_pages_updated_by_id" ON "legal_pages" ("updated_by_id") `);
        await queryRunner.query(`CREATE TABLE "districts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(80) NOT NULL, "position" integer NOT NULL, "archived_at" TIMESTAMP WITH TIME ZONE, "shape" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_districts_name" UNIQUE ("name"), CONSTRAINT "ck_districts_name" CHECK (length(btrim("name")) > 0), CONSTRAINT "pk_districts" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_districts_position_id" ON "districts" ("position", "id") `);
        await queryRunner.query(`CREATE TABLE "district_rings" ("district_id" uuid NOT NULL, "part" smallint NOT NULL, "ring" smallint NOT NULL, "outline" polygon NOT NULL, CONSTRAINT "pk_district_rings" PRIMARY KEY ("district_id", "part", "ring"))`);
        await queryRunner.query(`CREATE INDEX "ix_district_rings_outline" ON "district_rings" USING GiST ("outline") `);
        await queryRunner.query(`CREATE TABLE "commune_identity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "singleton" boolean NOT NULL DEFAULT true, "name" character varying(120) NOT NULL, "primary_color" character varying(7) NOT NULL, "primary_text_color" character varying(7) NOT NULL, "address" character varying(500), "phone" character varying(30), "email" character varying(254), "website" character varying(500), "opening_hours" character varying(2000), "default_language" character varying(2) NOT NULL DEFAULT 'fr', "publication_director" character varying(200), "host" character varying(500), "dpo_contact" character varying(500), "accessibility_audit_date" date, "accessibility_audit_rate" smallint, "accessibility_auditor" character varying(200), "logo_image_id" uuid, "updated_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_commune_identity_singleton" UNIQUE ("singleton"), CONSTRAINT "ck_commune_identity_accessibility_audit" CHECK (("accessibility_audit_date" IS NULL) = ("accessibility_audit_rate" IS NULL) AND ("accessibility_audit_rate" IS NULL OR "accessibility_audit_rate" BETWEEN 0 AND 100)), CONSTRAINT "ck_commune_identity_default_language" CHECK ("default_language" IN ('fr', 'en')), CONSTRAINT "ck_commune_identity_colors" CHECK ("primary_color" ~ '^#[0-9a-f]{6}$' AND "primary_text_color" ~ '^#[0-9a-f]{6}$'), CONSTRAINT "ck_commune_identity_singleton" CHECK ("singleton"), CONSTRAINT "pk_commune_identity" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_commune_identity_logo_image_id" ON "commune_identity" ("logo_image_id") `);
        await queryRunner.query(`CREATE INDEX "ix_commune_identity_updated_by_id" ON "commune_identity" ("updated_by_id") `);
        await queryRunner.query(`ALTER TABLE "legal_pages" ADD CONSTRAINT "fk_legal_pages_updated_by_id" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "district_rings" ADD CONSTRAINT "fk_district_rings_district_id" FOREIGN KEY ("district_id") REFERENCES "districts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "commune_identity" ADD CONSTRAINT "fk_commune_identity_logo_image_id" FOREIGN KEY ("logo_image_id") REFERENCES "images"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "commune_identity" ADD CONSTRAINT "fk_commune_identity_updated_by_id" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "commune_identity" DROP CONSTRAINT "fk_commune_identity_updated_by_id"`);
        await queryRunner.query(`ALTER TABLE "commune_identity" DROP CONSTRAINT "fk_commune_identity_logo_image_id"`);
        await queryRunner.query(`ALTER TABLE "district_rings" DROP CONSTRAINT "fk_district_rings_district_id"`);
        await queryRunner.query(`ALTER TABLE "legal_pages" DROP CONSTRAINT "fk_legal_pages_updated_by_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_commune_identity_updated_by_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_commune_identity_logo_image_id"`);
        await queryRunner.query(`DROP TABLE "commune_identity"`);
        await queryRunner.query(`DROP INDEX "public"."ix_district_rings_outline"`);
        await queryRunner.query(`DROP TABLE "district_rings"`);
        await queryRunner.query(`DROP INDEX "public"."ix_districts_position_id"`);
        await queryRunner.query(`DROP TABLE "districts"`);
        await queryRunner.query(`DROP INDEX "public"."ix_legal_pages_updated_by_id"`);
        await queryRunner.query(`DROP TABLE "legal_pages"`);
    }

}
