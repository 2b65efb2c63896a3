import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Tx } from '../database/transaction';
import { CategoryEntity } from './category.entity';
import { DepartmentEntity } from './department.entity';

@Injectable()
export class CommuneRepository {
  /** Inserts unless the code exists; returns null on a duplicate code. */
  async insertDepartment(tx: Tx, code: string, name: string): Promise<DepartmentEntity | null> {
    const rows: DepartmentEntity[] = await tx.query(
      `INSERT INTO departments (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING
       RETURNING id, code, name, created_at AS "createdAt"`,
      [code, name],
    );
    return rows[0] ?? null;
  }

  async insertCategory(tx: Tx, name: string): Promise<CategoryEntity | null> {
    const rows: CategoryEntity[] = await tx.query(
      `INSERT INTO categories (name) VALUES ($1) ON CONFLICT (name) DO NOTHING
       RETURNING id, name, created_at AS "createdAt"`,
      [name],
    );
    return rows[0] ?? null;
  }

  listDepartments(tx: Tx): Promise<DepartmentEntity[]> {
    return tx.find(DepartmentEntity, { order: { name: 'ASC' } });
  }

  listCategories(tx: Tx): Promise<CategoryEntity[]> {
    return tx.find(CategoryEntity, { order: { name: 'ASC' } });
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
