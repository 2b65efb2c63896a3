import { describe, expect, it } from 'vitest';
import type { RequestEvent, RequestStatus } from './graphql/service-requests.graphql';
import { liveNews } from './lib';

type Ev = Pick<RequestEvent, 'id' | 'kind' | 'byRequester' | 'author'>;
const ev = (id: string, kind: RequestEvent['kind'], extra: Partial<Ev> = {}): Ev => ({
  id,
  kind,
  byRequester: false,
  author: null,
  ...extra,
});
const view = (status: RequestStatus, events: Ev[], viewerIsRequester = false) => ({ status, events, viewerIsRequester });
const label = (s: RequestStatus) => `«${s}»`;

describe('what a live update of a request says', () => {
  const created = ev('1', 'CREATED', { byRequester: true });

  it('names the new status set by an agent', () => {
    const before = view('SUBMITTED', [created], true);
    const after = view('ACKNOWLEDGED', [created, ev('2', 'STATUS_CHANGED')], true);
    expect(liveNews(before, after, 'resident', label)).toEqual({
      key: 'service-requests.live.status',
      params: { status: '«ACKNOWLEDGED»' },
    });
  });

  it('tells of an update of the town hall, a reply (to staff), a note (to staff), anything else', () => {
    expect(liveNews(view('SUBMITTED', [created]), view('SUBMITTED', [created, ev('2', 'PUBLIC_UPDATE')]), null, label)?.key).toBe(
      'service-requests.live.publicUpdate',
    );
    const replied = view('IN_PROGRESS', [created, ev('2', 'RESIDENT_REPLY', { byRequester: true })]);
    expect(liveNews(view('IN_PROGRESS', [created]), replied, 'agent', label)?.key).toBe('service-requests.live.reply');
    expect(liveNews(view('IN_PROGRESS', [created]), view('IN_PROGRESS', [created, ev('2', 'INTERNAL_NOTE')]), 'agent', label)?.key).toBe(
      'service-requests.live.note',
    );
    expect(liveNews(view('IN_PROGRESS', [created]), view('IN_PROGRESS', [created, ev('2', 'ASSIGNED')]), null, label)?.key).toBe(
      'service-requests.live.updated',
    );
  });

  it('says nothing of what the viewer did, nor of a change without a new event (a new follower)', () => {
    const mine = view(
      'IN_PROGRESS',
      [created, ev('2', 'RESIDENT_REPLY', { byRequester: true }), ev('3', 'STATUS_CHANGED', { byRequester: true })],
      true,
    );
    expect(liveNews(view('WAITING_FOR_RESIDENT', [created], true), mine, 'resident', label)).toBeNull();
    const agentsOwn = view('ACKNOWLEDGED', [created, ev('2', 'STATUS_CHANGED', { author: { id: 'agent', displayName: 'A' } })]);
    expect(liveNews(view('SUBMITTED', [created]), agentsOwn, 'agent', label)).toBeNull();
    // Another agent's change is news to this one.
    expect(liveNews(view('SUBMITTED', [created]), agentsOwn, 'other-agent', label)?.key).toBe('service-requests.live.status');
    expect(liveNews(view('SUBMITTED', [created]), view('SUBMITTED', [created]), null, label)).toBeNull();
  });
});
