import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Viewer, worksFor } from '../auth/viewer';
import { AppError } from '../common/app-error';
import { isUuid } from '../common/ids';
import { CommuneService } from '../commune/commune.service';
import { TransactionRunner, Tx, uniqueViolation } from '../database/transaction';
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
import { ServiceKind } from './service-request.enums';
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

  /**
   * Admin (resolver's @Roles): adds a service last in its group, its fields as version 1.
   * BAD_USER_INPUT on the fields (every fault at once), on an unknown or archived department, on
   * `publicRequests` for a formality; CONFLICT SERVICE_CODE_TAKEN.
   */
  async createService(input: CreateServiceInput): Promise<ServiceRow> {
    const fields = this.checkedFields(input.fields ?? [], 'input.fields');
    const requestsPublic = this.requestsPublic(input.kind, input.publicRequests, input.kind === ServiceKind.REPORT);
    const created = await this.tx.run(async (tx) => {
      await this.repo.lockCatalogue(tx);
      await this.commune.lockOpenDepartment(tx, input.departmentId, 'input.departmentId');
      return this.repo.insertService(tx, {
        code: input.code,
        name: input.name.trim(),
        description: input.description,
        kind: input.kind,
        groupName: input.group.trim(),
        departmentId: input.departmentId,
        targetDays: input.targetDays,
        requestsPublic,
        fields,
      });
    });
    if (!created) {
      throw new AppError('CONFLICT', R.SERVICE_CODE_TAKEN, [{ path: 'input.code', constraint: 'unique', message: 'is already used' }]);
    }
    return created;
  }

  /**
   * Admin: changes a service, withdraws it from the catalogue (`active: false`) or brings it back.
   * Requests already filed keep their department, due date, visibility and field values; new
   * fields become a new version, and each request keeps reading its answers through the version
   * it was filed with. A new group puts the service last in it. NOT_FOUND SERVICE_NOT_FOUND;
   * BAD_USER_INPUT on the fields, on an archived department (given, or kept by a service brought
   * back), on `publicRequests` for a formality.
   */
  async updateService(id: string, input: UpdateServiceInput): Promise<ServiceRow> {
    const fields = input.fields ? this.checkedFields(input.fields, 'input.fields') : undefined;
    return this.tx.run(async (tx) => {
      await this.repo.lockCatalogue(tx);
      const current = isUuid(id) ? await this.repo.lockService(tx, id) : null;
      if (!current) throw AppError.notFound(R.SERVICE_NOT_FOUND);
      const kind = input.kind ?? (current.kind as ServiceKind);
      // A change of kind resets the default (reports public, formalities private) unless told.
      const requestsPublic = this.requestsPublic(
        kind,
        input.publicRequests,
        input.kind && input.kind !== current.kind ? kind === ServiceKind.REPORT : current.requestsPublic,
      );
      const departmentId = input.departmentId ?? current.departmentId;
      const restored = input.active === true && !current.active;
      if (departmentId !== current.departmentId || restored) await this.commune.lockOpenDepartment(tx, departmentId, 'input.departmentId');
      const updated = (await this.repo.updateService(tx, id, {
        name: input.name?.trim(),
        description: input.description,
        kind,
        groupName: input.group?.trim(),
        targetDays: input.targetDays,
        requestsPublic,
        fields,
        active: input.active,
        departmentId,
      }))!;
      if (updated.fieldsVersion !== current.fieldsVersion) await this.repo.insertFieldVersion(tx, updated);
      return updated;
    });
  }

  /**
   * Admin: moves an active service one place up or down among the active services of its group
   * (the catalogue's order; keyboard-operable buttons in the admin screen). At either end it stays
   * where it is. Returns the group's services in their new order. NOT_FOUND SERVICE_NOT_FOUND;
   * CONFLICT SERVICE_WITHDRAWN for a withdrawn service (it has no place in the catalogue).
   */
  async moveService(id: string, direction: 'UP' | 'DOWN'): Promise<ServiceRow[]> {
    return this.tx.run(async (tx) => {
      await this.repo.lockCatalogue(tx);
      const current = isUuid(id) ? await this.repo.lockService(tx, id) : null;
      if (!current) throw AppError.notFound(R.SERVICE_NOT_FOUND);
      if (!current.active) throw AppError.conflict(R.SERVICE_WITHDRAWN);
      const other = await this.repo.neighbourInGroup(tx, current.groupName, current.position, direction);
      if (other) await this.repo.swapPositions(tx, current, other);
      return this.repo.servicesOfGroup(tx, current.groupName);
    });
  }

  /** The catalogue by group (French order: the database's collation may be C, which puts É after Z), then the admins' order. */
  async services(includeInactive = false): Promise<ServiceRow[]> {
    const rows = await this.repo.listServices(this.tx.reader, includeInactive);
    return rows.sort((a, b) => collator.compare(a.groupName, b.groupName) || a.position - b.position);
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

  /**
   * Loader factory: the fields a service had at a version (`<serviceId>:<version>`), what a request's
   * answers were given under; one query per batch.
   */
  readonly fieldVersionLoader = () =>
    new DataLoader<string, ServiceFieldDefinition[] | null>(async (keys) => {
      const pairs = keys.map((k) => {
        const [serviceId, version] = k.split(':');
        return { serviceId, version: Number(version) };
      });
      const rows = await this.repo.fieldVersions(this.tx.reader, pairs);
      const found = new Map(rows.map((r) => [`${r.serviceId}:${r.version}`, r.fields]));
      return keys.map((k) => found.get(k) ?? null);
    });

  /** Active services of a department (see ServiceCatalogueDepartmentUsage), in the caller's transaction. */
  countActiveServicesOf(tx: Tx, departmentId: string): Promise<number> {
    return this.repo.countActiveServicesOf(tx, departmentId);
  }

  private assertStaff(viewer: Viewer, departmentId: string): void {
    if (!worksFor(viewer, departmentId)) throw AppError.forbidden(R.NOT_DEPARTMENT_STAFF);
  }

  private titleTaken(): AppError {
    return new AppError('CONFLICT', R.TEMPLATE_TITLE_TAKEN, [
      { path: 'input.title', constraint: 'unique', message: 'is already used in this department' },
    ]);
  }

  /** Whether new requests are public: as asked, else `fallback`; a formality's never (BAD_USER_INPUT on input.publicRequests). */
  private requestsPublic(kind: ServiceKind, asked: boolean | null | undefined, fallback: boolean): boolean {
    if (kind === ServiceKind.FORMALITY) {
      if (asked) throw AppError.field('input.publicRequests', 'formalityPrivate', "a formality's requests are never public");
      return false;
    }
    return asked ?? fallback;
  }

  private checkedFields(fields: ServiceFieldInput[], path: string): ServiceFieldDefinition[] {
    const defs: ServiceFieldDefinition[] = fields.map((f) => ({
      code: f.code,
      label: f.label.trim(),
      kind: f.kind,
      required: f.required ?? false,
      description: f.description?.trim() || null,
      options: f.options?.map((o) => ({ value: o.value, label: o.label.trim() })) ?? null,
      min: f.min ?? null,
      max: f.max ?? null,
      maxLength: f.maxLength ?? null,
    }));
    const errors = validateFieldDefinitions(defs, path);
    if (errors.length) throw AppError.badInput('INVALID_INPUT', errors);
    return defs;
  }
}
