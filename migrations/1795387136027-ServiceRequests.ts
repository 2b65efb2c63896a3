import { MigrationInterface, QueryRunner } from "typeorm";

export class ServiceRequests1795387136027 implements MigrationInterface {
    name = 'ServiceRequests1795387136027'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "services" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "name" character varying(120) NOT NULL, "description" text NOT NULL, "kind" character varying(20) NOT NULL, "group_name" character varying(80) NOT NULL, "department_id" uuid NOT NULL, "target_days" integer NOT NULL, "fields" jsonb NOT NULL DEFAULT '[]', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_services_code" UNIQUE ("code"), CONSTRAINT "ck_services_target_days" CHECK ("target_days" BETWEEN 1 AND 365), CONSTRAINT "ck_services_kind" CHECK ("kind" IN ('REPORT', 'FORMALITY')), CONSTRAINT "pk_services" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_services_department_id" ON "services" ("department_id") `);
        await queryRunner.query(`CREATE TABLE "service_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" character varying(24) NOT NULL, "service_id" uuid NOT NULL, "department_id" uuid NOT NULL, "is_public" boolean NOT NULL, "requester_id" uuid, "status" character varying(30) NOT NULL, "priority" character varying(10) NOT NULL DEFAULT 'NORMAL', "description" text NOT NULL, "lat" double precision, "lng" double precision, "address" character varying(300), "district" character varying(80), "field_values" jsonb NOT NULL DEFAULT '{}', "assignee_id" uuid, "duplicate_of_id" uuid, "resolution" text, "expected_at" TIMESTAMP WITH TIME ZONE NOT NULL, "paused_at" TIMESTAMP WITH TIME ZONE, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "resolved_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "rating" smallint, "rating_comment" text, "rated_at" TIMESTAMP WITH TIME ZONE, "reopen_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_service_requests_reference" UNIQUE ("reference"), CONSTRAINT "ck_service_requests_rating" CHECK ("rating" IS NULL OR "rating" BETWEEN 1 AND 5), CONSTRAINT "ck_service_requests_location" CHECK (("lat" IS NULL) = ("lng" IS NULL) AND ("lat" IS NULL OR ("lat" BETWEEN -90 AND 90 AND "lng" BETWEEN -180 AND 180))), CONSTRAINT "ck_service_requests_priority" CHECK ("priority" IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')), CONSTRAINT "ck_service_requests_status" CHECK ("status" IN ('SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT', 'RESOLVED', 'REJECTED', 'CLOSED')), CONSTRAINT "pk_service_requests" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_service_requests_lat_lng" ON "service_requests" ("lat", "lng") `);
        await queryRunner.query(`CREATE INDEX "ix_service_requests_created_at" ON "service_requests" ("created_at") `);
        await queryRunner.query(`CREATE INDEX "ix_service_requests_duplicate_of_id" ON "service_requests" ("duplicate_of_id") `);
        await queryRunner.query(`CREATE INDEX "ix_service_requests_assignee_id" ON "service_requests" ("assignee_id") `);
        await queryRunner.query(`CREATE INDEX "ix_service_requests_requester_id_created_at" ON "service_requests" ("requester_id", "created_at") `);
        await queryRunner.query(`CREATE INDEX "ix_service_requests_department_id_created_at" ON "service_requests" ("department_id", "created_at") `);
        await queryRunner.query(`CREATE INDEX "ix_service_requests_service_id" ON "service_requests" ("service_id") `);
        await queryRunner.query(`CREATE TABLE "service_request_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "request_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "from_status" character varying(30), "to_status" character varying(30), "body" text, "author_id" uuid, "by_requester" boolean NOT NULL DEFAULT false, "payload" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_service_request_events_kind" CHECK ("kind" IN ('CREATED', 'STATUS_CHANGED', 'PUBLIC_UPDATE', 'INTERNAL_NOTE', 'ASSIGNED', 'RESIDENT_REPLY', 'MARKED_DUPLICATE', 'RATED', 'PRIORITY_CHANGED')), CONSTRAINT "pk_service_request_events" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_service_request_events_author_id" ON "service_request_events" ("author_id") `);
        await queryRunner.query(`CREATE INDEX "ix_service_request_events_request_id_seq" ON "service_request_events" ("request_id", "seq") `);
        await queryRunner.query(`CREATE TABLE "response_templates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "department_id" uuid NOT NULL, "title" character varying(120) NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_response_templates_department_id_title" UNIQUE ("department_id", "title"), CONSTRAINT "pk_response_templates" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "service_request_counters" ("year" integer NOT NULL, "last_value" integer NOT NULL, CONSTRAINT "pk_service_request_counters" PRIMARY KEY ("year"))`);
        await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" character varying(60) NOT NULL, "target_type" character varying(30) NOT NULL, "target_id" uuid NOT NULL, "actor_id" uuid, "payload" jsonb NOT NULL DEFAULT '{}', "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_notifications" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_notifications_target_type_target_id" ON "notifications" ("target_type", "target_id") `);
        await queryRunner.query(`CREATE INDEX "ix_notifications_actor_id" ON "notifications" ("actor_id") `);
        await queryRunner.query(`CREATE INDEX "ix_notifications_recipient_id_unread" ON "notifications" ("recipient_id") WHERE "read_at" IS NULL`);
        await queryRunner.query(`CREATE INDEX "ix_notifications_recipient_id_created_at" ON "notifications" ("recipient_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "follows" ("user_id" uuid NOT NULL, "target_type" character varying(30) NOT NULL, "target_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_follows" PRIMARY KEY ("user_id", "target_type", "target_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_follows_target_type_target_id" ON "follows" ("target_type", "target_id") `);
        await queryRunner.query(`ALTER TABLE "services" ADD CONSTRAINT "fk_services_department_id" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "service_requests" ADD CONSTRAINT "fk_service_requests_service_id" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "service_requests" ADD CONSTRAINT "fk_service_requests_department_id" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "service_requests" ADD CONSTRAINT "fk_service_requests_requester_id" FOREIGN KEY ("requester_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "service_requests" ADD CONSTRAINT "fk_service_requests_assignee_id" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "service_requests" ADD CONSTRAINT "fk_service_requests_duplicate_of_id" FOREIGN KEY ("duplicate_of_id") REFERENCES "service_requests"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "service_request_events" ADD CONSTRAINT "fk_service_request_events_request_id" FOREIGN KEY ("request_id") REFERENCES "service_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "service_request_events" ADD CONSTRAINT "fk_service_request_events_author_id" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "response_templates" ADD CONSTRAINT "fk_response_templates_department_id" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_recipient_id" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_actor_id" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "follows" ADD CONSTRAINT "fk_follows_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "follows" DROP CONSTRAINT "fk_follows_user_id"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_actor_id"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_recipient_id"`);
        await queryRunner.query(`ALTER TABLE "response_templates" DROP CONSTRAINT "fk_response_templates_department_id"`);
        await queryRunner.query(`ALTER TABLE "service_request_events" DROP CONSTRAINT "fk_service_request_events_author_id"`);
        await queryRunner.query(`ALTER TABLE "service_request_events" DROP CONSTRAINT "fk_service_request_events_request_id"`);
        await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "fk_service_requests_duplicate_of_id"`);
        await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "fk_service_requests_assignee_id"`);
        await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "fk_service_requests_requester_id"`);
        await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "fk_service_requests_department_id"`);
        await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "fk_service_requests_service_id"`);
        await queryRunner.query(`ALTER TABLE "services" DROP CONSTRAINT "fk_services_department_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_follows_target_type_target_id"`);
        await queryRunner.query(`DROP TABLE "follows"`);
        await queryRunner.query(`DROP INDEX "public"."ix_notifications_recipient_id_created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_notifications_recipient_id_unread"`);
        await queryRunner.query(`DROP INDEX "public"."ix_notifications_actor_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_notifications_target_type_target_id"`);
        await queryRunner.query(`DROP TABLE "notifications"`);
        await queryRunner.query(`DROP TABLE "service_request_counters"`);
        await queryRunner.query(`DROP TABLE "response_templates"`);
        await queryRunner.query(`DROP INDEX "public"."ix_service_request_events_request_id_seq"`);
        await queryRunner.query(`DROP INDEX "public"."ix_service_request_events_author_id"`);
        await queryRunner.query(`DROP TABLE "service_request_events"`);
        await queryRunner.query(`DROP INDEX "public"."ix_service_requests_service_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_service_requests_department_id_created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_service_requests_requester_id_created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_service_requests_assignee_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_service_requests_duplicate_of_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_service_requests_created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_service_requests_lat_lng"`);
        await queryRunner.query(`DROP TABLE "service_requests"`);
        await queryRunner.query(`DROP INDEX "public"."ix_services_department_id"`);
        await queryRunner.query(`DROP TABLE "services"`);
    }

}
