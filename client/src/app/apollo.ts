import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { from, mergeMap } from 'rxjs';
import { featureTypePolicies } from './features';
import { createLiveClient } from './live';
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
    const expired = error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED' && RETRY_REASONS.has(String(e.extensions?.reason)));
    if (!expired || !store.refreshToken) return;
    store.dropAccessToken();
    operation.setContext({ authRetried: true });
    // If the refresh fails the session is cleared and the retry goes out as a visitor's request.
    return from(store.refresh()).pipe(mergeMap(() => forward(operation)));
  });

  // Subscriptions go over the live connection (lazy: no socket until one is used); the rest over
  // HTTP. Both pass the retry link: a subscription refused for an expired token is retried once
  // too, on a connection restarted with the refreshed token.
  const live = createLiveClient(store, uri, () => void client.refetchObservableQueries().catch(() => undefined));
  const transport = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    new GraphQLWsLink(live.client),
    new HttpLink({ uri }),
  );

  const client = new ApolloClient({
    link: ApolloLink.from([retryOnExpiredToken, auth, transport]),
    cache: new InMemoryCache({
      typePolicies: {
        ...featureTypePolicies,
        Query: { ...featureTypePolicies.Query, fields: { ...featureTypePolicies.Query?.fields } },
      },
    }),
  });
  return client;
}

export const apolloClient = createApolloClient();
