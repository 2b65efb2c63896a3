import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public dashboard's cache is told when its figures may have changed: a statement-level trigger
 * on every table the figures read sends NOTIFY parvis_stats_changed. PostgreSQL delivers it only
 * when the writing transaction commits (and once per transaction, however many statements), so
 * every write path (services, raw SQL, district renames, erasure) invalidates, with no shared
 * counter row for concurrent writers to queue on.
 */
const TABLES = ['service_requests', 'services', 'departments', 'proposals', 'consultations', 'users', 'user_roles'];

export class StatsNotify1795952591927 implements MigrationInterface {
  name = 'StatsNotify1795952591927';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION parvis_stats_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('parvis_stats_changed', ''); RETURN NULL; END $$`,
    );
    for (const table of TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "tg_${table}_stats_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION parvis_stats_changed()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`DROP TRIGGER "tg_${table}_stats_changed" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION parvis_stats_changed()`);
  }
}
