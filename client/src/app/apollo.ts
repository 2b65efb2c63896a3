import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { OperationTypeNode } from 'graphql';
import { EMPTY, from, mergeMap } from 'rxjs';
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
    const expired = error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED' && RETRY_REASONS.has(String(e.extensions?.reason)));
    if (!expired || !store.refreshToken) return;
    store.dropAccessToken();
    operation.setContext({ authRetried: true });
    // If the refresh fails the session is cleared and the retry goes out as a visitor's request.
    return from(store.refresh()).pipe(mergeMap(() => forward(operation)));
  });

  // Subscriptions go over the live connection (lazy: no socket until one is used, and its code,
  // graphql-ws, is fetched with the first one); the rest over HTTP. Both pass the retry link: a
  // subscription refused for an expired token is retried once too, on a connection restarted with
  // the refreshed token.
  const live = lazyLink(async () => {
    const [{ createLiveClient }, { GraphQLWsLink }] = await Promise.all([import('./live'), import('@apollo/client/link/subscriptions')]);
    return new GraphQLWsLink(createLiveClient(store, uri, () => void client.refetchObservableQueries().catch(() => undefined)).client);
  });
  const transport = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    live,
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

/** A link whose code is loaded when the first operation goes through it (again after a failed load). */
function lazyLink(load: () => Promise<ApolloLink>): ApolloLink {
  let loading: Promise<ApolloLink> | null = null;
  const link = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
  return new ApolloLink((operation, forward) => from(link()).pipe(mergeMap((l) => l.request(operation, forward) ?? EMPTY)));
}

export const apolloClient = createApolloClient();
