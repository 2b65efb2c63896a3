import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Viewer, worksFor } from '../auth/viewer';
import { AppError } from '../common/app-error';
import { isUuid } from '../common/ids';
import { CommuneService } from '../commune/commune.service';
import { TransactionRunner, uniqueViolation } from '../database/transaction';
import { byKeys } from '../graphql/loaders';
import type {
  CreateResponseTemplateInput,
  CreateServiceInput,
  ServiceFieldInput,
  UpdateResponseTemplateInput,
  UpdateServiceInput,
} from './dto/service.object';
import { ServiceCatalogueRepository, ServiceRow, TemplateRow } from './service-catalogue.repository';
import { ServiceFieldDefinition, validateFieldDefinitions } from './service-fields';
import { ServiceRequestReason as R } from './service-request.errors';

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/** The catalogue of services (admins) and the departments' response templates (their agents). */
@Injectable()
export class ServiceCatalogueService {
  constructor(
    private readonly repo: ServiceCatalogueRepository,
    private readonly tx: TransactionRunner,
    private readonly commune: CommuneService,
  ) {}

  /** Admin (resolver's @Roles). BAD_USER_INPUT on fields; CONFLICT SERVICE_CODE_TAKEN. */
  async createService(input: CreateServiceInput): Promise<ServiceRow> {
    await this.commune.assertDepartmentExists(input.departmentId, 'input.departmentId');
    const fields = this.checkedFields(input.fields ?? [], 'input.fields');
    const created = await this.tx.run((tx) =>
      this.repo.insertService(tx, {
        code: input.code,
        name: input.name,
        description: input.description,
        kind: input.kind,
        groupName: input.group,
        departmentId: input.departmentId,
        targetDays: input.targetDays,
        fields,
      }),
    );
    if (!created) {
      throw new AppError('CONFLICT', R.SERVICE_CODE_TAKEN, [{ path: 'input.code', constraint: 'unique', message: 'is already used' }]);
    }
    return created;
  }

  /** Admin. Requests already filed keep their department, due date and field values. */
  async updateService(id: string, input: UpdateServiceInput): Promise<ServiceRow> {
    if (input.departmentId) await this.commune.assertDepartmentExists(input.departmentId, 'input.departmentId');
    const fields = input.fields ? this.checkedFields(input.fields, 'input.fields') : undefined;
    const updated = isUuid(id)
      ? await this.tx.run((tx) =>
          this.repo.updateService(tx, id, {
            name: input.name,
            description: input.description,
            groupName: input.group,
            targetDays: input.targetDays,
            fields,
            active: input.active,
            departmentId: input.departmentId,
          }),
        )
      : null;
    if (!updated) throw AppError.notFound(R.SERVICE_NOT_FOUND);
    return updated;
  }

  /** The catalogue by group then name, in French order (the database's collation may be C, which puts É after Z). */
  async services(includeInactive = false): Promise<ServiceRow[]> {
    const rows = await this.repo.listServices(this.tx.reader, includeInactive);
    return rows.sort((a, b) => collator.compare(a.groupName, b.groupName) || collator.compare(a.name, b.name));
  }

  async serviceById(id: string): Promise<ServiceRow | null> {
    if (!isUuid(id)) return null;
    const [found] = await this.repo.servicesByIds(this.tx.reader, [id]);
    return found ?? null;
  }

  serviceByCode(code: string): Promise<ServiceRow | null> {
    return this.repo.serviceByCode(this.tx.reader, code);
  }

  /** Agents of the department and admins. FORBIDDEN NOT_DEPARTMENT_STAFF; CONFLICT TEMPLATE_TITLE_TAKEN. */
  async createTemplate(viewer: Viewer, input: CreateResponseTemplateInput): Promise<TemplateRow> {
    await this.commune.assertDepartmentExists(input.departmentId, 'input.departmentId');
    this.assertStaff(viewer, input.departmentId);
    const created = await this.tx.run((tx) => this.repo.insertTemplate(tx, input));
    if (!created) throw this.titleTaken();
    return created;
  }

  async updateTemplate(viewer: Viewer, id: string, input: UpdateResponseTemplateInput): Promise<TemplateRow> {
    return this.tx
      .run(async (tx) => {
        const found = isUuid(id) ? await this.repo.templateById(tx, id) : null;
        if (!found || !worksFor(viewer, found.departmentId)) throw AppError.notFound(R.TEMPLATE_NOT_FOUND);
        return (await this.repo.updateTemplate(tx, id, input))!;
      })
      .catch((error) => {
        throw uniqueViolation(error) ? this.titleTaken() : error;
      });
  }

  async deleteTemplate(viewer: Viewer, id: string): Promise<boolean> {
    return this.tx.run(async (tx) => {
      const found = isUuid(id) ? await this.repo.templateById(tx, id) : null;
      if (!found || !worksFor(viewer, found.departmentId)) throw AppError.notFound(R.TEMPLATE_NOT_FOUND);
      return this.repo.deleteTemplate(tx, id);
    });
  }

  async templates(viewer: Viewer, departmentId: string): Promise<TemplateRow[]> {
    if (!isUuid(departmentId)) throw AppError.field('departmentId', 'exists', 'is not a known department');
    this.assertStaff(viewer, departmentId);
    return this.repo.templatesOf(this.tx.reader, departmentId);
  }

  /** Loader factory: services by id (inactive ones included: old requests still name them). */
  readonly serviceLoader = () =>
    new DataLoader<string, ServiceRow | null>(async (ids) => byKeys(ids, await this.repo.servicesByIds(this.tx.reader, ids), (s) => s.id));

  private assertStaff(viewer: Viewer, departmentId: string): void {
    if (!worksFor(viewer, departmentId)) throw AppError.forbidden(R.NOT_DEPARTMENT_STAFF);
  }

  private titleTaken(): AppError {
    return new AppError('CONFLICT', R.TEMPLATE_TITLE_TAKEN, [
      { path: 'input.title', constraint: 'unique', message: 'is already used in this department' },
    ]);
  }

  private checkedFields(fields: ServiceFieldInput[], path: string): ServiceFieldDefinition[] {
    const defs: ServiceFieldDefinition[] = fields.map((f) => ({
      code: f.code,
      label: f.label,
      kind: f.kind,
      required: f.required ?? false,
      description: f.description ?? null,
      options: f.options?.map((o) => ({ value: o.value, label: o.label })) ?? null,
      min: f.min ?? null,
      max: f.max ?? null,
      maxLength: f.maxLength ?? null,
    }));
    const errors = validateFieldDefinitions(defs, path);
    if (errors.length) throw AppError.badInput('INVALID_INPUT', errors);
    return defs;
  }
}
