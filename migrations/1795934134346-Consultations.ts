import { MigrationInterface, QueryRunner } from "typeorm";

export class Consultations1795934134346 implements MigrationInterface {
    name = 'Consultations1795934134346'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "consultations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "description" text NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "results_visibility" character varying(20) NOT NULL, "districts" text array NOT NULL DEFAULT '{}', "created_by_id" uuid NOT NULL, "response_count" integer NOT NULL DEFAULT '0', "comment_count" integer NOT NULL DEFAULT '0', "conclusion_body" text, "conclusion_published_at" TIMESTAMP WITH TIME ZONE, "conclusion_author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_consultations_counts" CHECK ("response_count" >= 0 AND "comment_count" >= 0), CONSTRAINT "ck_consultations_dates" CHECK ("closes_at" >= "opens_at"), CONSTRAINT "ck_consultations_results_visibility" CHECK ("results_visibility" IN ('LIVE', 'AFTER_CLOSE')), CONSTRAINT "pk_consultations" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_consultations_created_by_id" ON "consultations" ("created_by_id") `);
        await queryRunner.query(`CREATE INDEX "ix_consultations_conclusion_author_id" ON "consultations" ("conclusion_author_id") `);
        await queryRunner.query(`CREATE INDEX "ix_consultations_opens_at_id" ON "consultations" ("opens_at", "id") `);
        await queryRunner.query(`CREATE TABLE "consultation_responses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "consultation_id" uuid NOT NULL, "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_consultation_responses_consultation_id_user_id" UNIQUE ("consultation_id", "user_id"), CONSTRAINT "pk_consultation_responses" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_consultation_responses_user_id" ON "consultation_responses" ("user_id") `);
        await queryRunner.query(`CREATE INDEX "ix_consultation_responses_consultation_id_created_at" ON "consultation_responses" ("consultation_id", "created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "consultation_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "consultation_id" uuid NOT NULL, "position" smallint NOT NULL, "kind" character varying(20) NOT NULL, "prompt" character varying(500) NOT NULL, "required" boolean NOT NULL DEFAULT false, "max_choices" smallint, "scale_min_label" character varying(100), "scale_max_label" character varying(100), "max_length" integer, "answer_count" integer NOT NULL DEFAULT '0', "scale_sum" bigint NOT NULL DEFAULT '0', "scale_counts" integer array NOT NULL DEFAULT '{0,0,0,0,0}', CONSTRAINT "uq_consultation_questions_consultation_id_position" UNIQUE ("consultation_id", "position"), CONSTRAINT "ck_consultation_questions_counts" CHECK ("answer_count" >= 0 AND "scale_sum" >= 0), CONSTRAINT "ck_consultation_questions_kind" CHECK ("kind" IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RANKING', 'SCALE', 'FREE_TEXT')), CONSTRAINT "pk_consultation_questions" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_consultation_questions_consultation_id" ON "consultation_questions" ("consultation_id") `);
        await queryRunner.query(`CREATE TABLE "consultation_options" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "question_id" uuid NOT NULL, "position" smallint NOT NULL, "label" character varying(200) NOT NULL, "answer_count" integer NOT NULL DEFAULT '0', "rank_sum" bigint NOT NULL DEFAULT '0', CONSTRAINT "uq_consultation_options_question_id_position" UNIQUE ("question_id", "position"), CONSTRAINT "ck_consultation_options_counts" CHECK ("answer_count" >= 0 AND "rank_sum" >= 0), CONSTRAINT "pk_consultation_options" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_consultation_options_question_id" ON "consultation_options" ("question_id") `);
        await queryRunner.query(`CREATE TABLE "consultation_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "consultation_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "filename" character varying(200) NOT NULL, "size" integer NOT NULL, "storage_key" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_consultation_documents" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_consultation_documents_consultation_id" ON "consultation_documents" ("consultation_id") `);
        await queryRunner.query(`CREATE TABLE "consultation_answers" ("response_id" uuid NOT NULL, "question_id" uuid NOT NULL, "scale" smallint, "text" text, CONSTRAINT "pk_consultation_answers" PRIMARY KEY ("response_id", "question_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_consultation_answers_question_id_response_id" ON "consultation_answers" ("question_id", "response_id") `);
        await queryRunner.query(`CREATE TABLE "consultation_answer_choices" ("response_id" uuid NOT NULL, "option_id" uuid NOT NULL, "question_id" uuid NOT NULL, "rank" smallint, CONSTRAINT "pk_consultation_answer_choices" PRIMARY KEY ("response_id", "option_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_consultation_answer_choices_option_id" ON "consultation_answer_choices" ("option_id") `);
        await queryRunner.query(`CREATE INDEX "ix_consultation_answer_choices_question_id_option_id" ON "consultation_answer_choices" ("question_id", "option_id") `);
        await queryRunner.query(`ALTER TABLE "consultations" ADD CONSTRAINT "fk_consultations_created_by_id" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consultations" ADD CONSTRAINT "fk_consultations_conclusion_author_id" FOREIGN KEY ("conclusion_author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consultation_responses" ADD CONSTRAINT "fk_consultation_responses_consultation_id" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consultation_responses" ADD CONSTRAINT "fk_consultation_responses_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consultation_questions" ADD CONSTRAINT "fk_consultation_questions_consultation_id" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consultation_options" ADD CONSTRAINT "fk_consultation_options_question_id" FOREIGN KEY ("question_id") REFERENCES "consultation_questions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consultation_documents" ADD CONSTRAINT "fk_consultation_documents_consultation_id" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consultation_answers" ADD CONSTRAINT "fk_consultation_answers_response_id" FOREIGN KEY ("response_id") REFERENCES "consultation_responses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consultation_answers" ADD CONSTRAINT "fk_consultation_answers_question_id" FOREIGN KEY ("question_id") REFERENCES "consultation_questions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consultation_answer_choices" ADD CONSTRAINT "fk_consultation_answer_choices_response_id" FOREIGN KEY ("response_id") REFERENCES "consultation_responses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consultation_answer_choices" ADD CONSTRAINT "fk_consultation_answer_choices_option_id" FOREIGN KEY ("option_id") REFERENCES "consultation_options"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consultation_answer_choices" ADD CONSTRAINT "fk_consultation_answer_choices_question_id" FOREIGN KEY ("question_id") REFERENCES "consultation_questions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "consultation_answer_choices" DROP CONSTRAINT "fk_consultation_answer_choices_question_id"`);
        await queryRunner.query(`ALTER TABLE "consultation_answer_choices" DROP CONSTRAINT "fk_consultation_answer_choices_option_id"`);
        await queryRunner.query(`ALTER TABLE "consultation_answer_choices" DROP CONSTRAINT "fk_consultation_answer_choices_response_id"`);
        await queryRunner.query(`ALTER TABLE "consultation_answers" DROP CONSTRAINT "fk_consultation_answers_question_id"`);
        await queryRunner.query(`ALTER TABLE "consultation_answers" DROP CONSTRAINT "fk_consultation_answers_response_id"`);
        await queryRunner.query(`ALTER TABLE "consultation_documents" DROP CONSTRAINT "fk_consultation_documents_consultation_id"`);
        await queryRunner.query(`ALTER TABLE "consultation_options" DROP CONSTRAINT "fk_consultation_options_question_id"`);
        await queryRunner.query(`ALTER TABLE "consultation_questions" DROP CONSTRAINT "fk_consultation_questions_consultation_id"`);
        await queryRunner.query(`ALTER TABLE "consultation_responses" DROP CONSTRAINT "fk_consultation_responses_user_id"`);
        await queryRunner.query(`ALTER TABLE "consultation_responses" DROP CONSTRAINT "fk_consultation_responses_consultation_id"`);
        await queryRunner.query(`ALTER TABLE "consultations" DROP CONSTRAINT "fk_consultations_conclusion_author_id"`);
        await queryRunner.query(`ALTER TABLE "consultations" DROP CONSTRAINT "fk_consultations_created_by_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_consultation_answer_choices_question_id_option_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_consultation_answer_choices_option_id"`);
        await queryRunner.query(`DROP TABLE "consultation_answer_choices"`);
        await queryRunner.query(`DROP INDEX "public"."ix_consultation_answers_question_id_response_id"`);
        await queryRunner.query(`DROP TABLE "consultation_answers"`);
        await queryRunner.query(`DROP INDEX "public"."ix_consultation_documents_consultation_id"`);
        await queryRunner.query(`DROP TABLE "consultation_documents"`);
        await queryRunner.query(`DROP INDEX "public"."ix_consultation_options_question_id"`);
        await queryRunner.query(`DROP TABLE "consultation_options"`);
        await queryRunner.query(`DROP INDEX "public"."ix_consultation_questions_consultation_id"`);
        await queryRunner.query(`DROP TABLE "consultation_questions"`);
        await queryRunner.query(`DROP INDEX "public"."ix_consultation_responses_consultation_id_created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_consultation_responses_user_id"`);
        await queryRunner.query(`DROP TABLE "consultation_responses"`);
        await queryRunner.query(`DROP INDEX "public"."ix_consultations_opens_at_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_consultations_conclusion_author_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_consultations_created_by_id"`);
        await queryRunner.query(`DROP TABLE "consultations"`);
    }

}
