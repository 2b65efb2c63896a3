import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Comments name their target in 30 characters like follows, notifications and flags do
 * (`BUDGET_PROJECT_UPDATE` has 21); editions can be hidden by moderation.
 */
export class BudgetModeration1795947061693 implements MigrationInterface {
  name = 'BudgetModeration1795947061693';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "comments" ALTER COLUMN "target_type" TYPE character varying(30)`);
    await queryRunner.query(`ALTER TABLE "budgets" ADD "hidden_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "budgets" ADD "hidden_reason" character varying(500)`);
    await queryRunner.query(`ALTER TABLE "budgets" ADD CONSTRAINT "ck_budgets_hidden" CHECK (("hidden_at" IS NULL) = ("hidden_reason" IS NULL))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "budgets" DROP CONSTRAINT "ck_budgets_hidden"`);
    await queryRunner.query(`ALTER TABLE "budgets" DROP COLUMN "hidden_reason"`);
    await queryRunner.query(`ALTER TABLE "budgets" DROP COLUMN "hidden_at"`);
    await queryRunner.query(`ALTER TABLE "comments" ALTER COLUMN "target_type" TYPE character varying(20)`);
  }
}
