import { gql, InMemoryCache } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { typePolicies } from '../cache';
import { MODERATION_QUEUE, SUSPENSIONS, type ModerationItemData, type SuspensionData } from '../graphql/moderation.graphql';
import { markHiddenInCache, removeFromQueue, removeLifted } from './useModerationActions';

/** The real Apollo cache with this feature's policies (what the pages read). */
const newCache = () => new InMemoryCache({ typePolicies });
const COMMENT_ID = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
const PROPOSAL_ID = '3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';

function item(type: 'COMMENT' | 'PROPOSAL', id: string): ModerationItemData {
  return {
    __typename: 'FlaggedItem',
    id: `${type}:${id}`,
    targetType: type,
    targetId: id,
    openFlagCount: 1,
    firstOpenFlagAt: '2026-03-01T10:00:00.000Z',
    lastFlaggedAt: '2026-03-01T10:00:00.000Z',
    reasonCounts: [{ __typename: 'FlagReasonCount', reason: 'SPAM', count: 1 }],
    notes: { __typename: 'FlagNoteConnection', totalCount: 0, edges: [] },
    content: null,
  } as ModerationItemData;
}

const pageInfo = { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: 'c2' };

describe('removeFromQueue', () => {
  it('takes the item out of the cached queue and lowers its count; another id changes nothing', () => {
    const cache = newCache();
    cache.writeQuery({
      query: MODERATION_QUEUE,
      variables: { first: 10, after: null },
      data: {
        moderationQueue: {
          __typename: 'FlagConnection',
          totalCount: 2,
          pageInfo,
          edges: [
            { __typename: 'FlagEdge', cursor: 'c1', node: item('COMMENT', COMMENT_ID) },
            { __typename: 'FlagEdge', cursor: 'c2', node: item('PROPOSAL', PROPOSAL_ID) },
          ],
        },
      },
    });
    removeFromQueue(cache, 'COMMENT:nothing-like-it');
    expect(cache.readQuery({ query: MODERATION_QUEUE, variables: { first: 10, after: null } })?.moderationQueue.totalCount).toBe(2);
    removeFromQueue(cache, `COMMENT:${COMMENT_ID}`);
    const queue = cache.readQuery({ query: MODERATION_QUEUE, variables: { first: 10, after: null } })?.moderationQueue;
    expect(queue?.totalCount).toBe(1);
    expect(queue?.edges.map((e) => e.node.id)).toEqual([`PROPOSAL:${PROPOSAL_ID}`]);
  });
});

describe('markHiddenInCache', () => {
  // Codegen leaves test files out: a plain document (the cache needs no types).
  const COMMENT = gql`
    fragment ModerationTestComment on Comment {
      id
      hidden
      hiddenReason
    }
  `;
  it('marks the cached object with that id hidden (with the reason), then shown, whatever its type', () => {
    const cache = newCache();
    const id = cache.identify({ __typename: 'Comment', id: COMMENT_ID });
    cache.writeFragment({ id, fragment: COMMENT, data: { __typename: 'Comment', id: COMMENT_ID, hidden: false, hiddenReason: null } });
    markHiddenInCache(cache, COMMENT_ID, true, 'Insultes.');
    expect(cache.readFragment({ id, fragment: COMMENT })).toMatchObject({ hidden: true, hiddenReason: 'Insultes.' });
    markHiddenInCache(cache, COMMENT_ID, false, null);
    expect(cache.readFragment({ id, fragment: COMMENT })).toMatchObject({ hidden: false, hiddenReason: null });
  });
});

describe('removeLifted', () => {
  const suspension = (id: string, active: boolean): SuspensionData =>
    ({
      __typename: 'Suspension',
      id,
      until: '2026-04-01T10:00:00.000Z',
      reason: 'Insultes.',
      createdAt: '2026-03-01T10:00:00.000Z',
      active,
      liftedAt: null,
      liftReason: null,
      user: { __typename: 'User', id: `user-${id}`, displayName: `Personne ${id}` },
      suspendedBy: null,
      liftedBy: null,
    }) as SuspensionData;
  const write = (cache: InMemoryCache, includeEnded: boolean) =>
    cache.writeQuery({
      query: SUSPENSIONS,
      variables: { first: 20, after: null, includeEnded },
      data: {
        suspensions: {
          __typename: 'SuspensionConnection',
          totalCount: 2,
          pageInfo,
          edges: [
            { __typename: 'SuspensionEdge', cursor: 'c1', node: suspension('s1', true) },
            { __typename: 'SuspensionEdge', cursor: 'c2', node: suspension('s2', true) },
          ],
        },
      },
    });
  it('takes a lifted suspension out of the lists of those in force, not out of the full history', () => {
    const cache = newCache();
    write(cache, false);
    write(cache, true);
    removeLifted(cache, 's1');
    const inForce = cache.readQuery({ query: SUSPENSIONS, variables: { first: 20, after: null, includeEnded: false } })?.suspensions;
    expect(inForce?.edges.map((e) => e.node.id)).toEqual(['s2']);
    expect(inForce?.totalCount).toBe(1);
    const all = cache.readQuery({ query: SUSPENSIONS, variables: { first: 20, after: null, includeEnded: true } })?.suspensions;
    expect(all?.edges.map((e) => e.node.id)).toEqual(['s1', 's2']);
  });
});
