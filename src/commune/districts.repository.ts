import { Injectable } from '@nestjs/common';
import { sqlRows, Tx } from '../database/transaction';
import type { DistrictShape, ShapeRing } from './district-shape';

/** A district as the service works with it. */
export interface DistrictRow {
  id: string;
  name: string;
  position: number;
  archivedAt: Date | null;
  shape: DistrictShape | null;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS = `d.id, d.name, d.position, d.archived_at AS "archivedAt", d.shape, d.created_at AS "createdAt", d.updated_at AS "updatedAt"`;

@Injectable()
export class DistrictsRepository {
  /**
   * Serialises the admins' district changes (names are unique whatever their case, which a plain
   * unique constraint cannot say; positions are taken at the end): one transaction at a time.
   */
  async lockForChanges(tx: Tx): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('parvis:districts'))`);
  }

  async insert(tx: Tx, name: string, shape: DistrictShape | null): Promise<DistrictRow> {
    const [row] = await sqlRows<DistrictRow>(
      tx,
      `INSERT INTO districts AS d (name, position, shape)
       VALUES ($1, (SELECT COALESCE(max(position), 0) + 1 FROM districts), $2::jsonb)
       RETURNING ${COLUMNS}`,
      [name, shape === null ? null : JSON.stringify(shape)],
    );
    return row;
  }

  /** The district, locked FOR UPDATE (record creations naming it wait, and it waits for theirs). */
  async lock(tx: Tx, id: string): Promise<DistrictRow | null> {
    const [row] = await sqlRows<DistrictRow>(tx, `SELECT ${COLUMNS} FROM districts d WHERE d.id = $1 FOR UPDATE`, [id]);
    return row ?? null;
  }

  async byId(tx: Tx, id: string): Promise<DistrictRow | null> {
    const [row] = await sqlRows<DistrictRow>(tx, `SELECT ${COLUMNS} FROM districts d WHERE d.id = $1`, [id]);
    return row ?? null;
  }

  /** Another district already named so, whatever the case. */
  async nameTaken(tx: Tx, name: string, exceptId: string | null): Promise<boolean> {
    const rows = await sqlRows(tx, `SELECT 1 FROM districts WHERE lower(name) = lower($1) AND id IS DISTINCT FROM $2::uuid`, [
      name,
      exceptId,
    ]);
    return rows.length > 0;
  }

  async rename(tx: Tx, id: string, name: string): Promise<DistrictRow> {
    const [row] = await sqlRows<DistrictRow>(
      tx,
      `UPDATE districts d SET name = $2, updated_at = now() WHERE d.id = $1 RETURNING ${COLUMNS}`,
      [id, name],
    );
    return row;
  }

  /** Replaces the shape and its rings (null: no shape, no rings). */
  async setShape(tx: Tx, id: string, shape: DistrictShape | null, rings: ShapeRing[]): Promise<DistrictRow> {
    await tx.query(`DELETE FROM district_rings WHERE district_id = $1`, [id]);
    if (rings.length) {
      await tx.query(
        `INSERT INTO district_rings (district_id, part, ring, outline)
         SELECT $1, r.part, r.ring, r.outline::polygon
         FROM unnest($2::smallint[], $3::smallint[], $4::text[]) AS r(part, ring, outline)`,
        [id, rings.map((r) => r.part), rings.map((r) => r.ring), rings.map((r) => r.outline)],
      );
    }
    const [row] = await sqlRows<DistrictRow>(
      tx,
      `UPDATE districts d SET shape = $2::jsonb, updated_at = now() WHERE d.id = $1 RETURNING ${COLUMNS}`,
      [id, shape === null ? null : JSON.stringify(shape)],
    );
    return row;
  }

  async setArchived(tx: Tx, id: string, archived: boolean): Promise<DistrictRow> {
    const [row] = await sqlRows<DistrictRow>(
      tx,
      `UPDATE districts d SET archived_at = CASE WHEN $2 THEN COALESCE(archived_at, now()) END, updated_at = now()
       WHERE d.id = $1 RETURNING ${COLUMNS}`,
      [id, archived],
    );
    return row;
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await tx.query(`DELETE FROM districts WHERE id = $1`, [id]);
  }

  /** Names of the active districts, in order. */
  async activeNames(tx: Tx): Promise<string[]> {
    const rows = await sqlRows<{ name: string }>(tx, `SELECT name FROM districts WHERE archived_at IS NULL ORDER BY position, id`);
    return rows.map((r) => r.name);
  }

  /** A page in list order (position, id), `limit` rows after the keyset. */
  page(tx: Tx, includeArchived: boolean, limit: number, after?: [number, string]): Promise<DistrictRow[]> {
    const params: unknown[] = [limit];
    const where: string[] = [];
    if (!includeArchived) where.push('d.archived_at IS NULL');
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(d.position, d.id) > ($2::int, $3::uuid)`);
    }
    return sqlRows<DistrictRow>(
      tx,
      `SELECT ${COLUMNS} FROM districts d ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY d.position, d.id LIMIT $1`,
      params,
    );
  }

  async count(tx: Tx, includeArchived: boolean): Promise<number> {
    const [row] = await sqlRows<{ n: number }>(
      tx,
      `SELECT count(*)::int AS n FROM districts ${includeArchived ? '' : 'WHERE archived_at IS NULL'}`,
    );
    return row.n;
  }

  /**
   * The districts with these names, locked FOR KEY SHARE until the caller's transaction ends: a
   * record being written with one of them and a rename, merge (FOR UPDATE) of it wait for each
   * other, so the rename always sees, and rewrites, the new record.
   */
  lockByNames(tx: Tx, names: string[]): Promise<{ name: string; archived: boolean }[]> {
    return sqlRows(
      tx,
      `SELECT name, archived_at IS NOT NULL AS archived FROM districts WHERE name = ANY($1::text[]) ORDER BY id FOR KEY SHARE`,
      [names],
    );
  }

  byNames(tx: Tx, names: string[]): Promise<{ name: string; archived: boolean }[]> {
    return sqlRows(tx, `SELECT name, archived_at IS NOT NULL AS archived FROM districts WHERE name = ANY($1::text[])`, [names]);
  }

  /**
   * The first active district (in list order) whose shape holds the point: inside an outer ring of
   * one of its parts and in none of that part's holes. PostgreSQL's own polygons (`@>`), no PostGIS;
   * a point on a border belongs to both districts, the first one wins.
   */
  async at(tx: Tx, longitude: number, latitude: number): Promise<DistrictRow | null> {
    const [row] = await sqlRows<DistrictRow>(
      tx,
      `SELECT ${COLUMNS} FROM districts d
       WHERE d.archived_at IS NULL AND EXISTS (
         SELECT 1 FROM district_rings o
         WHERE o.district_id = d.id AND o.ring = 0 AND o.outline @> point($1, $2)
           AND NOT EXISTS (
             SELECT 1 FROM district_rings h
             WHERE h.district_id = o.district_id AND h.part = o.part AND h.ring > 0 AND h.outline @> point($1, $2)))
       ORDER BY d.position, d.id LIMIT 1`,
      [longitude, latitude],
    );
    return row ?? null;
  }

  /**
   * The box holding the outer rings of every active district (null when none has an outline), from
   * each polygon's own bounding box (`box(polygon)`: corner [0] is north-east, [1] south-west).
   */
  async extent(tx: Tx): Promise<{ south: number; west: number; north: number; east: number } | null> {
    const [row] = await sqlRows<{ south: number | null; west: number | null; north: number | null; east: number | null }>(
      tx,
      `SELECT min((b.sw)[1]) AS south, min((b.sw)[0]) AS west, max((b.ne)[1]) AS north, max((b.ne)[0]) AS east
       FROM district_rings r JOIN districts d ON d.id = r.district_id
       CROSS JOIN LATERAL (SELECT (box(r.outline))[0] AS ne, (box(r.outline))[1] AS sw) b
       WHERE d.archived_at IS NULL AND r.ring = 0`,
    );
    return row && row.south !== null && row.west !== null && row.north !== null && row.east !== null
      ? { south: row.south, west: row.west, north: row.north, east: row.east }
      : null;
  }

  /** On first start: the names of DISTRICTS, when the table is still empty. Returns how many went in. */
  async seedIfEmpty(tx: Tx, names: string[]): Promise<number> {
    const rows = await sqlRows(
      tx,
      `INSERT INTO districts (name, position)
       SELECT n.name, n.position FROM unnest($1::text[]) WITH ORDINALITY AS n(name, position)
       WHERE NOT EXISTS (SELECT 1 FROM districts)
       RETURNING id`,
      [names],
    );
    return rows.length;
  }
}
