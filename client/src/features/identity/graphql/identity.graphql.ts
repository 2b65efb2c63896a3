/**
 * The identity operations the pages use, typed by hand (TypedDocumentNode) until codegen from the
 * committed schema lands: keep each type next to its document and in step with its selection.
 */
import { gql, type TypedDocumentNode } from '@apollo/client';

export interface AuthPayload {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: string;
  user: { id: string; displayName: string };
}

export interface RegisterInput {
  email: string;
  password: string;
  displayName: string;
  district?: string | null;
}

export const REGISTER: TypedDocumentNode<{ register: AuthPayload }, { input: RegisterInput }> = gql`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      refreshToken
      accessTokenExpiresAt
      user {
        id
        displayName
      }
    }
  }
`;

export const LOGIN: TypedDocumentNode<{ login: AuthPayload }, { input: { email: string; password: string } }> = gql`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      accessTokenExpiresAt
      user {
        id
        displayName
      }
    }
  }
`;

export const DISTRICTS: TypedDocumentNode<{ districts: string[] }, Record<string, never>> = gql`
  query Districts {
    districts
  }
`;

export interface Session {
  id: string;
  createdAt: string;
  lastUsedAt: string;
  userAgent: string | null;
  current: boolean;
}

export const MY_SESSIONS: TypedDocumentNode<{ mySessions: Session[] }, Record<string, never>> = gql`
  query MySessions {
    mySessions {
      id
      createdAt
      lastUsedAt
      userAgent
      current
    }
  }
`;

export const REVOKE_SESSION: TypedDocumentNode<{ revokeSession: boolean }, { id: string }> = gql`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`;

export const REVOKE_OTHER_SESSIONS: TypedDocumentNode<{ revokeOtherSessions: number }, Record<string, never>> = gql`
  mutation RevokeOtherSessions {
    revokeOtherSessions
  }
`;

export const CHANGE_PASSWORD: TypedDocumentNode<{ changePassword: boolean }, { currentPassword: string; newPassword: string }> = gql`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`;

export const EXPORT_MY_DATA: TypedDocumentNode<{ exportMyData: string }, Record<string, never>> = gql`
  mutation ExportMyData {
    exportMyData
  }
`;

export const DELETE_MY_ACCOUNT: TypedDocumentNode<{ deleteMyAccount: boolean }, { password: string }> = gql`
  mutation DeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password)
  }
`;
