import { ServiceCatalogueService } from '../../src/service-requests/service-catalogue.service';
import { ServiceFieldKind, ServiceKind } from '../../src/service-requests/service-request.enums';
import type { CreateServiceInput } from '../../src/service-requests/dto/service.object';
import type { TestUser } from './factories';
import type { TestApp } from './test-app';

/** Helpers for the service-requests and notifications specs (the shared harness stays untouched). */

/** Everything a client may ask of a request, events included. */
export const REQUEST_FIELDS = `
  id reference status description address district resolution rating ratingComment reopenCount priority
  location { lat lng } fieldValues { code label value }
  requester { id displayName } assignee { id displayName }
  service { id code kind targetDays } department { id code }
  events { id kind fromStatus toStatus body byRequester createdAt author { id } rating originalReference }
  followerCount viewerIsFollowing viewerIsRequester viewerCanManage expectedAt isOverdue
  duplicateOf { id reference }
  createdAt acknowledgedAt resolvedAt closedAt ratedAt`;

export const CREATE_REQUEST = `mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { ${REQUEST_FIELDS} } }`;
export const CHANGE_STATUS = `mutation($id: ID!, $status: ServiceRequestStatus!, $message: String) {
  changeServiceRequestStatus(id: $id, status: $status, message: $message) { ${REQUEST_FIELDS} } }`;
export const GET_REQUEST = `query($id: ID!) { serviceRequest(id: $id) { ${REQUEST_FIELDS} } }`;
export const BY_REFERENCE = `query($reference: String!) { serviceRequestByReference(reference: $reference) { ${REQUEST_FIELDS} } }`;
export const ADD_NOTE = `mutation($id: ID!, $body: String!, $internal: Boolean!) {
  addServiceRequestNote(id: $id, body: $body, internal: $internal) { id kind body author { id } } }`;
export const LIST = `query($first: Int, $after: String, $filter: ServiceRequestFilter, $orderBy: ServiceRequestOrder) {
  serviceRequests(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id reference status distanceMeters createdAt isOverdue } } } }`;

export interface Setup {
  departmentId: string;
  otherDepartmentId: string;
  reportId: string;
  formalityId: string;
  agent: TestUser & { departmentIds: string[] };
  otherAgent: TestUser & { departmentIds: string[] };
  admin: TestUser;
  resident: TestUser;
  other: TestUser;
}

let codes = 0;
const uniqueCode = (prefix: string) =>
  `${prefix}-${Date.now().toString(36).toUpperCase()}-${(codes++).toString(36).toUpperCase()}`.slice(0, 40);

/** A service straight through the catalogue service (tests of the catalogue itself go through GraphQL). */
export async function makeService(t: TestApp, departmentId: string, overrides: Partial<CreateServiceInput> = {}) {
  return t.get<ServiceCatalogueService>(ServiceCatalogueService).createService({
    code: uniqueCode('SVC'),
    name: 'Lampadaire éteint',
    description: 'Un lampadaire ne fonctionne plus.',
    kind: ServiceKind.REPORT,
    group: 'Éclairage public',
    departmentId,
    targetDays: 10,
    fields: [],
    ...overrides,
  });
}

/** A REPORT and a FORMALITY in one department, an agent there, an agent elsewhere, an admin and two residents. */
export async function setup(t: TestApp): Promise<Setup> {
  const department = await t.factories.department();
  const otherDepartment = await t.factories.department();
  const report = await makeService(t, department.id, {
    fields: [{ code: 'count', label: 'Nombre', kind: ServiceFieldKind.NUMBER, required: false, min: 1, max: 50 }],
  });
  const formality = await makeService(t, department.id, {
    kind: ServiceKind.FORMALITY,
    name: 'Acte de naissance',
    group: 'État civil',
    targetDays: 5,
    fields: [{ code: 'full_name', label: 'Nom', kind: ServiceFieldKind.TEXT, required: true }],
  });
  return {
    departmentId: department.id,
    otherDepartmentId: otherDepartment.id,
    reportId: report.id,
    formalityId: formality.id,
    agent: await t.factories.agent([department.id]),
    otherAgent: await t.factories.agent([otherDepartment.id]),
    admin: await t.factories.admin(),
    resident: await t.factories.resident(),
    other: await t.factories.resident(),
  };
}

/** Files a request through the API; a REPORT gets a point by default. */
export async function file(
  t: TestApp,
  who: TestUser,
  serviceId: string,
  input: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const data = await t.gqlOk(
    CREATE_REQUEST,
    {
      input: {
        serviceId,
        description: 'Le lampadaire devant le 3 rue des Lilas est éteint.',
        location: { lat: 47.5861, lng: 1.3359 },
        ...input,
      },
    },
    who.token,
  );
  return data.createServiceRequest;
}

/** Files a formality (needs its `full_name`). */
export function fileFormality(t: TestApp, who: TestUser, serviceId: string, input: Record<string, unknown> = {}) {
  return file(t, who, serviceId, { location: undefined, fieldValues: [{ code: 'full_name', value: 'Marie Dupont' }], ...input });
}

export async function move(t: TestApp, who: TestUser, id: string, status: string, message: string | null = 'Message au demandeur.') {
  return (await t.gqlOk(CHANGE_STATUS, { id, status, message }, who.token)).changeServiceRequestStatus;
}
