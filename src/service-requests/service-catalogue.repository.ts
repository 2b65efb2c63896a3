import { Injectable } from '@nestjs/common';
import { Tx } from '../database/transaction';
import type { ServiceFieldDefinition } from './service-fields';

export interface ServiceRow {
  id: string;
  code: string;
  name: string;
  description: string;
  kind: string;
  groupName: string;
  departmentId: string;
  targetDays: number;
  fields: ServiceFieldDefinition[];
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

const SERVICE_COLUMNS = `s.id, s.code, s.name, s.description, s.kind, s.group_name AS "groupName",
  s.department_id AS "departmentId", s.target_days AS "targetDays", s.fields, s.active, s.created_at AS "createdAt"`;
const TEMPLATE_COLUMNS = `t.id, t.department_id AS "departmentId", t.title, t.body, t.created_at AS "createdAt", t.updated_at AS "updatedAt"`;

/** Every query on the service catalogue and the departments' response templates. */
@Injectable()
export class ServiceCatalogueRepository {
  /** Null when the code is taken (the unique constraint decides). */
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
      fields: ServiceFieldDefinition[];
    },
  ): Promise<ServiceRow | null> {
    const rows: ServiceRow[] = await tx.query(
      `INSERT INTO services AS s (code, name, description, kind, group_name, department_id, target_days, fields)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb) ON CONFLICT (code) DO NOTHING RETURNING ${SERVICE_COLUMNS}`,
      [s.code, s.name, s.description, s.kind, s.groupName, s.departmentId, s.targetDays, JSON.stringify(s.fields)],
    );
    return rows[0] ?? null;
  }

  /** Changes the given columns only (null: keep). */
  async updateService(
    tx: Tx,
    id: string,
    s: {
      name?: string;
      description?: string;
      groupName?: string;
      targetDays?: number;
      fields?: ServiceFieldDefinition[];
      active?: boolean;
      departmentId?: string;
    },
  ): Promise<ServiceRow | null> {
    // TypeORM answers UPDATE and DELETE with [rows, affected].
    const [rows]: [ServiceRow[], number] = await tx.query(
      `UPDATE services s SET name = COALESCE($2, name), description = COALESCE($3, description),
         group_name = COALESCE($4, group_name), target_days = COALESCE($5, target_days),
         fields = COALESCE($6::jsonb, fields), active = COALESCE($7, active),
         department_id = COALESCE($8, department_id), updated_at = now()
       WHERE id = $1 RETURNING ${SERVICE_COLUMNS}`,
      [
        id,
        s.name ?? null,
        s.description ?? null,
        s.groupName ?? null,
        s.targetDays ?? null,
        s.fields ? JSON.stringify(s.fields) : null,
        s.active ?? null,
        s.departmentId ?? null,
      ],
    );
    return rows[0] ?? null;
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
