import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Forums and their topics. Generated from the entities, plus by hand what TypeORM does not model
 * (see ForumEntity, ForumTopicEntity): the partial indexes of the active forums' order and of the
 * council's archive, and the three orders of a forum's topic list (pinned first, then last
 * activity, newest or most commented, ties by id), partial like the list (hidden topics are not
 * listed) and descending like ForumsRepository.topicPages, so each page is read from an index.
 */
export class Forums1795940226441 implements MigrationInterface {
    name = 'Forums1795940226441'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "forums" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(150) NOT NULL, "description" text NOT NULL DEFAULT '', "position" integer NOT NULL, "topic_count" integer NOT NULL DEFAULT '0', "archived_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_forums_position" CHECK ("position" >= 1), CONSTRAINT "ck_forums_topic_count" CHECK ("topic_count" >= 0), CONSTRAINT "pk_forums" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_forums_created_by_id" ON "forums" ("created_by_id") `);
        await queryRunner.query(`CREATE TABLE "forum_topics" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "forum_id" uuid NOT NULL, "author_id" uuid NOT NULL, "title" character varying(150) NOT NULL, "body" text NOT NULL, "pinned" boolean NOT NULL DEFAULT false, "locked" boolean NOT NULL DEFAULT false, "comment_count" integer NOT NULL DEFAULT '0', "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_forum_topics_hidden" CHECK (("hidden_at" IS NULL) = ("hidden_reason" IS NULL)), CONSTRAINT "ck_forum_topics_comment_count" CHECK ("comment_count" >= 0), CONSTRAINT "pk_forum_topics" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_forum_topics_forum_id" ON "forum_topics" ("forum_id") `);
        await queryRunner.query(`CREATE INDEX "ix_forum_topics_author_id" ON "forum_topics" ("author_id") `);
        await queryRunner.query(`ALTER TABLE "forums" ADD CONSTRAINT "fk_forums_created_by_id" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "forum_topics" ADD CONSTRAINT "fk_forum_topics_forum_id" FOREIGN KEY ("forum_id") REFERENCES "forums"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "forum_topics" ADD CONSTRAINT "fk_forum_topics_author_id" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`CREATE INDEX "ix_forums_active_position" ON "forums" ("position", "id") WHERE "archived_at" IS NULL`);
        await queryRunner.query(`CREATE INDEX "ix_forums_archived_at" ON "forums" ("archived_at" DESC, "id" DESC) WHERE "archived_at" IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "ix_forum_topics_list_activity" ON "forum_topics" ("forum_id", "pinned" DESC, "last_activity_at" DESC, "id" DESC) WHERE "hidden_at" IS NULL`);
        await queryRunner.query(`CREATE INDEX "ix_forum_topics_list_newest" ON "forum_topics" ("forum_id", "pinned" DESC, "created_at" DESC, "id" DESC) WHERE "hidden_at" IS NULL`);
        await queryRunner.query(`CREATE INDEX "ix_forum_topics_list_comments" ON "forum_topics" ("forum_id", "pinned" DESC, "comment_count" DESC, "id" DESC) WHERE "hidden_at" IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_forum_topics_list_comments"`);
        await queryRunner.query(`DROP INDEX "public"."ix_forum_topics_list_newest"`);
        await queryRunner.query(`DROP INDEX "public"."ix_forum_topics_list_activity"`);
        await queryRunner.query(`DROP INDEX "public"."ix_forums_archived_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_forums_active_position"`);
        await queryRunner.query(`ALTER TABLE "forum_topics" DROP CONSTRAINT "fk_forum_topics_author_id"`);
        await queryRunner.query(`ALTER TABLE "forum_topics" DROP CONSTRAINT "fk_forum_topics_forum_id"`);
        await queryRunner.query(`ALTER TABLE "forums" DROP CONSTRAINT "fk_forums_created_by_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_forum_topics_author_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_forum_topics_forum_id"`);
        await queryRunner.query(`DROP TABLE "forum_topics"`);
        await queryRunner.query(`DROP INDEX "public"."ix_forums_created_by_id"`);
        await queryRunner.query(`DROP TABLE "forums"`);
    }

}
