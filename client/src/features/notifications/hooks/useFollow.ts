import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { FollowStateFieldsFragment } from '@/generated/graphql';
import { FOLLOW, UNFOLLOW, type FollowTarget } from '../graphql/notifications.graphql';

/**
 * Writes the server's answer to a follow or unfollow into the followed object's cached
 * `followerCount` and `viewerIsFollowing`: the server counted the follows, the client only shows
 * the count (two tabs, or a follow the viewer already had, cannot make it drift).
 */
export function writeFollowState(cache: ApolloCache, typename: string, state: FollowStateFieldsFragment) {
  cache.modify({
    id: cache.identify({ __typename: typename, id: state.targetId }),
    fields: {
      followerCount: () => state.followerCount,
      viewerIsFollowing: () => state.viewerIsFollowing,
    },
  });
}

/** Follow / unfollow anything followable; the followed object's cached count and flag become the server's. */
export function useFollow(target: FollowTarget) {
  const variables = { targetType: target.type, targetId: target.id };
  const [follow, following] = useMutation(FOLLOW, {
    update: (cache, { data }) => {
      if (data) writeFollowState(cache, target.typename, data.follow);
    },
  });
  const [unfollow, unfollowing] = useMutation(UNFOLLOW, {
    update: (cache, { data }) => {
      if (data) writeFollowState(cache, target.typename, data.unfollow);
    },
  });
  return {
    follow: () => follow({ variables }),
    unfollow: () => unfollow({ variables }),
    loading: following.loading || unfollowing.loading,
  };
}
