import { gql, type TypedDocumentNode } from '@apollo/client';
import { PAGE_INFO, type Connection, type Role } from '@/app';

export interface Department {
  id: string;
  code: string;
  name: string;
}
export interface Category {
  id: string;
  name: string;
}

export const DEPARTMENTS: TypedDocumentNode<{ departments: Department[] }, Record<string, never>> = gql`
  query AdminDepartments {
    departments {
      id
      code
      name
    }
  }
`;

export const CREATE_DEPARTMENT: TypedDocumentNode<{ createDepartment: Department }, { input: { code: string; name: string } }> = gql`
  mutation CreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      id
      code
      name
    }
  }
`;

export const CATEGORIES: TypedDocumentNode<{ categories: Category[] }, Record<string, never>> = gql`
  query AdminCategories {
    categories {
      id
      name
    }
  }
`;

export const CREATE_CATEGORY: TypedDocumentNode<{ createCategory: Category }, { input: { name: string } }> = gql`
  mutation CreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      id
      name
    }
  }
`;

export interface AdminUser {
  id: string;
  displayName: string;
  email: string | null;
  roles: Role[];
  district: string | null;
  createdAt: string;
  departments: { id: string; name: string }[];
}

const USER_FIELDS = gql`
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
`;

export interface UsersData {
  users: Connection<AdminUser>;
}
export interface UsersVars {
  first?: number;
  after?: string | null;
  search?: string | null;
  role?: Role | null;
}

export const USERS: TypedDocumentNode<UsersData, UsersVars> = gql`
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
  ${USER_FIELDS}
  ${PAGE_INFO}
`;

export interface RoleVars {
  userId: string;
  role: Role;
  departmentId?: string | null;
}

export const GRANT_ROLE: TypedDocumentNode<{ grantRole: AdminUser }, RoleVars> = gql`
  mutation GrantRole($userId: ID!, $role: Role!, $departmentId: ID) {
    grantRole(userId: $userId, role: $role, departmentId: $departmentId) {
      ...AdminUserFields
    }
  }
  ${USER_FIELDS}
`;

export const REVOKE_ROLE: TypedDocumentNode<{ revokeRole: AdminUser }, RoleVars> = gql`
  mutation RevokeRole($userId: ID!, $role: Role!, $departmentId: ID) {
    revokeRole(userId: $userId, role: $role, departmentId: $departmentId) {
      ...AdminUserFields
    }
  }
  ${USER_FIELDS}
`;
