/**
 * Close code of a live connection whose credentials no longer stand (access token expired, session
 * ended, user deleted); the close reason names which (`TOKEN_EXPIRED`,
 * `SESSION_ENDED`, `TOKEN_INVALID`). It is graphql-ws's own "Forbidden", which its client retries:
 * it reconnects with the token it holds now (refreshed, or none after a sign-out) and subscribes
 * again, each subscription then read with the rights that token gives.
 */
export const LIVE_CREDENTIALS_CLOSE_CODE = 4403;

export type LiveEndReason = 'TOKEN_EXPIRED' | 'TOKEN_INVALID' | 'SESSION_ENDED';

interface ClosableSocket {
  close(code: number, reason: string): void;
}

/**
 * One graphql-ws connection, as the live streams see it. A WebSocket has no headers: the access
 * token comes once, in the connection parameters, and stays for the connection's whole life, so
 * the connection ends when that token expires (even if no event comes to notice it) or when an
 * event finds its session gone.
 */
export class LiveConnection {
  private expiry: NodeJS.Timeout | null = null;
  private ended = false;

  constructor(private readonly socket: ClosableSocket) {}

  /** Ends the connection when its token expires (the first verified expiry counts: the token never changes). */
  endAt(expiresAt: Date): void {
    if (this.expiry || this.ended) return;
    const delay = Math.max(0, expiresAt.getTime() - Date.now());
    // setTimeout holds at most ~24.8 days; tokens live minutes (ACCESS_TOKEN_TTL_SECONDS ≤ 1 day).
    this.expiry = setTimeout(() => this.end('TOKEN_EXPIRED'), delay);
    this.expiry.unref();
  }

  /** Closes the socket: graphql-ws then ends every subscription on it. */
  end(reason: LiveEndReason): void {
    if (this.ended) return;
    this.dispose();
    this.ended = true;
    this.socket.close(LIVE_CREDENTIALS_CLOSE_CODE, reason);
  }

  /** The socket closed (for any reason): nothing left to end. */
  dispose(): void {
    if (this.expiry) clearTimeout(this.expiry);
    this.expiry = null;
    this.ended = true;
  }
}
