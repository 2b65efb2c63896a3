import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A page of comments is read in thread order (created_at, id) and stops after its rows (LIMIT per
 * target or parent, see CommentsRepository.topLevelPages and replyPages), instead of numbering all
 * of a target's comments with a window function: the indexes end with `id`, the keyset's tiebreak,
 * and the top-level one holds top-level comments only (replies are reached through their parent).
 * The same indexes count a target's top-level comments and a comment's replies, index only.
 */
export class CommentPageIndexes1795960317630 implements MigrationInterface {
  name = 'CommentPageIndexes1795960317630';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_comments_target_type_target_id_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_comments_parent_id_created_at"`);
    await queryRunner.query(
      `CREATE INDEX "ix_comments_top_level_page" ON "comments" ("target_type", "target_id", "created_at", "id") WHERE "parent_id" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_comments_parent_id_created_at_id" ON "comments" ("parent_id", "created_at", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_comments_parent_id_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_comments_top_level_page"`);
    await queryRunner.query(`CREATE INDEX "ix_comments_parent_id_created_at" ON "comments" ("parent_id", "created_at") `);
    await queryRunner.query(
      `CREATE INDEX "ix_comments_target_type_target_id_created_at" ON "comments" ("target_type", "target_id", "created_at") `,
    );
  }
}
