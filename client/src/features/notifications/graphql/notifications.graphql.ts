import { graphql } from '@/generated';
import type { FollowTargetType, NotificationFieldsFragment } from '@/generated/graphql';

export type { FollowTargetType } from '@/generated/graphql';

/** A notification as listed and as it arrives live. */
export type NotificationItem = NotificationFieldsFragment;

/** Something followable: its kind and id, as `follow` / `unfollow` take them. */
export interface FollowTarget {
  type: FollowTargetType;
  id: string;
  /** Its GraphQL type (`Proposal`): the cached object whose `followerCount` and `viewerIsFollowing` a follow updates. */
  typename: string;
}

/** A followed thing's state after a follow or unfollow, as the server counted it. */
export const FOLLOW_STATE = graphql(`
  fragment FollowStateFields on FollowState {
    targetType
    targetId
    followerCount
    viewerIsFollowing
  }
`);

/** Idempotent on the server; answers the target's follow state, which `useFollow` writes to the followed object. */
export const FOLLOW = graphql(`
  mutation Follow($targetType: FollowTargetType!, $targetId: ID!) {
    follow(targetType: $targetType, targetId: $targetId) {
      ...FollowStateFields
    }
  }
`);

export const UNFOLLOW = graphql(`
  mutation Unfollow($targetType: FollowTargetType!, $targetId: ID!) {
    unfollow(targetType: $targetType, targetId: $targetId) {
      ...FollowStateFields
    }
  }
`);

/** One selection of a notification, for the list and the live feed alike. */
export const NOTIFICATION_FIELDS = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    targetType
    targetId
    payload
    read
    createdAt
  }
`);

export const NOTIFICATIONS = graphql(`
  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...NotificationFields
        }
      }
    }
  }
`);

/**
 * Asked in its own operation: two signed-in root fields in one request currently race in the
 * server's AuthGuard (the second is refused UNAUTHENTICATED while the first checks the token).
 */
export const UNREAD_COUNT = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MARK_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/** The viewer's new notifications, live (graphql-ws): each raises the unread count. */
export const NOTIFICATION_ADDED = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationFields
    }
  }
`);
