import { MigrationInterface, QueryRunner } from "typeorm";

/** The media domain: uploaded images (variants on disk), attachable to proposals, requests, topics. */
export class Media1795386855763 implements MigrationInterface {
    name = 'Media1795386855763'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "images" ("id" uuid NOT NULL, "owner_id" uuid NOT NULL, "source_format" character varying(10) NOT NULL, "source_bytes" integer NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "placeholder" character varying(7) NOT NULL, "attached_type" character varying(20), "attached_id" uuid, "position" smallint, "attached_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_images_attachment" CHECK (("attached_type" IS NULL) = ("attached_id" IS NULL) AND ("attached_id" IS NULL) = ("position" IS NULL) AND ("attached_id" IS NULL) = ("attached_at" IS NULL)), CONSTRAINT "ck_images_attached_type" CHECK ("attached_type" IN ('PROPOSAL', 'SERVICE_REQUEST', 'FORUM_TOPIC')), CONSTRAINT "pk_images" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_images_unattached_created_at" ON "images" ("created_at") WHERE "attached_id" IS NULL`);
        await queryRunner.query(`CREATE INDEX "ix_images_attached_type_attached_id_position" ON "images" ("attached_type", "attached_id", "position") `);
        await queryRunner.query(`CREATE INDEX "ix_images_owner_id" ON "images" ("owner_id") `);
        await queryRunner.query(`ALTER TABLE "images" ADD CONSTRAINT "fk_images_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "images" DROP CONSTRAINT "fk_images_owner_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_images_owner_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_images_attached_type_attached_id_position"`);
        await queryRunner.query(`DROP INDEX "public"."ix_images_unattached_created_at"`);
        await queryRunner.query(`DROP TABLE "images"`);
    }

}
