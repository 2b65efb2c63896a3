import { useMutation } from '@apollo/client/react';
import { FOLLOW, UNFOLLOW, type FollowTarget, type FollowTargetType } from '../graphql/notifications.graphql';

/** The GraphQL type of each followable kind: its cached object carries `followerCount` and `viewerIsFollowing`. */
const TYPENAMES: Record<FollowTargetType, string> = {
  PROPOSAL: 'Proposal',
  SERVICE_REQUEST: 'ServiceRequest',
  FORUM_TOPIC: 'ForumTopic',
  CONSULTATION: 'Consultation',
};

/**
 * Follow / unfollow anything followable, updating its follower count and flag in the cache (the
 * mutations answer a bare Boolean). Both are idempotent on the server; the count moves only on a
 * real change, which the cached flag tells.
 */
export function useFollow(target: FollowTarget) {
  const variables = { targetType: target.type, targetId: target.id };
  const cacheId = { __typename: TYPENAMES[target.type], id: target.id };
  const [follow, following] = useMutation(FOLLOW, {
    update: (cache) => {
      cache.modify({
        id: cache.identify(cacheId),
        fields: {
          followerCount: (n: number, { readField }) => (readField<boolean>('viewerIsFollowing') ? n : n + 1),
          viewerIsFollowing: () => true,
        },
      });
    },
  });
  const [unfollow, unfollowing] = useMutation(UNFOLLOW, {
    update: (cache) => {
      cache.modify({
        id: cache.identify(cacheId),
        fields: {
          followerCount: (n: number, { readField }) => (readField<boolean>('viewerIsFollowing') ? Math.max(0, n - 1) : n),
          viewerIsFollowing: () => false,
        },
      });
    },
  });
  return {
    follow: () => follow({ variables }),
    unfollow: () => unfollow({ variables }),
    loading: following.loading || unfollowing.loading,
  };
}
