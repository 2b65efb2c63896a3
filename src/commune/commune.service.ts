import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AppError } from '../common/app-error';
import { isUuid } from '../common/ids';
import { TransactionRunner } from '../database/transaction';
import { byKeys } from '../graphql/loaders';
import { CategoryEntity } from './category.entity';
import { CommuneRepository } from './commune.repository';
import { DepartmentEntity } from './department.entity';

/** The commune's reference data: departments and proposal categories (districts: DistrictsService). */
@Injectable()
export class CommuneService {
  constructor(
    private readonly repo: CommuneRepository,
    private readonly tx: TransactionRunner,
  ) {}

  /** Admin only (checked by the resolver's @Roles). CONFLICT DEPARTMENT_CODE_TAKEN. */
  async createDepartment(code: string, name: string): Promise<DepartmentEntity> {
    const created = await this.tx.run((tx) => this.repo.insertDepartment(tx, code, name));
    if (!created)
      throw new AppError('CONFLICT', 'DEPARTMENT_CODE_TAKEN', [{ path: 'input.code', message: 'is already used', constraint: 'unique' }]);
    return created;
  }

  /** Admin only. CONFLICT CATEGORY_NAME_TAKEN. */
  async createCategory(name: string): Promise<CategoryEntity> {
    const created = await this.tx.run((tx) => this.repo.insertCategory(tx, name));
    if (!created)
      throw new AppError('CONFLICT', 'CATEGORY_NAME_TAKEN', [{ path: 'input.name', message: 'is already used', constraint: 'unique' }]);
    return created;
  }

  departments(): Promise<DepartmentEntity[]> {
    return this.repo.listDepartments(this.tx.reader);
  }

  categories(): Promise<CategoryEntity[]> {
    return this.repo.listCategories(this.tx.reader);
  }

  departmentByCode(code: string): Promise<DepartmentEntity | null> {
    return this.repo.departmentByCode(this.tx.reader, code);
  }

  async assertDepartmentExists(id: string, path: string): Promise<DepartmentEntity> {
    const [found] = isUuid(id) ? await this.repo.departmentsByIds(this.tx.reader, [id]) : [];
    if (!found) throw AppError.field(path, 'exists', 'is not a known department');
    return found;
  }

  async assertCategoryExists(id: string, path: string): Promise<CategoryEntity> {
    const [found] = isUuid(id) ? await this.repo.categoriesByIds(this.tx.reader, [id]) : [];
    if (!found) throw AppError.field(path, 'exists', 'is not a known category');
    return found;
  }

  /** Loader factories (per request, see RequestLoaders). */
  readonly departmentById = () =>
    new DataLoader<string, DepartmentEntity | null>(async (ids) =>
      byKeys(ids, await this.repo.departmentsByIds(this.tx.reader, ids), (d) => d.id),
    );

  readonly categoryById = () =>
    new DataLoader<string, CategoryEntity | null>(async (ids) =>
      byKeys(ids, await this.repo.categoriesByIds(this.tx.reader, ids), (c) => c.id),
    );
}
