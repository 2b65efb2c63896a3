/** The identity operations the pages use (typed by codegen from the committed schema). */
import { graphql } from '@/generated';
import type { MySessionsQuery } from '@/generated/graphql';

export type Session = MySessionsQuery['mySessions'][number];

export const REGISTER = graphql(`
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
`);

export const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      accessTokenExpiresAt
      user {
        id
        displayName
        roles
      }
    }
  }
`);

export const DISTRICTS = graphql(`
  query Districts {
    districts
  }
`);

export const MY_SESSIONS = graphql(`
  query MySessions {
    mySessions {
      id
      createdAt
      lastUsedAt
      userAgent
      current
    }
  }
`);

export const REVOKE_SESSION = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

export const REVOKE_OTHER_SESSIONS = graphql(`
  mutation RevokeOtherSessions {
    revokeOtherSessions
  }
`);

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const EXPORT_MY_DATA = graphql(`
  mutation ExportMyData {
    exportMyData
  }
`);

export const DELETE_MY_ACCOUNT = graphql(`
  mutation DeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password)
  }
`);

/** What the banner and the account page need beyond `Me` (merged into the same cached User). */
export const MY_ACCOUNT_STATUS = graphql(`
  query MyAccountStatus {
    me {
      id
      email
      emailVerified
      locale
    }
  }
`);

export const VERIFY_EMAIL = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token)
  }
`);

export const RESEND_VERIFICATION_EMAIL = graphql(`
  mutation ResendVerificationEmail {
    resendVerificationEmail
  }
`);

export const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

export const REQUEST_EMAIL_CHANGE = graphql(`
  mutation RequestEmailChange($newEmail: String!, $currentPassword: String!) {
    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)
  }
`);

export const SET_MY_LOCALE = graphql(`
  mutation SetMyLocale($locale: Language!) {
    setMyLocale(locale: $locale) {
      id
      locale
    }
  }
`);
