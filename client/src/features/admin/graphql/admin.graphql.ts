import { graphql } from '@/generated';
import type {
  AdminDepartmentFieldsFragment,
  AdminServiceFieldsFragment,
  AdminTemplateFieldsFragment,
  AdminUserFieldsFragment,
  ServiceFieldKind,
  ServiceKind,
} from '@/generated/graphql';

export type AdminUser = AdminUserFieldsFragment;
export type AdminDepartment = AdminDepartmentFieldsFragment;
export type AdminService = AdminServiceFieldsFragment;
export type AdminServiceField = AdminServiceFieldsFragment['fields'][number];
export type AdminTemplate = AdminTemplateFieldsFragment;
export type { ServiceFieldKind, ServiceKind };

export const DEPARTMENT_FIELDS = graphql(`
  fragment AdminDepartmentFields on Department {
    id
    code
    name
    archived
    archivedAt
  }
`);

/** Every department, archived ones included (the admin screens show both). */
export const DEPARTMENTS = graphql(`
  query AdminDepartments {
    departments(includeArchived: true) {
      ...AdminDepartmentFields
    }
  }
`);

export const CREATE_DEPARTMENT = graphql(`
  mutation CreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      ...AdminDepartmentFields
    }
  }
`);

export const UPDATE_DEPARTMENT = graphql(`
  mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) {
    updateDepartment(id: $id, input: $input) {
      ...AdminDepartmentFields
    }
  }
`);

export const CATEGORIES = graphql(`
  query AdminCategories {
    categories(includeArchived: true) {
      id
      name
      archived
      archivedAt
    }
  }
`);

export const CREATE_CATEGORY = graphql(`
  mutation CreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      id
      name
      archived
      archivedAt
    }
  }
`);

export const UPDATE_CATEGORY = graphql(`
  mutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {
    updateCategory(id: $id, input: $input) {
      id
      name
      archived
      archivedAt
    }
  }
`);

export const SERVICE_FIELDS = graphql(`
  fragment AdminServiceFields on Service {
    id
    code
    name
    description
    kind
    group
    position
    publicRequests
    targetDays
    active
    department {
      id
      name
      archived
    }
    fields {
      code
      label
      kind
      required
      description
      options {
        value
        label
      }
      min
      max
      maxLength
    }
  }
`);

/** The whole catalogue, withdrawn services included (admins only; others get the active ones). */
export const ADMIN_SERVICES = graphql(`
  query AdminServices {
    services(includeInactive: true) {
      ...AdminServiceFields
    }
  }
`);

export const ADMIN_SERVICE = graphql(`
  query AdminService($id: ID!) {
    service(id: $id) {
      ...AdminServiceFields
    }
  }
`);

export const CREATE_SERVICE = graphql(`
  mutation CreateService($input: CreateServiceInput!) {
    createService(input: $input) {
      ...AdminServiceFields
    }
  }
`);

export const UPDATE_SERVICE = graphql(`
  mutation UpdateService($id: ID!, $input: UpdateServiceInput!) {
    updateService(id: $id, input: $input) {
      ...AdminServiceFields
    }
  }
`);

/** Answers the group's services with their new positions: the normalised cache takes them. */
export const MOVE_SERVICE = graphql(`
  mutation MoveService($id: ID!, $direction: ServiceMoveDirection!) {
    moveService(id: $id, direction: $direction) {
      id
      position
    }
  }
`);

export const TEMPLATE_FIELDS = graphql(`
  fragment AdminTemplateFields on ResponseTemplate {
    id
    departmentId
    title
    body
    updatedAt
  }
`);

export const TEMPLATES = graphql(`
  query AdminResponseTemplates($departmentId: ID!) {
    responseTemplates(departmentId: $departmentId) {
      ...AdminTemplateFields
    }
  }
`);

export const CREATE_TEMPLATE = graphql(`
  mutation AdminCreateResponseTemplate($input: CreateResponseTemplateInput!) {
    createResponseTemplate(input: $input) {
      ...AdminTemplateFields
    }
  }
`);

export const UPDATE_TEMPLATE = graphql(`
  mutation AdminUpdateResponseTemplate($id: ID!, $input: UpdateResponseTemplateInput!) {
    updateResponseTemplate(id: $id, input: $input) {
      ...AdminTemplateFields
    }
  }
`);

export const DELETE_TEMPLATE = graphql(`
  mutation AdminDeleteResponseTemplate($id: ID!) {
    deleteResponseTemplate(id: $id)
  }
`);

export const USER_FIELDS = graphql(`
  fragment AdminUserFields on User {
    id
    displayName
    email
    roles
    district
    createdAt
    departments {
      id
      name
      archived
    }
  }
`);

export const USERS = graphql(`
  query AdminUsers($first: Int, $after: String, $search: String, $role: Role) {
    users(first: $first, after: $after, search: $search, role: $role) {
      totalCount
      edges {
        cursor
        node {
          ...AdminUserFields
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

export const ADMIN_USER = graphql(`
  query AdminUser($id: ID!) {
    user(id: $id) {
      ...AdminUserFields
    }
  }
`);

export const GRANT_ROLE = graphql(`
  mutation GrantRole($userId: ID!, $role: Role!, $departmentId: ID) {
    grantRole(userId: $userId, role: $role, departmentId: $departmentId) {
      ...AdminUserFields
    }
  }
`);

export const REVOKE_ROLE = graphql(`
  mutation RevokeRole($userId: ID!, $role: Role!, $departmentId: ID) {
    revokeRole(userId: $userId, role: $role, departmentId: $departmentId) {
      ...AdminUserFields
    }
  }
`);

export const OPEN311_API_KEYS = graphql(`
  query AdminOpen311ApiKeys {
    open311ApiKeys {
      id
      name
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

export const CREATE_OPEN311_API_KEY = graphql(`
  mutation CreateOpen311ApiKey($name: String!) {
    createOpen311ApiKey(name: $name)
  }
`);

export const REVOKE_OPEN311_API_KEY = graphql(`
  mutation RevokeOpen311ApiKey($id: ID!) {
    revokeOpen311ApiKey(id: $id)
  }
`);
