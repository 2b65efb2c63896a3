import { useMutation } from '@apollo/client/react';
import { FOLLOW, UNFOLLOW } from '../graphql/service-requests.graphql';

/**
 * Follow / unfollow a request, updating its follower count and flag in the cache (the mutations
 * answer a bare Boolean). Both are idempotent on the server; the count moves only on a real change.
 */
export function useFollow(id: string) {
  const cacheId = { __typename: 'ServiceRequest', id };
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
    follow: () => follow({ variables: { targetId: id } }),
    unfollow: () => unfollow({ variables: { targetId: id } }),
    loading: following.loading || unfollowing.loading,
  };
}
