import { createClient, type Client } from 'graphql-ws';
import type { SessionStore } from './session';

/**
 * The live connection (GraphQL subscriptions over graphql-ws, on the same `/graphql` path).
 *
 * - Lazy: the socket opens with the first subscription and closes after the last one, so a
 *   visitor reading a page without live parts never opens one.
 * - The token is sent once, in the connection parameters (a WebSocket has no headers); the server
 *   checks it again at every event and closes the connection with 4403 when it has expired or its
 *   session ended (graphql-ws retries that code: the retry reads a fresh token, or none). And
 *   whenever the session's token changes (sign-in, refresh, sign-out) an open connection is
 *   restarted: the client reconnects at once, sends the new token (or none) and subscribes again,
 *   each subscription now with the right view.
 * - A connection lost by accident is retried for as long as the page lives, with a growing pause
 *   (capped); `onReconnected` then lets the app fetch what it may have missed meanwhile.
 */
export interface LiveClient {
  client: Client;
  /** Stops listening to the session (tests). */
  dispose: () => void;
}

/** Close code of a deliberate restart (4000–4999 are the application's; graphql-ws retries it). */
const RESTART_CODE = 4205;
const MAX_WAIT_MS = 30_000;

/** The pause before reconnection attempt `retries` (0 = first): 1 s, 2 s, 4 s… up to 30 s, jittered. */
export function retryDelay(retries: number, random = Math.random()): number {
  const base = Math.min(MAX_WAIT_MS, 1000 * 2 ** retries);
  return Math.round(base * (0.75 + random * 0.5));
}

/** The graphql-ws URL of an HTTP endpoint (`/graphql` → `ws(s)://<this host>/graphql`). */
export function liveUrl(httpUri: string, base: string = typeof location !== 'undefined' ? location.href : 'http://localhost/'): string {
  const url = new URL(httpUri, base);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

export function createLiveClient(store: SessionStore, httpUri: string, onReconnected: () => void = () => undefined): LiveClient {
  let socket: WebSocket | null = null;
  let acknowledged = false;
  /** The token the open connection was made with. */
  let connectedWith: string | null = null;
  /** The next connection follows a deliberate restart: no pause, nothing missed. */
  let restarting = false;

  const client = createClient({
    url: liveUrl(httpUri),
    lazy: true,
    retryAttempts: Infinity,
    retryWait: async (retries) => {
      if (restarting) return;
      await new Promise((resolve) => setTimeout(resolve, retryDelay(retries)));
    },
    // Called on every (re)connection: a fresh token, refreshed first if it is about to expire.
    connectionParams: async () => {
      const token = await store.tokenForRequest();
      connectedWith = token;
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      opened: (ws) => {
        socket = ws as WebSocket;
        acknowledged = false;
      },
      connected: (_ws, _payload, wasRetry) => {
        acknowledged = true;
        const deliberate = restarting;
        restarting = false;
        // After an accidental loss, updates sent meanwhile never reached this page.
        if (wasRetry && !deliberate) onReconnected();
      },
      closed: (event) => {
        // Only the current socket's end matters (an old one's close may come after the new one opened).
        const target = (event as { target?: unknown } | null)?.target;
        if (target && target !== socket) return;
        socket = null;
        acknowledged = false;
      },
    },
  });

  const stop = store.onTokenChange((token) => {
    // A connection still opening reads the token itself; only an open one holds a stale token.
    if (!socket || !acknowledged || token === connectedWith) return;
    if (socket.readyState !== WebSocket.OPEN) return;
    restarting = true;
    socket.close(RESTART_CODE, 'Session changed');
  });

  return { client, dispose: stop };
}
