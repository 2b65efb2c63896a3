import { graphql } from '@/generated';
import type { AdminUserFieldsFragment } from '@/generated/graphql';

export type AdminUser = AdminUserFieldsFragment;

export const DEPARTMENTS = graphql(`
  query AdminDepartments {
    departments {
      id
      code
      name
    }
  }
`);

export const CREATE_DEPARTMENT = graphql(`
  mutation CreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      id
      code
      name
    }
  }
`);

export const CATEGORIES = graphql(`
  query AdminCategories {
    categories {
      id
      name
    }
  }
`);

export const CREATE_CATEGORY = graphql(`
  mutation CreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      id
      name
    }
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
