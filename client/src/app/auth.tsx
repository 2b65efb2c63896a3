import type { ApolloClient } from '@apollo/client';
import { graphql } from '@/generated';
import type { MeQuery } from '@/generated/graphql';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { forgetDraftsOf } from './drafts';
import { forgetViewer, useOfflineViewer } from './offline-viewer';
import type { Role } from './roles';
import { session, type IssuedTokens } from './session';

/** The signed-in user, as the shell and the pages know them. */
export type Viewer = NonNullable<MeQuery['me']>;

export const ME = graphql(`
  query Me {
    me {
      id
      displayName
      email
      roles
      district
      createdAt
      departments {
        id
        code
        name
      }
    }
  }
`);

const LOGOUT = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

export interface Auth {
  /** The signed-in user, or null for a visitor. */
  viewer: Viewer | null;
  /** True until we know whether someone is signed in (a stored session is being resumed). */
  loading: boolean;
  hasRole: (...roles: Role[]) => boolean;
  /** Call with the AuthPayload of login/register: stores the tokens and refetches everything as the user. */
  signIn: (tokens: IssuedTokens) => Promise<void>;
  /** Ends the session on the server and forgets it here. */
  signOut: () => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

/**
 * Everything fetched again as the new user (or visitor). resetStore() rejects when one refetch
 * fails: a signed-in-only query (the header's unread count) is ended as its component goes away, or
 * refused as a visitor's. Each query shows its own outcome; the sign-in or sign-out itself went
 * through, so that rejection must not stop the caller (the page change after it).
 */
async function refetchAll(client: ApolloClient): Promise<void> {
  await client.resetStore().catch(() => undefined);
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(ME);
  const [logout] = useMutation(LOGOUT);
  // Offline (a page served by the service worker), the resident remembered on this device.
  const offlineViewer = useOfflineViewer(data, error, refetch);
  const viewer = data?.me ?? offlineViewer;

  // The session ended elsewhere (revoked, password changed): show the visitor's view.
  useEffect(
    () =>
      session.onChange(() => {
        client.writeQuery({ query: ME, data: { me: null } });
      }),
    [client],
  );

  const signIn = useCallback(
    async (tokens: IssuedTokens) => {
      session.set(tokens);
      await refetchAll(client);
    },
    [client],
  );

  const signOut = useCallback(async () => {
    const refreshToken = session.refreshToken;
    if (refreshToken) {
      // Best effort: the local session ends even if the server cannot be reached.
      await logout({ variables: { refreshToken } }).catch(() => undefined);
    }
    // What this account wrote and did not send stays with it: not for the next person on this device.
    if (viewer) forgetDraftsOf(viewer.id);
    forgetViewer();
    session.clear();
    await refetchAll(client);
  }, [client, logout, viewer]);

  const value = useMemo<Auth>(
    () => ({
      viewer,
      loading: loading && !data,
      hasRole: (...roles) => Boolean(viewer && roles.some((r) => viewer.roles.includes(r))),
      signIn,
      signOut,
    }),
    [viewer, loading, data, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
