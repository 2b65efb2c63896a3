import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLiveClient, liveUrl, retryDelay } from './live';
import { SessionStore } from './session';

/** Enough of a WebSocket for graphql-ws: opens, acknowledges `connection_init`, records what is sent. */
class FakeSocket {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSING = 2;
  static CLOSED = 3;
  static all: FakeSocket[] = [];
  readyState = FakeSocket.CONNECTING;
  sent: { type: string; payload?: Record<string, unknown> }[] = [];
  closedWith: number | null = null;
  onopen: ((e: unknown) => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: ((e: unknown) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;

  constructor(readonly url: string) {
    FakeSocket.all.push(this);
    setTimeout(() => {
      this.readyState = FakeSocket.OPEN;
      this.onopen?.({});
    });
  }

  send(data: string) {
    const message = JSON.parse(data) as FakeSocket['sent'][number];
    this.sent.push(message);
    if (message.type === 'connection_init') setTimeout(() => this.onmessage?.({ data: JSON.stringify({ type: 'connection_ack' }) }));
  }

  close(code = 1000, reason = '') {
    if (this.readyState === FakeSocket.CLOSED) return;
    this.readyState = FakeSocket.CLOSED;
    this.closedWith = code;
    setTimeout(() => this.onclose?.({ code, reason, wasClean: true, target: this }));
  }

  get init() {
    return this.sent.find((m) => m.type === 'connection_init')?.payload;
  }
  get subscribed() {
    return this.sent.filter((m) => m.type === 'subscribe').length;
  }
}

const later = () => new Date(Date.now() + 15 * 60_000).toISOString();
const tokens = (accessToken: string) => ({ accessToken, refreshToken: `r-${accessToken}`, accessTokenExpiresAt: later() });

describe('the live connection', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeSocket.all = [];
    localStorage.clear();
  });

  it('opens only for a subscription, with the token; reconnects with the new one on sign-in, refresh and sign-out', async () => {
    vi.stubGlobal('WebSocket', FakeSocket);
    const store = new SessionStore('http://test/graphql');
    store.set(tokens('A'));
    const { client, dispose } = createLiveClient(store, 'http://test/graphql');
    await new Promise((r) => setTimeout(r, 20));
    expect(FakeSocket.all).toHaveLength(0);

    const stop = client.subscribe(
      { query: 'subscription { notificationAdded { id } }' },
      { next: () => undefined, error: () => undefined, complete: () => undefined },
    );
    await vi.waitFor(() => expect(FakeSocket.all[0]?.subscribed).toBe(1));
    expect(FakeSocket.all[0]!.url).toBe('ws://test/graphql');
    expect(FakeSocket.all[0]!.init).toEqual({ authorization: 'Bearer A' });

    // A refresh: the open connection still carries the old token, so it is restarted at once.
    store.set(tokens('B'));
    await vi.waitFor(() => expect(FakeSocket.all[1]?.subscribed).toBe(1));
    expect(FakeSocket.all[0]!.closedWith).toBe(4205);
    expect(FakeSocket.all[1]!.init).toEqual({ authorization: 'Bearer B' });

    // Signed out: the subscription goes on as a visitor's (the server answers what visitors may see).
    store.clear();
    await vi.waitFor(() => expect(FakeSocket.all[2]?.subscribed).toBe(1));
    expect(FakeSocket.all[2]!.init).toEqual({});

    // The last subscription gone, the socket closes normally and stays closed.
    stop();
    await vi.waitFor(() => expect(FakeSocket.all[2]!.closedWith).toBe(1000));
    store.set(tokens('C'));
    await new Promise((r) => setTimeout(r, 20));
    expect(FakeSocket.all).toHaveLength(3);
    dispose();
  });

  it('waits longer after each failed attempt, up to 30 s', () => {
    expect(retryDelay(0, 0.5)).toBe(1000);
    expect(retryDelay(3, 0.5)).toBe(8000);
    expect(retryDelay(10, 0.5)).toBe(30_000);
    expect(retryDelay(0, 0)).toBe(750);
    expect(retryDelay(0, 1)).toBe(1250);
  });

  it('derives the socket URL from the GraphQL endpoint', () => {
    expect(liveUrl('/graphql', 'https://parvis.example/proposals/1')).toBe('wss://parvis.example/graphql');
    expect(liveUrl('/graphql', 'http://127.0.0.1:3000/')).toBe('ws://127.0.0.1:3000/graphql');
    expect(liveUrl('http://api.test/graphql')).toBe('ws://api.test/graphql');
  });
});
