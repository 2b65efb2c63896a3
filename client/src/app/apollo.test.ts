import { gql, type TypedDocumentNode } from '@apollo/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApolloClient } from './apollo';
import { SessionStore } from './session';

const ME: TypedDocumentNode<{ me: { id: string } | null }> = gql`
  query Me {
    me {
      id
    }
  }
`;

const later = () => new Date(Date.now() + 15 * 60_000).toISOString();
const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const unauthenticated = (reason: string) =>
  json({ data: null, errors: [{ message: reason, extensions: { code: 'UNAUTHENTICATED', reason } }] });

interface Call {
  operation: string;
  auth: string | null;
  refreshToken?: string;
}

/** A fake server: access token "fresh" is valid, any other is expired; refresh behaviour per test. */
function fakeServer(refresh: (token: string) => Response) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { operationName: string; variables?: { refreshToken?: string } };
    const auth = new Headers(init.headers).get('authorization');
    calls.push({ operation: body.operationName, auth, refreshToken: body.variables?.refreshToken });
    if (body.operationName === 'RefreshSession') return refresh(body.variables!.refreshToken!);
    if (auth && auth !== 'Bearer fresh') return unauthenticated('TOKEN_EXPIRED');
    return json({ data: { me: auth ? { __typename: 'User', id: 'u1' } : null } });
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}

describe('the Apollo auth links', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.unstubAllGlobals());

  it('refreshes once on TOKEN_EXPIRED and retries with the new token', async () => {
    const calls = fakeServer(() =>
      json({ data: { refreshSession: { accessToken: 'fresh', refreshToken: 'r2', accessTokenExpiresAt: later() } } }),
    );
    const store = new SessionStore('http://test/graphql');
    store.set({ accessToken: 'stale', refreshToken: 'r1', accessTokenExpiresAt: later() });
    const client = createApolloClient(store, 'http://test/graphql');

    const { data } = await client.query({ query: ME });
    expect(data?.me?.id).toBe('u1');
    expect(calls).toEqual([
      { operation: 'Me', auth: 'Bearer stale', refreshToken: undefined },
      { operation: 'RefreshSession', auth: null, refreshToken: 'r1' },
      { operation: 'Me', auth: 'Bearer fresh', refreshToken: undefined },
    ]);
    expect(localStorage.getItem('parvis.refreshToken')).toBe('r2');
  });

  it('shares one refresh between concurrent requests (refresh tokens are single-use)', async () => {
    const calls = fakeServer(() =>
      json({ data: { refreshSession: { accessToken: 'fresh', refreshToken: 'r2', accessTokenExpiresAt: later() } } }),
    );
    const store = new SessionStore('http://test/graphql');
    // Only the refresh token is known, as after a reload.
    localStorage.setItem('parvis.refreshToken', 'r1');
    const client = createApolloClient(store, 'http://test/graphql');
    const q = gql`
      query Other {
        me {
          id
        }
      }
    `;
    await Promise.all([client.query({ query: ME }), client.query({ query: q })]);
    expect(calls.filter((c) => c.operation === 'RefreshSession')).toHaveLength(1);
    expect(calls.filter((c) => c.operation !== 'RefreshSession').every((c) => c.auth === 'Bearer fresh')).toBe(true);
  });

  it('ends the session when the refresh is refused, and retries as a visitor', async () => {
    const calls = fakeServer(() => unauthenticated('SESSION_ENDED'));
    const store = new SessionStore('http://test/graphql');
    store.set({ accessToken: 'stale', refreshToken: 'r1', accessTokenExpiresAt: later() });
    const ended = vi.fn();
    store.onChange(ended);
    const client = createApolloClient(store, 'http://test/graphql');

    const { data } = await client.query({ query: ME });
    expect(data?.me).toBeNull();
    expect(ended).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem('parvis.refreshToken')).toBeNull();
    expect(calls.map((c) => `${c.operation}:${c.auth ?? '-'}`)).toEqual(['Me:Bearer stale', 'RefreshSession:-', 'Me:-']);
  });
});
