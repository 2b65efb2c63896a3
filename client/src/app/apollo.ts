import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, mergeMap } from 'rxjs';
import { featureTypePolicies } from './features';
import { session, type SessionStore } from './session';

/** Reasons for which a fresh access token may fix the request: refresh once, then retry once. */
const RETRY_REASONS = new Set(['TOKEN_EXPIRED', 'TOKEN_INVALID', 'SESSION_ENDED']);

export function createApolloClient(store: SessionStore = session, uri = '/graphql') {
  const auth = new SetContextLink(async (prev) => {
    const token = await store.tokenForRequest();
    // A retry comes back here with the previous attempt's header in its context: always replace it.
    const { Authorization: _old, authorization: _older, ...headers } = (prev.headers ?? {}) as Record<string, string>;
    return { headers: token ? { ...headers, Authorization: `Bearer ${token}` } : headers };
  });

  const retryOnExpiredToken = new ErrorLink(({ error, operation, forward }) => {
    if (!CombinedGraphQLErrors.is(error) || operation.getContext().authRetried) return;
    const expired = error.errors.some(
      (e) => e.extensions?.code === 'UNAUTHENTICATED' && RETRY_REASONS.has(String(e.extensions?.reason)),
    );
    if (!expired || !store.refreshToken) return;
    store.dropAccessToken();
    operation.setContext({ authRetried: true });
    // If the refresh fails the session is cleared and the retry goes out as a visitor's request.
    return from(store.refresh()).pipe(mergeMap(() => forward(operation)));
  });

  return new ApolloClient({
    link: ApolloLink.from([retryOnExpiredToken, auth, new HttpLink({ uri })]),
    cache: new InMemoryCache({
      typePolicies: {
        ...featureTypePolicies,
        Query: { ...featureTypePolicies.Query, fields: { ...featureTypePolicies.Query?.fields } },
      },
    }),
  });
}

export const apolloClient = createApolloClient();
