import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import {
  DISMISS_FLAGS,
  HIDE_CONTENT,
  LIFT_SUSPENSION,
  RESTORE_CONTENT,
  SUSPEND_ACCOUNT,
  type FlagReason,
  type FlagTarget,
} from '../graphql/moderation.graphql';

interface StoredConnection {
  edges?: readonly { node?: Reference }[];
  totalCount?: number;
}

/** Takes an item out of the cached queue (after a hide or a dismissal): its count goes down with it. */
export function removeFromQueue(cache: ApolloCache, itemId: string): void {
  cache.modify({
    fields: {
      moderationQueue(value, { readField }) {
        const existing = value as StoredConnection;
        const edges = existing.edges ?? [];
        const kept = edges.filter((e) => !e.node || readField<string>('id', e.node) !== itemId);
        if (kept.length === edges.length) return value;
        return { ...existing, edges: kept, totalCount: Math.max(0, (existing.totalCount ?? edges.length) - 1) };
      },
    },
  });
}

/**
 * Marks the item hidden or shown wherever the cache holds it (a comment in a thread, a proposal),
 * whatever its type: objects are found by their id, which is unique (a UUID). Fields a type does
 * not have are left alone; lists that leave hidden items out are fetched again when shown.
 */
export function markHiddenInCache(cache: ApolloCache, targetId: string, hidden: boolean, reason: string | null): void {
  const keys = Object.keys(cache.extract() as Record<string, unknown>).filter(
    (key) => key.endsWith(`:${targetId}`) && !key.startsWith('FlaggedItem:'),
  );
  for (const id of keys) {
    cache.modify({
      id,
      fields: {
        hidden: () => hidden,
        hiddenReason: () => (hidden ? reason : null),
      },
    });
  }
}

/** What a decision changes elsewhere: the log and the transparency counts are fetched again when shown. */
function forgetReports(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'moderationLog' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'moderationTransparency' });
  cache.gc();
}

/** The queue's id of an item: `<type>:<id>` (FlaggedItem.id). */
export const itemIdOf = (target: FlagTarget) => `${target.type}:${target.id}`;

/**
 * A moderator's decisions on an item, each with its cache update: hide (with the reason shown to the
 * author and the ground counted by the transparency report), restore, dismiss the flags. The
 * server checks the rights and the state; these only keep the screens in step with its answer.
 */
export function useItemDecisions() {
  const [hideMutation, hiding] = useMutation(HIDE_CONTENT);
  const [restoreMutation, restoring] = useMutation(RESTORE_CONTENT);
  const [dismissMutation, dismissing] = useMutation(DISMISS_FLAGS);

  const hide = (target: FlagTarget, reason: string, ground: FlagReason | null) =>
    hideMutation({
      variables: { targetType: target.type, targetId: target.id, reason, ground },
      update(cache, { data }) {
        if (!data?.hideContent) return;
        removeFromQueue(cache, itemIdOf(target));
        markHiddenInCache(cache, target.id, true, reason.trim());
        forgetReports(cache);
      },
    });

  const restore = (target: FlagTarget, reason: string | null) =>
    restoreMutation({
      variables: { targetType: target.type, targetId: target.id, reason },
      update(cache, { data }) {
        if (!data?.restoreContent) return;
        markHiddenInCache(cache, target.id, false, null);
        forgetReports(cache);
      },
    });

  const dismiss = (target: FlagTarget, reason: string | null) =>
    dismissMutation({
      variables: { targetType: target.type, targetId: target.id, reason },
      update(cache, { data }) {
        if (!data?.dismissFlags) return;
        removeFromQueue(cache, itemIdOf(target));
        forgetReports(cache);
      },
    });

  return { hide, restore, dismiss, busy: hiding.loading || restoring.loading || dismissing.loading };
}

/**
 * A lifted suspension leaves the lists of suspensions in force (the lists that include ended ones
 * keep it: the server's answer, normalised by id, shows it ended there).
 */
export function removeLifted(cache: ApolloCache, suspensionId: string): void {
  cache.modify({
    fields: {
      suspensions(value, { readField, storeFieldName }) {
        if (storeFieldName.includes('"includeEnded":true')) return value;
        const existing = value as StoredConnection;
        const edges = existing.edges ?? [];
        const kept = edges.filter((e) => !e.node || readField<string>('id', e.node) !== suspensionId);
        if (kept.length === edges.length) return value;
        return { ...existing, edges: kept, totalCount: Math.max(0, (existing.totalCount ?? edges.length) - 1) };
      },
    },
  });
}

/**
 * Suspending (the lists of suspensions are fetched again when shown: a new one is in them) and
 * lifting (it leaves the lists of those in force); the log either way.
 */
export function useSuspensionDecisions() {
  const [suspendMutation, suspending] = useMutation(SUSPEND_ACCOUNT, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'suspensions' });
      forgetReports(cache);
    },
  });
  const [liftMutation, lifting] = useMutation(LIFT_SUSPENSION, {
    update(cache, { data }) {
      if (data) removeLifted(cache, data.liftSuspension.id);
      forgetReports(cache);
    },
  });
  return {
    suspend: (userId: string, until: Date, reason: string) =>
      suspendMutation({ variables: { userId, until: until.toISOString(), reason } }),
    lift: (userId: string, reason: string | null) => liftMutation({ variables: { userId, reason } }),
    suspending: suspending.loading,
    lifting: lifting.loading,
  };
}
