import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AppError } from '../common/app-error';
import { Capabilities } from '../common/capability';
import { isUuid } from '../common/ids';
import { TransactionRunner, Tx, uniqueViolation } from '../database/transaction';
import { byKeys } from '../graphql/loaders';
import { CategoryEntity } from './category.entity';
import { CommuneRepository } from './commune.repository';
import { DepartmentEntity } from './department.entity';
import { DEPARTMENT_USAGE } from './department-usage';

/** The reasons (extensions.reason) of departments and categories; clients translate them. */
export const CommuneReason = {
  DEPARTMENT_CODE_TAKEN: 'DEPARTMENT_CODE_TAKEN',
  DEPARTMENT_NOT_FOUND: 'DEPARTMENT_NOT_FOUND',
  /** Archiving refused: something still brings it new work (details.uses: [{ kind, count }]). */
  DEPARTMENT_IN_USE: 'DEPARTMENT_IN_USE',
  CATEGORY_NAME_TAKEN: 'CATEGORY_NAME_TAKEN',
  CATEGORY_NOT_FOUND: 'CATEGORY_NOT_FOUND',
} as const;

const collator = new Intl.Collator('fr', { sensitivity: 'base' });
const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);

/**
 * The commune's reference data: departments, proposal categories and districts. Departments and
 * categories are renamed and archived, never deleted (requests, services, agents and proposals
 * point to them): an archived one is offered for no new record and still shows on the old ones.
 */
@Injectable()
export class CommuneService {
  constructor(
    private readonly repo: CommuneRepository,
    private readonly tx: TransactionRunner,
    private readonly capabilities: Capabilities,
  ) {}

  /** Admin only (checked by the resolver's @Roles). CONFLICT DEPARTMENT_CODE_TAKEN. */
  async createDepartment(code: string, name: string): Promise<DepartmentEntity> {
    const created = await this.tx.run((tx) => this.repo.insertDepartment(tx, code, name.trim()));
    if (!created)
      throw new AppError('CONFLICT', CommuneReason.DEPARTMENT_CODE_TAKEN, [
        { path: 'input.code', message: 'is already used', constraint: 'unique' },
      ]);
    return created;
  }

  /**
   * Admin: renames, archives or brings back a department (its code never changes). NOT_FOUND
   * DEPARTMENT_NOT_FOUND; CONFLICT DEPARTMENT_IN_USE when archiving a department that other
   * domains still need open (active services), with `details.uses`. The department's row is locked
   * FOR UPDATE first, so a service being attached to it at the same moment is either counted or
   * waits and then finds it archived.
   */
  async updateDepartment(id: string, change: { name?: string; archived?: boolean }): Promise<DepartmentEntity> {
    return this.tx.run(async (tx) => {
      const current = isUuid(id) ? await this.repo.lockDepartment(tx, id, 'UPDATE') : null;
      if (!current) throw AppError.notFound(CommuneReason.DEPARTMENT_NOT_FOUND);
      if (change.archived && !current.archivedAt) {
        const uses: { kind: string; count: number }[] = [];
        for (const { key, provider } of this.capabilities.all(DEPARTMENT_USAGE)) {
          const count = await provider.activeUsesOf(tx, id);
          if (count > 0) uses.push({ kind: key, count });
        }
        if (uses.length) throw new AppError('CONFLICT', CommuneReason.DEPARTMENT_IN_USE, undefined, { uses });
      }
      return (await this.repo.updateDepartment(tx, id, { name: change.name?.trim(), archived: change.archived }))!;
    });
  }

  /** Admin only. CONFLICT CATEGORY_NAME_TAKEN. */
  async createCategory(name: string): Promise<CategoryEntity> {
    const created = await this.tx.run((tx) => this.repo.insertCategory(tx, name.trim()));
    if (!created) throw this.categoryNameTaken();
    return created;
  }

  /** Admin: renames, archives or brings back a category. NOT_FOUND CATEGORY_NOT_FOUND; CONFLICT CATEGORY_NAME_TAKEN. */
  async updateCategory(id: string, change: { name?: string; archived?: boolean }): Promise<CategoryEntity> {
    const updated = isUuid(id)
      ? await this.tx
          .run((tx) => this.repo.updateCategory(tx, id, { name: change.name?.trim(), archived: change.archived }))
          .catch((error) => {
            throw uniqueViolation(error) ? this.categoryNameTaken() : error;
          })
      : null;
    if (!updated) throw AppError.notFound(CommuneReason.CATEGORY_NOT_FOUND);
    return updated;
  }

  /** By name (French order); the archived ones only when asked (admin screens, filters over old records). */
  async departments(includeArchived = false): Promise<DepartmentEntity[]> {
    return (await this.repo.listDepartments(this.tx.reader, includeArchived)).sort(byName);
  }

  async categories(includeArchived = false): Promise<CategoryEntity[]> {
    return (await this.repo.listCategories(this.tx.reader, includeArchived)).sort(byName);
  }

  departmentByCode(code: string): Promise<DepartmentEntity | null> {
    return this.repo.departmentByCode(this.tx.reader, code);
  }

  /**
   * A department a new record may name: it exists and is not archived (BAD_USER_INPUT on `path`,
   * constraint `exists` or `notArchived`). A quick check before the write; inside the write's
   * transaction use `lockOpenDepartment`.
   */
  async assertDepartmentExists(id: string, path: string): Promise<DepartmentEntity> {
    const [found] = isUuid(id) ? await this.repo.departmentsByIds(this.tx.reader, [id]) : [];
    return this.openDepartment(found, path);
  }

  /**
   * The same check inside the caller's transaction, holding the department's row FOR SHARE until it
   * commits: archiving (which takes it FOR UPDATE, then counts what still uses it) waits for the new
   * record and counts it, or the new record waits and finds the department archived.
   */
  async lockOpenDepartment(tx: Tx, id: string, path: string): Promise<DepartmentEntity> {
    return this.openDepartment(isUuid(id) ? await this.repo.lockDepartment(tx, id, 'SHARE') : null, path);
  }

  /** A category a proposal may take: it exists and is not archived (BAD_USER_INPUT `exists` or `notArchived`). */
  async assertCategoryExists(id: string, path: string): Promise<CategoryEntity> {
    const [found] = isUuid(id) ? await this.repo.categoriesByIds(this.tx.reader, [id]) : [];
    if (!found) throw AppError.field(path, 'exists', 'is not a known category');
    if (found.archivedAt) throw AppError.field(path, 'notArchived', 'is archived: choose another category');
    return found;
  }

  /** Loader factories (per request, see RequestLoaders). Archived ones included: old records still name them. */
  readonly departmentById = () =>
    new DataLoader<string, DepartmentEntity | null>(async (ids) =>
      byKeys(ids, await this.repo.departmentsByIds(this.tx.reader, ids), (d) => d.id),
    );

  readonly categoryById = () =>
    new DataLoader<string, CategoryEntity | null>(async (ids) =>
      byKeys(ids, await this.repo.categoriesByIds(this.tx.reader, ids), (c) => c.id),
    );

  private openDepartment(found: DepartmentEntity | null | undefined, path: string): DepartmentEntity {
    if (!found) throw AppError.field(path, 'exists', 'is not a known department');
    if (found.archivedAt) throw AppError.field(path, 'notArchived', 'is archived: choose another department');
    return found;
  }

  private categoryNameTaken(): AppError {
    return new AppError('CONFLICT', CommuneReason.CATEGORY_NAME_TAKEN, [
      { path: 'input.name', message: 'is already used', constraint: 'unique' },
    ]);
  }
}
