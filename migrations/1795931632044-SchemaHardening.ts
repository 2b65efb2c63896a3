import { MigrationInterface, QueryRunner } from "typeorm";

export class SchemaHardening1795931632044 implements MigrationInterface {
    name = 'SchemaHardening1795931632044'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "fk_service_requests_requester_id"`);
        await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "fk_service_requests_assignee_id"`);
        await queryRunner.query(`ALTER TABLE "service_request_events" DROP CONSTRAINT "fk_service_request_events_author_id"`);
        await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "fk_proposals_author_id"`);
        await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "fk_proposals_answer_author_id"`);
        await queryRunner.query(`ALTER TABLE "proposal_supports" DROP CONSTRAINT "fk_proposal_supports_user_id"`);
        await queryRunner.query(`ALTER TABLE "proposal_events" DROP CONSTRAINT "fk_proposal_events_author_id"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_recipient_id"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_actor_id"`);
        await queryRunner.query(`ALTER TABLE "follows" DROP CONSTRAINT "fk_follows_user_id"`);
        await queryRunner.query(`ALTER TABLE "images" DROP CONSTRAINT "fk_images_owner_id"`);
        await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "fk_comments_author_id"`);
        await queryRunner.query(`ALTER TABLE "comment_votes" DROP CONSTRAINT "fk_comment_votes_user_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_images_attached_type_attached_id_position"`);
        await queryRunner.query(`CREATE INDEX "ix_service_requests_open_expected_at" ON "service_requests" ("expected_at") WHERE "status" IN ('SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT')`);
        await queryRunner.query(`CREATE INDEX "ix_service_requests_expected_at_id" ON "service_requests" ("expected_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_users_created_at_id" ON "users" ("created_at", "id") WHERE "deleted_at" IS NULL`);
        // By hand (TypeORM cannot declare an expression index): one account per e-mail whatever its case.
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_email_lower" ON "users" (lower("email"))`);
        await queryRunner.query(`ALTER TABLE "service_request_events" ADD CONSTRAINT "ck_service_request_events_to_status" CHECK ("to_status" IS NULL OR "to_status" IN ('SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT', 'RESOLVED', 'REJECTED', 'CLOSED'))`);
        await queryRunner.query(`ALTER TABLE "service_request_events" ADD CONSTRAINT "ck_service_request_events_from_status" CHECK ("from_status" IS NULL OR "from_status" IN ('SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT', 'RESOLVED', 'REJECTED', 'CLOSED'))`);
        await queryRunner.query(`ALTER TABLE "proposals" ADD CONSTRAINT "ck_proposals_answer_status" CHECK ("answer_status" IS NULL OR "answer_status" IN ('UNDER_REVIEW', 'ACCEPTED', 'REJECTED'))`);
        await queryRunner.query(`ALTER TABLE "proposals" ADD CONSTRAINT "ck_proposals_location_range" CHECK ("location_lat" IS NULL OR ("location_lat" BETWEEN -90 AND 90 AND "location_lng" BETWEEN -180 AND 180))`);
        await queryRunner.query(`ALTER TABLE "proposal_events" ADD CONSTRAINT "ck_proposal_events_to_status" CHECK ("to_status" IS NULL OR "to_status" IN ('DRAFT', 'PUBLISHED', 'UNDER_REVIEW', 'ACCEPTED', 'REJECTED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN'))`);
        await queryRunner.query(`ALTER TABLE "proposal_events" ADD CONSTRAINT "ck_proposal_events_from_status" CHECK ("from_status" IS NULL OR "from_status" IN ('DRAFT', 'PUBLISHED', 'UNDER_REVIEW', 'ACCEPTED', 'REJECTED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN'))`);
        await queryRunner.query(`ALTER TABLE "images" ADD CONSTRAINT "uq_images_attached_type_attached_id_position" UNIQUE ("attached_type", "attached_id", "position") DEFERRABLE INITIALLY IMMEDIATE`);
        await queryRunner.query(`ALTER TABLE "service_requests" ADD CONSTRAINT "fk_service_requests_requester_id" FOREIGN KEY ("requester_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "service_requests" ADD CONSTRAINT "fk_service_requests_assignee_id" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "service_request_events" ADD CONSTRAINT "fk_service_request_events_author_id" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "proposals" ADD CONSTRAINT "fk_proposals_author_id" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "proposals" ADD CONSTRAINT "fk_proposals_answer_author_id" FOREIGN KEY ("answer_author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "proposal_supports" ADD CONSTRAINT "fk_proposal_supports_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "proposal_events" ADD CONSTRAINT "fk_proposal_events_author_id" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_recipient_id" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_actor_id" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "follows" ADD CONSTRAINT "fk_follows_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "images" ADD CONSTRAINT "fk_images_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_author_id" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "comment_votes" ADD CONSTRAINT "fk_comment_votes_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "comment_votes" DROP CONSTRAINT "fk_comment_votes_user_id"`);
        await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "fk_comments_author_id"`);
        await queryRunner.query(`ALTER TABLE "images" DROP CONSTRAINT "fk_images_owner_id"`);
        await queryRunner.query(`ALTER TABLE "follows" DROP CONSTRAINT "fk_follows_user_id"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_actor_id"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_recipient_id"`);
        await queryRunner.query(`ALTER TABLE "proposal_events" DROP CONSTRAINT "fk_proposal_events_author_id"`);
        await queryRunner.query(`ALTER TABLE "proposal_supports" DROP CONSTRAINT "fk_proposal_supports_user_id"`);
        await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "fk_proposals_answer_author_id"`);
        await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "fk_proposals_author_id"`);
        await queryRunner.query(`ALTER TABLE "service_request_events" DROP CONSTRAINT "fk_service_request_events_author_id"`);
        await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "fk_service_requests_assignee_id"`);
        await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "fk_service_requests_requester_id"`);
        await queryRunner.query(`ALTER TABLE "images" DROP CONSTRAINT "uq_images_attached_type_attached_id_position"`);
        await queryRunner.query(`ALTER TABLE "proposal_events" DROP CONSTRAINT "ck_proposal_events_from_status"`);
        await queryRunner.query(`ALTER TABLE "proposal_events" DROP CONSTRAINT "ck_proposal_events_to_status"`);
        await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "ck_proposals_location_range"`);
        await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "ck_proposals_answer_status"`);
        await queryRunner.query(`ALTER TABLE "service_request_events" DROP CONSTRAINT "ck_service_request_events_from_status"`);
        await queryRunner.query(`ALTER TABLE "service_request_events" DROP CONSTRAINT "ck_service_request_events_to_status"`);
        await queryRunner.query(`DROP INDEX "public"."uq_users_email_lower"`);
        await queryRunner.query(`DROP INDEX "public"."ix_users_created_at_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_service_requests_expected_at_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_service_requests_open_expected_at"`);
        await queryRunner.query(`CREATE INDEX "ix_images_attached_type_attached_id_position" ON "images" ("attached_type", "attached_id", "position") `);
        await queryRunner.query(`ALTER TABLE "comment_votes" ADD CONSTRAINT "fk_comment_votes_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_author_id" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "images" ADD CONSTRAINT "fk_images_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "follows" ADD CONSTRAINT "fk_follows_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_actor_id" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_recipient_id" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "proposal_events" ADD CONSTRAINT "fk_proposal_events_author_id" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "proposal_supports" ADD CONSTRAINT "fk_proposal_supports_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "proposals" ADD CONSTRAINT "fk_proposals_answer_author_id" FOREIGN KEY ("answer_author_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "proposals" ADD CONSTRAINT "fk_proposals_author_id" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "service_request_events" ADD CONSTRAINT "fk_service_request_events_author_id" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "service_requests" ADD CONSTRAINT "fk_service_requests_assignee_id" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "service_requests" ADD CONSTRAINT "fk_service_requests_requester_id" FOREIGN KEY ("requester_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

}
