import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { sqlRows, Tx } from '../database/transaction';
import { CategoryEntity } from './category.entity';
import { DepartmentEntity } from './department.entity';

const DEPARTMENT_COLUMNS = `id, code, name, archived_at AS "archivedAt", created_at AS "createdAt"`;
const CATEGORY_COLUMNS = `id, name, archived_at AS "archivedAt", created_at AS "createdAt"`;

/** `archived`: true sets archived_at (keeping an earlier date), false clears it, null keeps it. */
const ARCHIVED_AT = (param: string) =>
  `archived_at = CASE WHEN ${param}::boolean IS NULL THEN archived_at WHEN ${param} THEN COALESCE(archived_at, now()) ELSE NULL END`;

@Injectable()
export class CommuneRepository {
  /** Inserts unless the code exists; returns null on a duplicate code. */
  async insertDepartment(tx: Tx, code: string, name: string): Promise<DepartmentEntity | null> {
    const rows: DepartmentEntity[] = await tx.query(
      `INSERT INTO departments (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING RETURNING ${DEPARTMENT_COLUMNS}`,
      [code, name],
    );
    return rows[0] ?? null;
  }

  async insertCategory(tx: Tx, name: string): Promise<CategoryEntity | null> {
    const rows: CategoryEntity[] = await tx.query(
      `INSERT INTO categories (name) VALUES ($1) ON CONFLICT (name) DO NOTHING RETURNING ${CATEGORY_COLUMNS}`,
      [name],
    );
    return rows[0] ?? null;
  }

  /** The department's row, locked: FOR UPDATE to change it, FOR SHARE to attach a new record to it. */
  async lockDepartment(tx: Tx, id: string, mode: 'UPDATE' | 'SHARE'): Promise<DepartmentEntity | null> {
    const rows: DepartmentEntity[] = await tx.query(
      `SELECT ${DEPARTMENT_COLUMNS} FROM departments WHERE id = $1 FOR ${mode === 'UPDATE' ? 'UPDATE' : 'SHARE'}`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Changes the name (null: keep) and the archived state (see ARCHIVED_AT). */
  async updateDepartment(tx: Tx, id: string, change: { name?: string; archived?: boolean }): Promise<DepartmentEntity | null> {
    const rows = await sqlRows<DepartmentEntity>(
      tx,
      `UPDATE departments SET name = COALESCE($2, name), ${ARCHIVED_AT('$3')} WHERE id = $1 RETURNING ${DEPARTMENT_COLUMNS}`,
      [id, change.name ?? null, change.archived ?? null],
    );
    return rows[0] ?? null;
  }

  /** Null when the id is unknown; a duplicate name fails on uq_categories_name (the caller maps it). */
  async updateCategory(tx: Tx, id: string, change: { name?: string; archived?: boolean }): Promise<CategoryEntity | null> {
    const rows = await sqlRows<CategoryEntity>(
      tx,
      `UPDATE categories SET name = COALESCE($2, name), ${ARCHIVED_AT('$3')} WHERE id = $1 RETURNING ${CATEGORY_COLUMNS}`,
      [id, change.name ?? null, change.archived ?? null],
    );
    return rows[0] ?? null;
  }

  listDepartments(tx: Tx, includeArchived: boolean): Promise<DepartmentEntity[]> {
    return tx.query(`SELECT ${DEPARTMENT_COLUMNS} FROM departments WHERE $1 OR archived_at IS NULL ORDER BY name, id`, [includeArchived]);
  }

  listCategories(tx: Tx, includeArchived: boolean): Promise<CategoryEntity[]> {
    return tx.query(`SELECT ${CATEGORY_COLUMNS} FROM categories WHERE $1 OR archived_at IS NULL ORDER BY name, id`, [includeArchived]);
  }

  departmentsByIds(tx: Tx, ids: readonly string[]): Promise<DepartmentEntity[]> {
    return tx.findBy(DepartmentEntity, { id: In([...ids]) });
  }

  categoriesByIds(tx: Tx, ids: readonly string[]): Promise<CategoryEntity[]> {
    return tx.findBy(CategoryEntity, { id: In([...ids]) });
  }

  departmentByCode(tx: Tx, code: string): Promise<DepartmentEntity | null> {
    return tx.findOneBy(DepartmentEntity, { code });
  }
}
