import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Comments name their target in 30 characters like follows, notifications and flags do
 * (`BUDGET_PROJECT_UPDATE` has 21); editions can be hidden by moderation.
 */
export class BudgetModeration1795947061693 implements MigrationInterface {
  name = 'BudgetModeration1795947061693';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "comments" ALTER COLUMN "target_type" TYPE character varying(30)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "comments" ALTER COLUMN "target_type" TYPE character varying(20)`);
  }
}
