import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A page of comments is read in thread order (created_at, id) and stops after its rows (LIMIT per
 * target or parent, see CommentsRepository.topLevelPages and replyPages), instead of numbering all
 * of a target's comments with a window function: the indexes end with `id`, the keyset's tiebreak,
 * and the top-level one holds top-level comments only (replies are reached through their parent).
 * The same indexes count a target's top-level comments and a comment's replies, index only.
 *
 * The proposal list's filters (district, status, category) and its total count read
 * ix_proposals_list_filters, partial on what every public list asks (no drafts, not hidden): the
 * count is an index-only scan instead of a sequential scan of the proposals and their texts, and a
 * selective filter (a small district, a rare status) reads its few rows and sorts them instead of
 * walking an order's index until 20 match.
 */
export class ProposalPathIndexes1795960317630 implements MigrationInterface {
  name = 'ProposalPathIndexes1795960317630';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_comments_target_type_target_id_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_comments_parent_id_created_at"`);
    await queryRunner.query(
      `CREATE INDEX "ix_comments_top_level_page" ON "comments" ("target_type", "target_id", "created_at", "id") WHERE "parent_id" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_comments_parent_id_created_at_id" ON "comments" ("parent_id", "created_at", "id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_proposals_list_filters" ON "proposals" ("district", "status", "category_id") WHERE "status" <> 'DRAFT' AND "hidden_at" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_proposals_list_filters"`);
    await queryRunner.query(`DROP INDEX "public"."ix_comments_parent_id_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_comments_top_level_page"`);
    await queryRunner.query(`CREATE INDEX "ix_comments_parent_id_created_at" ON "comments" ("parent_id", "created_at") `);
    await queryRunner.query(
      `CREATE INDEX "ix_comments_target_type_target_id_created_at" ON "comments" ("target_type", "target_id", "created_at") `,
    );
  }
}
