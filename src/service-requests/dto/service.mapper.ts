import type { ServiceRow } from '../service-catalogue.repository';
import { ServiceKind } from '../service-request.enums';
import type { ServiceObject } from './service.object';

/** Catalogue row → API object (the column is group_name; the API says `group`). */
export function toServiceObject(row: ServiceRow): ServiceObject {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    kind: row.kind as ServiceKind,
    group: row.groupName,
    targetDays: row.targetDays,
    publicRequests: row.requestsPublic,
    position: row.position,
    active: row.active,
    departmentId: row.departmentId,
    fields: row.fields.map((f) => ({
      code: f.code,
      label: f.label,
      kind: f.kind,
      required: f.required,
      description: f.description ?? null,
      options: f.options ?? [],
      min: f.min ?? null,
      max: f.max ?? null,
      maxLength: f.maxLength ?? null,
    })),
  };
}
