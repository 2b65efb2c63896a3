/**
 * The tokens of the signed-in session. The access token lives in memory only (a script injected
 * into the page cannot find it in storage); the refresh token is kept in localStorage so a reload
 * or a new tab stays signed in. Refresh tokens are single-use and rotate: using a spent one makes
 * the server end the whole session, so refreshes are serialised across tabs (Web Locks) and the
 * token is re-read from storage inside the lock.
 */
const REFRESH_KEY = 'parvis.refreshToken';
/** Refresh this long before the access token expires, so requests never carry a dying token. */
const EARLY_MS = 20_000;

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: string;
}

type Listener = (event: 'ended') => void;
/** Told the access token now in memory (null: signed out) whenever it changes. */
type TokenListener = (accessToken: string | null) => void;

const REFRESH_MUTATION = `mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) { accessToken refreshToken accessTokenExpiresAt }
}`;

function readStorage(): string | null {
  try {
    return localStorage.getItem(REFRESH_KEY);
  } catch {
    return null;
  }
}

function writeStorage(value: string | null) {
  try {
    if (value) localStorage.setItem(REFRESH_KEY, value);
    else localStorage.removeItem(REFRESH_KEY);
  } catch {
    // Storage disabled: the session lasts as long as the page.
  }
}

export class SessionStore {
  private accessToken: string | null = null;
  private expiresAt = 0;
  private memoryRefreshToken: string | null = null;
  private inFlight: Promise<boolean> | null = null;
  private listeners = new Set<Listener>();
  private tokenListeners = new Set<TokenListener>();

  constructor(private readonly endpoint = '/graphql') {}

  get refreshToken(): string | null {
    return readStorage() ?? this.memoryRefreshToken;
  }

  /** True when there is a session to use or to resume. */
  get active(): boolean {
    return Boolean(this.accessToken || this.refreshToken);
  }

  /** The access token in memory, as is (possibly about to expire): to compare, not to send. */
  get currentAccessToken(): string | null {
    return this.accessToken;
  }

  set(tokens: IssuedTokens): void {
    this.accessToken = tokens.accessToken;
    this.expiresAt = Date.parse(tokens.accessTokenExpiresAt) || Date.now() + 60_000;
    this.memoryRefreshToken = tokens.refreshToken;
    writeStorage(tokens.refreshToken);
    this.tokenChanged();
  }

  clear(): void {
    this.accessToken = null;
    this.expiresAt = 0;
    this.memoryRefreshToken = null;
    writeStorage(null);
    this.tokenChanged();
  }

  /** Forget the access token (the server said it expired) but keep the refresh token. */
  dropAccessToken(): void {
    this.accessToken = null;
    this.expiresAt = 0;
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Called after every sign-in, refresh and sign-out with the new access token (null when signed
   * out): the live connection, which sent the old one when it opened, reconnects with it.
   */
  onTokenChange(listener: TokenListener): () => void {
    this.tokenListeners.add(listener);
    return () => this.tokenListeners.delete(listener);
  }

  private tokenChanged(): void {
    for (const l of this.tokenListeners) l(this.accessToken);
  }

  /** The token to send with a request, refreshed first when missing or about to expire. */
  async tokenForRequest(): Promise<string | null> {
    if (this.accessToken && this.expiresAt - Date.now() > EARLY_MS) return this.accessToken;
    if (this.refreshToken) await this.refresh();
    return this.accessToken;
  }

  /**
   * Trades the refresh token for new tokens, once at a time. Resolves false when the session is
   * over (the tokens are then cleared and listeners told) or the server could not be reached
   * (tokens kept, to try again later).
   */
  refresh(): Promise<boolean> {
    this.inFlight ??= this.withLock(() => this.doRefresh()).finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async withLock<T>(work: () => Promise<T>): Promise<T> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    return locks ? (locks.request('parvis-refresh', work) as Promise<T>) : work();
  }

  private async doRefresh(): Promise<boolean> {
    const token = this.refreshToken;
    if (!token) return false;
    // Another tab may have refreshed while this one waited for the lock: its access token is not
    // shared, but the refresh token in storage is new and unspent, so use that one.
    let body: { data?: { refreshSession?: IssuedTokens } | null; errors?: { extensions?: { code?: string } }[] };
    try {
      const res = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ operationName: 'RefreshSession', query: REFRESH_MUTATION, variables: { refreshToken: token } }),
      });
      body = await res.json();
    } catch {
      return false;
    }
    const tokens = body.data?.refreshSession;
    if (tokens) {
      this.set(tokens);
      return true;
    }
    if (body.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED' || e.extensions?.code === 'BAD_USER_INPUT')) {
      this.clear();
      for (const l of this.listeners) l('ended');
    }
    return false;
  }
}

export const session = new SessionStore();
