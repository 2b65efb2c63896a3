import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { COMMUNE_SETUP } from '../graphql/commune.graphql';

/**
 * Where an admin lands after signing in without a destination: the first-run checklist while it is
 * incomplete (a fresh server), else nowhere in particular (null: the caller's default).
 */
export function useSetupLanding(): (roles: readonly string[]) => Promise<string | null> {
  const client = useApolloClient();
  return useCallback(
    async (roles) => {
      if (!roles.includes('ADMIN')) return null;
      const result = await client.query({ query: COMMUNE_SETUP, fetchPolicy: 'network-only' }).catch(() => null);
      return result?.data && !result.data.communeSetup.complete ? '/admin/setup' : null;
    },
    [client],
  );
}
