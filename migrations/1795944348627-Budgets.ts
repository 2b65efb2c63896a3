import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The participatory budget (src/budgets): editions with their six phase bounds, envelopes, projects
 * (review, vote and comment counts, works), works updates, and ballots (one per resident and
 * edition, `uq_budget_ballots_budget_id_user_id`) with their choices, the source rows of the vote
 * counts. Generated from the entities.
 */
export class Budgets1795944348627 implements MigrationInterface {
    name = 'Budgets1795944348627'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "budgets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(150) NOT NULL, "description" text NOT NULL DEFAULT '', "rules" text NOT NULL DEFAULT '', "total_amount" integer NOT NULL, "voting_style" character varying(20) NOT NULL, "max_choices" integer, "min_projects" integer, "submission_starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "review_starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "voting_starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "results_starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "works_starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "voter_count" integer NOT NULL DEFAULT '0', "comment_count" integer NOT NULL DEFAULT '0', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_budgets_phase_order" CHECK ("submission_starts_at" < "review_starts_at" AND "review_starts_at" < "voting_starts_at" AND "voting_starts_at" < "results_starts_at" AND "results_starts_at" < "works_starts_at" AND "works_starts_at" < "closes_at"), CONSTRAINT "ck_budgets_comment_count" CHECK ("comment_count" >= 0), CONSTRAINT "ck_budgets_voter_count" CHECK ("voter_count" >= 0), CONSTRAINT "ck_budgets_min_projects" CHECK ("min_projects" IS NULL OR "min_projects" >= 1), CONSTRAINT "ck_budgets_max_choices" CHECK ("max_choices" IS NULL OR "max_choices" >= 1), CONSTRAINT "ck_budgets_voting_style" CHECK ("voting_style" IN ('KNAPSACK', 'APPROVAL')), CONSTRAINT "ck_budgets_total_amount" CHECK ("total_amount" > 0), CONSTRAINT "pk_budgets" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_budgets_created_by_id" ON "budgets" ("created_by_id") `);
        await queryRunner.query(`CREATE INDEX "ix_budgets_list" ON "budgets" ("submission_starts_at", "id") `);
        await queryRunner.query(`CREATE TABLE "budget_envelopes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "budget_id" uuid NOT NULL, "name" character varying(150) NOT NULL, "district" character varying(80), "amount" integer NOT NULL, "position" integer NOT NULL, CONSTRAINT "uq_budget_envelopes_budget_id_position" UNIQUE ("budget_id", "position"), CONSTRAINT "ck_budget_envelopes_amount" CHECK ("amount" > 0), CONSTRAINT "pk_budget_envelopes" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_budget_envelopes_budget_id" ON "budget_envelopes" ("budget_id") `);
        await queryRunner.query(`CREATE TABLE "budget_projects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "budget_id" uuid NOT NULL, "envelope_id" uuid NOT NULL, "author_id" uuid NOT NULL, "proposal_id" uuid, "title" character varying(150) NOT NULL, "description" text NOT NULL, "location_lat" double precision, "location_lng" double precision, "address" character varying(300), "estimated_cost" integer NOT NULL, "cost" integer, "review" character varying(20) NOT NULL DEFAULT 'SUBMITTED', "review_note" text, "reviewed_at" TIMESTAMP WITH TIME ZONE, "merged_into_id" uuid, "vote_count" integer NOT NULL DEFAULT '0', "comment_count" integer NOT NULL DEFAULT '0', "work_status" character varying(20), "progress" integer NOT NULL DEFAULT '0', "actual_cost" integer, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_budget_projects_budget_id_proposal_id" UNIQUE ("budget_id", "proposal_id"), CONSTRAINT "ck_budget_projects_hidden" CHECK (("hidden_at" IS NULL) = ("hidden_reason" IS NULL)), CONSTRAINT "ck_budget_projects_costs" CHECK ("estimated_cost" > 0 AND ("cost" IS NULL OR "cost" > 0) AND ("actual_cost" IS NULL OR "actual_cost" >= 0)), CONSTRAINT "ck_budget_projects_counts" CHECK ("vote_count" >= 0 AND "comment_count" >= 0), CONSTRAINT "ck_budget_projects_progress" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "ck_budget_projects_work_status" CHECK ("work_status" IS NULL OR "work_status" IN ('IN_PROGRESS', 'COMPLETED')), CONSTRAINT "ck_budget_projects_merged" CHECK (("review" = 'MERGED') = ("merged_into_id" IS NOT NULL)), CONSTRAINT "ck_budget_projects_feasible_cost" CHECK ("review" <> 'FEASIBLE' OR "cost" IS NOT NULL), CONSTRAINT "ck_budget_projects_review" CHECK ("review" IN ('SUBMITTED', 'FEASIBLE', 'NOT_FEASIBLE', 'MERGED')), CONSTRAINT "pk_budget_projects" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_budget_projects_budget_id" ON "budget_projects" ("budget_id") `);
        await queryRunner.query(`CREATE INDEX "ix_budget_projects_author_id" ON "budget_projects" ("author_id") `);
        await queryRunner.query(`CREATE INDEX "ix_budget_projects_proposal_id" ON "budget_projects" ("proposal_id") `);
        await queryRunner.query(`CREATE INDEX "ix_budget_projects_merged_into_id" ON "budget_projects" ("merged_into_id") `);
        await queryRunner.query(`CREATE INDEX "ix_budget_projects_envelope_list" ON "budget_projects" ("envelope_id", "created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "budget_project_updates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "progress" integer NOT NULL, "actual_cost" integer, "comment_count" integer NOT NULL DEFAULT '0', "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_budget_project_updates_hidden" CHECK (("hidden_at" IS NULL) = ("hidden_reason" IS NULL)), CONSTRAINT "ck_budget_project_updates_comment_count" CHECK ("comment_count" >= 0), CONSTRAINT "ck_budget_project_updates_progress" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "pk_budget_project_updates" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_budget_project_updates_author_id" ON "budget_project_updates" ("author_id") `);
        await queryRunner.query(`CREATE INDEX "ix_budget_project_updates_project_list" ON "budget_project_updates" ("project_id", "created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "budget_ballots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "budget_id" uuid NOT NULL, "user_id" uuid NOT NULL, "district" character varying(80), "choice_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_budget_ballots_budget_id_user_id" UNIQUE ("budget_id", "user_id"), CONSTRAINT "ck_budget_ballots_choice_count" CHECK ("choice_count" >= 0), CONSTRAINT "pk_budget_ballots" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_budget_ballots_user_id" ON "budget_ballots" ("user_id") `);
        await queryRunner.query(`CREATE TABLE "budget_ballot_choices" ("ballot_id" uuid NOT NULL, "project_id" uuid NOT NULL, "envelope_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_budget_ballot_choices" PRIMARY KEY ("ballot_id", "project_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_budget_ballot_choices_project_id" ON "budget_ballot_choices" ("project_id") `);
        await queryRunner.query(`CREATE INDEX "ix_budget_ballot_choices_envelope_id" ON "budget_ballot_choices" ("envelope_id") `);
        await queryRunner.query(`ALTER TABLE "budgets" ADD CONSTRAINT "fk_budgets_created_by_id" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "budget_envelopes" ADD CONSTRAINT "fk_budget_envelopes_budget_id" FOREIGN KEY ("budget_id") REFERENCES "budgets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "budget_projects" ADD CONSTRAINT "fk_budget_projects_budget_id" FOREIGN KEY ("budget_id") REFERENCES "budgets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "budget_projects" ADD CONSTRAINT "fk_budget_projects_envelope_id" FOREIGN KEY ("envelope_id") REFERENCES "budget_envelopes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "budget_projects" ADD CONSTRAINT "fk_budget_projects_author_id" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "budget_projects" ADD CONSTRAINT "fk_budget_projects_proposal_id" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "budget_projects" ADD CONSTRAINT "fk_budget_projects_merged_into_id" FOREIGN KEY ("merged_into_id") REFERENCES "budget_projects"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "budget_project_updates" ADD CONSTRAINT "fk_budget_project_updates_project_id" FOREIGN KEY ("project_id") REFERENCES "budget_projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "budget_project_updates" ADD CONSTRAINT "fk_budget_project_updates_author_id" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "budget_ballots" ADD CONSTRAINT "fk_budget_ballots_budget_id" FOREIGN KEY ("budget_id") REFERENCES "budgets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "budget_ballots" ADD CONSTRAINT "fk_budget_ballots_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "budget_ballot_choices" ADD CONSTRAINT "fk_budget_ballot_choices_ballot_id" FOREIGN KEY ("ballot_id") REFERENCES "budget_ballots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "budget_ballot_choices" ADD CONSTRAINT "fk_budget_ballot_choices_project_id" FOREIGN KEY ("project_id") REFERENCES "budget_projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "budget_ballot_choices" ADD CONSTRAINT "fk_budget_ballot_choices_envelope_id" FOREIGN KEY ("envelope_id") REFERENCES "budget_envelopes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "budget_ballot_choices" DROP CONSTRAINT "fk_budget_ballot_choices_envelope_id"`);
        await queryRunner.query(`ALTER TABLE "budget_ballot_choices" DROP CONSTRAINT "fk_budget_ballot_choices_project_id"`);
        await queryRunner.query(`ALTER TABLE "budget_ballot_choices" DROP CONSTRAINT "fk_budget_ballot_choices_ballot_id"`);
        await queryRunner.query(`ALTER TABLE "budget_ballots" DROP CONSTRAINT "fk_budget_ballots_user_id"`);
        await queryRunner.query(`ALTER TABLE "budget_ballots" DROP CONSTRAINT "fk_budget_ballots_budget_id"`);
        await queryRunner.query(`ALTER TABLE "budget_project_updates" DROP CONSTRAINT "fk_budget_project_updates_author_id"`);
        await queryRunner.query(`ALTER TABLE "budget_project_updates" DROP CONSTRAINT "fk_budget_project_updates_project_id"`);
        await queryRunner.query(`ALTER TABLE "budget_projects" DROP CONSTRAINT "fk_budget_projects_merged_into_id"`);
        await queryRunner.query(`ALTER TABLE "budget_projects" DROP CONSTRAINT "fk_budget_projects_proposal_id"`);
        await queryRunner.query(`ALTER TABLE "budget_projects" DROP CONSTRAINT "fk_budget_projects_author_id"`);
        await queryRunner.query(`ALTER TABLE "budget_projects" DROP CONSTRAINT "fk_budget_projects_envelope_id"`);
        await queryRunner.query(`ALTER TABLE "budget_projects" DROP CONSTRAINT "fk_budget_projects_budget_id"`);
        await queryRunner.query(`ALTER TABLE "budget_envelopes" DROP CONSTRAINT "fk_budget_envelopes_budget_id"`);
        await queryRunner.query(`ALTER TABLE "budgets" DROP CONSTRAINT "fk_budgets_created_by_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_budget_ballot_choices_envelope_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_budget_ballot_choices_project_id"`);
        await queryRunner.query(`DROP TABLE "budget_ballot_choices"`);
        await queryRunner.query(`DROP INDEX "public"."ix_budget_ballots_user_id"`);
        await queryRunner.query(`DROP TABLE "budget_ballots"`);
        await queryRunner.query(`DROP INDEX "public"."ix_budget_project_updates_project_list"`);
        await queryRunner.query(`DROP INDEX "public"."ix_budget_project_updates_author_id"`);
        await queryRunner.query(`DROP TABLE "budget_project_updates"`);
        await queryRunner.query(`DROP INDEX "public"."ix_budget_projects_envelope_list"`);
        await queryRunner.query(`DROP INDEX "public"."ix_budget_projects_merged_into_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_budget_projects_proposal_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_budget_projects_author_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_budget_projects_budget_id"`);
        await queryRunner.query(`DROP TABLE "budget_projects"`);
        await queryRunner.query(`DROP INDEX "public"."ix_budget_envelopes_budget_id"`);
        await queryRunner.query(`DROP TABLE "budget_envelopes"`);
        await queryRunner.query(`DROP INDEX "public"."ix_budgets_list"`);
        await queryRunner.query(`DROP INDEX "public"."ix_budgets_created_by_id"`);
        await queryRunner.query(`DROP TABLE "budgets"`);
    }

}
