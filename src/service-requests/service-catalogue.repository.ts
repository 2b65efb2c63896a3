import { Injectable } from '@nestjs/common';
import { sqlRows, Tx } from '../database/transaction';
import type { ServiceFieldDefinition } from './service-fields';

export interface ServiceRow {
  id: string;
  code: string;
  name: string;
  description: string;
  kind: string;
  groupName: string;
  position: number;
  departmentId: string;
  targetDays: number;
  requestsPublic: boolean;
  fields: ServiceFieldDefinition[];
  fieldsVersion: number;
  active: boolean;
  createdAt: Date;
}

export interface TemplateRow {
  id: string;
  departmentId: string;
  title: string;
  body: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface FieldVersionRow {
  serviceId: string;
  version: number;
  fields: ServiceFieldDefinition[];
}

const SERVICE_COLUMNS = `s.id, s.code, s.name, s.description, s.kind, s.group_name AS "groupName", s.position,
  s.department_id AS "departmentId", s.target_days AS "targetDays", s.requests_public AS "requestsPublic", s.fields,
  s.fields_version AS "fieldsVersion", s.active, s.created_at AS "createdAt"`;
const TEMPLATE_COLUMNS = `t.id, t.department_id AS "departmentId", t.title, t.body, t.created_at AS "createdAt", t.updated_at AS "updatedAt"`;

/**
 * Serialises the writes of the catalogue (admins, rarely): positions are read and written under it,
 * so two services added to one group at once cannot take the same place. Held until the
 * transaction ends.
 */
const CATALOGUE_LOCK = `SELECT pg_advisory_xact_lock(hashtext('parvis.service-catalogue'))`;

/** Every query on the service catalogue and the departments' response templates. */
@Injectable()
export class ServiceCatalogueRepository {
  async lockCatalogue(tx: Tx): Promise<void> {
    await tx.query(CATALOGUE_LOCK);
  }

  /**
   * Inserts the service last in its group, with its fields as version 1. Null when the code is
   * taken (the unique constraint decides). Under lockCatalogue.
   */
  async insertService(
    tx: Tx,
    s: {
      code: string;
      name: string;
      description: string;
      kind: string;
      groupName: string;
      departmentId: string;
      targetDays: number;
      requestsPublic: boolean;
      fields: ServiceFieldDefinition[];
    },
  ): Promise<ServiceRow | null> {
    const rows: ServiceRow[] = await tx.query(
      `INSERT INTO services AS s (code, name, description, kind, group_name, position, department_id, target_days, requests_public, fields)
       VALUES ($1, $2, $3, $4, $5::text, (SELECT COALESCE(max(position), 0) + 1 FROM services WHERE group_name = $5::text), $6, $7, $8, $9::jsonb)
       ON CONFLICT (code) DO NOTHING RETURNING ${SERVICE_COLUMNS}`,
      [s.code, s.name, s.description, s.kind, s.groupName, s.departmentId, s.targetDays, s.requestsPublic, JSON.stringify(s.fields)],
    );
    if (rows[0]) await this.insertFieldVersion(tx, rows[0]);
    return rows[0] ?? null;
  }

  /** The service's row, locked until the transaction ends. */
  async lockService(tx: Tx, id: string): Promise<ServiceRow | null> {
    const rows: ServiceRow[] = await tx.query(`SELECT ${SERVICE_COLUMNS} FROM services s WHERE s.id = $1 FOR UPDATE`, [id]);
    return rows[0] ?? null;
  }

  /**
   * Changes the given columns only (undefined: keep). Fields that differ from the stored ones (jsonb
   * equality: same definitions in the same order) raise `fields_version`; the caller then stores
   * the new version (insertFieldVersion). A new group puts the service last in it (under lockCatalogue).
   */
  async updateService(
    tx: Tx,
    id: string,
    s: {
      name?: string;
      description?: string;
      kind?: string;
      groupName?: string;
      targetDays?: number;
      requestsPublic?: boolean;
      fields?: ServiceFieldDefinition[];
      active?: boolean;
      departmentId?: string;
    },
  ): Promise<ServiceRow | null> {
    const rows = await sqlRows<ServiceRow>(
      tx,
      `UPDATE services s SET name = COALESCE($2, name), description = COALESCE($3, description), kind = COALESCE($4, kind),
         position = CASE WHEN $5::text IS NULL OR $5::text = group_name THEN position
                         ELSE (SELECT COALESCE(max(o.position), 0) + 1 FROM services o WHERE o.group_name = $5::text) END,
         group_name = COALESCE($5::text, group_name), target_days = COALESCE($6, target_days),
         requests_public = COALESCE($7, requests_public),
         fields_version = CASE WHEN $8::jsonb IS NOT NULL AND $8::jsonb IS DISTINCT FROM fields THEN fields_version + 1 ELSE fields_version END,
         fields = COALESCE($8::jsonb, fields), active = COALESCE($9, active),
         department_id = COALESCE($10, department_id), updated_at = now()
       WHERE id = $1 RETURNING ${SERVICE_COLUMNS}`,
      [
        id,
        s.name ?? null,
        s.description ?? null,
        s.kind ?? null,
        s.groupName ?? null,
        s.targetDays ?? null,
        s.requestsPublic ?? null,
        s.fields ? JSON.stringify(s.fields) : null,
        s.active ?? null,
        s.departmentId ?? null,
      ],
    );
    return rows[0] ?? null;
  }

  /** Keeps the service's current fields as its version `fieldsVersion` (never changed afterwards). */
  async insertFieldVersion(tx: Tx, s: { id: string; fieldsVersion: number; fields: ServiceFieldDefinition[] }): Promise<void> {
    await tx.query(`INSERT INTO service_field_versions (service_id, version, fields) VALUES ($1, $2, $3::jsonb)`, [
      s.id,
      s.fieldsVersion,
      JSON.stringify(s.fields),
    ]);
  }

  /** Field versions by (service, version) pairs, one query. */
  fieldVersions(tx: Tx, keys: readonly { serviceId: string; version: number }[]): Promise<FieldVersionRow[]> {
    return tx.query(
      `SELECT v.service_id AS "serviceId", v.version, v.fields
         FROM service_field_versions v
         JOIN unnest($1::uuid[], $2::int[]) AS k(service_id, version) ON k.service_id = v.service_id AND k.version = v.version`,
      [keys.map((k) => k.serviceId), keys.map((k) => k.version)],
    );
  }

  /** The nearest active service of the group above (UP) or below (DOWN) this position, locked. */
  async neighbourInGroup(tx: Tx, groupName: string, position: number, direction: 'UP' | 'DOWN'): Promise<ServiceRow | null> {
    const rows: ServiceRow[] = await tx.query(
      direction === 'UP'
        ? `SELECT ${SERVICE_COLUMNS} FROM services s WHERE s.group_name = $1 AND s.active AND s.position < $2 ORDER BY s.position DESC LIMIT 1 FOR UPDATE`
        : `SELECT ${SERVICE_COLUMNS} FROM services s WHERE s.group_name = $1 AND s.active AND s.position > $2 ORDER BY s.position ASC LIMIT 1 FOR UPDATE`,
      [groupName, position],
    );
    return rows[0] ?? null;
  }

  /** Exchanges two services' positions in one statement (the unique constraint is checked at its end). */
  async swapPositions(tx: Tx, a: { id: string; position: number }, b: { id: string; position: number }): Promise<void> {
    await tx.query(
      `UPDATE services SET position = CASE WHEN id = $1 THEN $4::int ELSE $3::int END, updated_at = now() WHERE id IN ($1, $2)`,
      [a.id, b.id, a.position, b.position],
    );
  }

  /** A group's services (withdrawn ones too) in their order. */
  servicesOfGroup(tx: Tx, groupName: string): Promise<ServiceRow[]> {
    return tx.query(`SELECT ${SERVICE_COLUMNS} FROM services s WHERE s.group_name = $1 ORDER BY s.position, s.id`, [groupName]);
  }

  /** Active services a department owns (archiving it waits until there are none). */
  async countActiveServicesOf(tx: Tx, departmentId: string): Promise<number> {
    const [row]: { n: number }[] = await tx.query(`SELECT count(*)::int AS n FROM services WHERE department_id = $1 AND active`, [
      departmentId,
    ]);
    return row.n;
  }

  listServices(tx: Tx, includeInactive: boolean): Promise<ServiceRow[]> {
    return tx.query(`SELECT ${SERVICE_COLUMNS} FROM services s WHERE $1 OR s.active ORDER BY s.id`, [includeInactive]);
  }

  servicesByIds(tx: Tx, ids: readonly string[]): Promise<ServiceRow[]> {
    return tx.query(`SELECT ${SERVICE_COLUMNS} FROM services s WHERE s.id = ANY($1::uuid[])`, [ids]);
  }

  async serviceByCode(tx: Tx, code: string): Promise<ServiceRow | null> {
    const rows: ServiceRow[] = await tx.query(`SELECT ${SERVICE_COLUMNS} FROM services s WHERE s.code = $1`, [code]);
    return rows[0] ?? null;
  }

  async insertTemplate(tx: Tx, t: { departmentId: string; title: string; body: string }): Promise<TemplateRow | null> {
    const rows: TemplateRow[] = await tx.query(
      `INSERT INTO response_templates AS t (department_id, title, body) VALUES ($1, $2, $3)
       ON CONFLICT (department_id, title) DO NOTHING RETURNING ${TEMPLATE_COLUMNS}`,
      [t.departmentId, t.title, t.body],
    );
    return rows[0] ?? null;
  }

  async templateById(tx: Tx, id: string): Promise<TemplateRow | null> {
    const rows: TemplateRow[] = await tx.query(`SELECT ${TEMPLATE_COLUMNS} FROM response_templates t WHERE t.id = $1`, [id]);
    return rows[0] ?? null;
  }

  async updateTemplate(tx: Tx, id: string, t: { title?: string; body?: string }): Promise<TemplateRow | null> {
    const [rows]: [TemplateRow[], number] = await tx.query(
      `UPDATE response_templates t SET title = COALESCE($2, title), body = COALESCE($3, body), updated_at = now()
       WHERE id = $1 RETURNING ${TEMPLATE_COLUMNS}`,
      [id, t.title ?? null, t.body ?? null],
    );
    return rows[0] ?? null;
  }

  async deleteTemplate(tx: Tx, id: string): Promise<boolean> {
    const [, affected]: [unknown[], number] = await tx.query(`DELETE FROM response_templates WHERE id = $1`, [id]);
    return affected > 0;
  }

  templatesOf(tx: Tx, departmentId: string): Promise<TemplateRow[]> {
    return tx.query(`SELECT ${TEMPLATE_COLUMNS} FROM response_templates t WHERE t.department_id = $1 ORDER BY t.title, t.id LIMIT 200`, [
      departmentId,
    ]);
  }
}
