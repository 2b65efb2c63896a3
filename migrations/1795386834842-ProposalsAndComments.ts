import { MigrationInterface, QueryRunner } from "typeorm";

export class ProposalsAndComments1795386834842 implements MigrationInterface {
    name = 'ProposalsAndComments1795386834842'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // By hand: what TypeORM cannot express. unaccent() is only STABLE (its dictionary could
        // change), so indexes and triggers go through an IMMUTABLE wrapper naming its dictionary.
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await queryRunner.query(`CREATE OR REPLACE FUNCTION parvis_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
        await queryRunner.query(`CREATE TABLE "proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "author_id" uuid NOT NULL, "title" character varying(150) NOT NULL, "body" text NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "category_id" uuid, "district" character varying(80), "location_lat" double precision, "location_lng" double precision, "support_count" integer NOT NULL DEFAULT '0', "comment_count" integer NOT NULL DEFAULT '0', "support_threshold" integer, "support_deadline" TIMESTAMP WITH TIME ZONE, "threshold_reached_at" TIMESTAMP WITH TIME ZONE, "progress" smallint NOT NULL DEFAULT '0', "answer_status" character varying(20), "answer_body" text, "answer_author_id" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "search_vector" tsvector, CONSTRAINT "ck_proposals_counts" CHECK ("support_count" >= 0 AND "comment_count" >= 0), CONSTRAINT "ck_proposals_progress" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "ck_proposals_location" CHECK (("location_lat" IS NULL) = ("location_lng" IS NULL)), CONSTRAINT "ck_proposals_status" CHECK ("status" IN ('DRAFT', 'PUBLISHED', 'UNDER_REVIEW', 'ACCEPTED', 'REJECTED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN')), CONSTRAINT "pk_proposals" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_proposals_author_id" ON "proposals" ("author_id") `);
        await queryRunner.query(`CREATE INDEX "ix_proposals_category_id" ON "proposals" ("category_id") `);
        await queryRunner.query(`CREATE INDEX "ix_proposals_answer_author_id" ON "proposals" ("answer_author_id") `);
        await queryRunner.query(`CREATE INDEX "ix_proposals_status_published_at" ON "proposals" ("status", "published_at") `);
        // By hand: the French full-text vector of the unaccented title and body, kept by a trigger
        // (see ProposalEntity.searchVector), its GIN index, and a trigram index for similarProposals.
        await queryRunner.query(`CREATE FUNCTION proposals_search_vector_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := setweight(to_tsvector('french'::regconfig, parvis_unaccent(NEW.title)), 'A')
                    || setweight(to_tsvector('french'::regconfig, parvis_unaccent(NEW.body)), 'B');
  RETURN NEW;
END $$`);
        await queryRunner.query(`CREATE TRIGGER "tr_proposals_search_vector" BEFORE INSERT OR UPDATE OF "title", "body" ON "proposals" FOR EACH ROW EXECUTE FUNCTION proposals_search_vector_refresh()`);
        await queryRunner.query(`CREATE INDEX "ix_proposals_search_vector" ON "proposals" USING gin ("search_vector")`);
        await queryRunner.query(`CREATE INDEX "ix_proposals_title_trgm" ON "proposals" USING gin (parvis_unaccent("title") gin_trgm_ops)`);
        await queryRunner.query(`CREATE TABLE "proposal_supports" ("proposal_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_proposal_supports" PRIMARY KEY ("proposal_id", "user_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_proposal_supports_user_id" ON "proposal_supports" ("user_id") `);
        await queryRunner.query(`CREATE TABLE "proposal_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "from_status" character varying(20), "to_status" character varying(20), "body" text, "progress" smallint, "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_proposal_events_kind" CHECK ("kind" IN ('PUBLISHED', 'THRESHOLD_REACHED', 'UNDER_REVIEW', 'ANSWERED', 'PROGRESS_UPDATE', 'COMPLETED', 'WITHDRAWN')), CONSTRAINT "pk_proposal_events" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_proposal_events_author_id" ON "proposal_events" ("author_id") `);
        await queryRunner.query(`CREATE INDEX "ix_proposal_events_proposal_id_created_at" ON "proposal_events" ("proposal_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "target_type" character varying(20) NOT NULL, "target_id" uuid NOT NULL, "parent_id" uuid, "author_id" uuid NOT NULL, "body" text NOT NULL, "score" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_comments_target_type" CHECK ("target_type" IN ('PROPOSAL', 'FORUM_TOPIC', 'CONSULTATION')), CONSTRAINT "pk_comments" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_comments_author_id" ON "comments" ("author_id") `);
        await queryRunner.query(`CREATE INDEX "ix_comments_parent_id_created_at" ON "comments" ("parent_id", "created_at") `);
        await queryRunner.query(`CREATE INDEX "ix_comments_target_type_target_id_created_at" ON "comments" ("target_type", "target_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "comment_votes" ("comment_id" uuid NOT NULL, "user_id" uuid NOT NULL, "value" smallint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_comment_votes_value" CHECK ("value" IN (-1, 1)), CONSTRAINT "pk_comment_votes" PRIMARY KEY ("comment_id", "user_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_comment_votes_user_id" ON "comment_votes" ("user_id") `);
        await queryRunner.query(`ALTER TABLE "proposals" ADD CONSTRAINT "fk_proposals_author_id" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "proposals" ADD CONSTRAINT "fk_proposals_category_id" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "proposals" ADD CONSTRAINT "fk_proposals_answer_author_id" FOREIGN KEY ("answer_author_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "proposal_supports" ADD CONSTRAINT "fk_proposal_supports_proposal_id" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "proposal_supports" ADD CONSTRAINT "fk_proposal_supports_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "proposal_events" ADD CONSTRAINT "fk_proposal_events_proposal_id" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "proposal_events" ADD CONSTRAINT "fk_proposal_events_author_id" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_parent_id" FOREIGN KEY ("parent_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_author_id" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "comment_votes" ADD CONSTRAINT "fk_comment_votes_comment_id" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "comment_votes" ADD CONSTRAINT "fk_comment_votes_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "comment_votes" DROP CONSTRAINT "fk_comment_votes_user_id"`);
        await queryRunner.query(`ALTER TABLE "comment_votes" DROP CONSTRAINT "fk_comment_votes_comment_id"`);
        await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "fk_comments_author_id"`);
        await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "fk_comments_parent_id"`);
        await queryRunner.query(`ALTER TABLE "proposal_events" DROP CONSTRAINT "fk_proposal_events_author_id"`);
        await queryRunner.query(`ALTER TABLE "proposal_events" DROP CONSTRAINT "fk_proposal_events_proposal_id"`);
        await queryRunner.query(`ALTER TABLE "proposal_supports" DROP CONSTRAINT "fk_proposal_supports_user_id"`);
        await queryRunner.query(`ALTER TABLE "proposal_supports" DROP CONSTRAINT "fk_proposal_supports_proposal_id"`);
        await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "fk_proposals_answer_author_id"`);
        await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "fk_proposals_category_id"`);
        await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "fk_proposals_author_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_comment_votes_user_id"`);
        await queryRunner.query(`DROP TABLE "comment_votes"`);
        await queryRunner.query(`DROP INDEX "public"."ix_comments_target_type_target_id_created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_comments_parent_id_created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_comments_author_id"`);
        await queryRunner.query(`DROP TABLE "comments"`);
        await queryRunner.query(`DROP INDEX "public"."ix_proposal_events_proposal_id_created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_proposal_events_author_id"`);
        await queryRunner.query(`DROP TABLE "proposal_events"`);
        await queryRunner.query(`DROP INDEX "public"."ix_proposal_supports_user_id"`);
        await queryRunner.query(`DROP TABLE "proposal_supports"`);
        await queryRunner.query(`DROP INDEX "public"."ix_proposals_title_trgm"`);
        await queryRunner.query(`DROP INDEX "public"."ix_proposals_search_vector"`);
        await queryRunner.query(`DROP TRIGGER "tr_proposals_search_vector" ON "proposals"`);
        await queryRunner.query(`DROP INDEX "public"."ix_proposals_status_published_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_proposals_answer_author_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_proposals_category_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_proposals_author_id"`);
        await queryRunner.query(`DROP TABLE "proposals"`);
        await queryRunner.query(`DROP FUNCTION proposals_search_vector_refresh()`);
        await queryRunner.query(`DROP FUNCTION parvis_unaccent(text)`);
        // The extensions stay: other domains may use them, and dropping one is never needed to go back.
    }

}
