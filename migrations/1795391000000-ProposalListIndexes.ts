import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The proposal list's three orders (newest, most supported, most commented) read the first page
 * straight from an index instead of sorting every public proposal: partial indexes on the same
 * expressions and direction as ProposalsRepository.page, drafts left out like the list leaves them.
 * Expression and partial indexes TypeORM neither models nor drops (see ProposalEntity).
 */
export class ProposalListIndexes1795391000000 implements MigrationInterface {
  name = 'ProposalListIndexes1795391000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_proposals_list_date" ON "proposals" ((COALESCE("published_at", "created_at")) DESC, "id" DESC) WHERE "status" <> 'DRAFT'`,
    );
    await queryRunner.query(`CREATE INDEX "ix_proposals_list_supports" ON "proposals" ("support_count" DESC, "id" DESC) WHERE "status" <> 'DRAFT'`);
    await queryRunner.query(`CREATE INDEX "ix_proposals_list_comments" ON "proposals" ("comment_count" DESC, "id" DESC) WHERE "status" <> 'DRAFT'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_proposals_list_comments"`);
    await queryRunner.query(`DROP INDEX "public"."ix_proposals_list_supports"`);
    await queryRunner.query(`DROP INDEX "public"."ix_proposals_list_date"`);
  }
}
