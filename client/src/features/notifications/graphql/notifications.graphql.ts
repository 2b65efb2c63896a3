import { gql, type TypedDocumentNode } from '@apollo/client';
import { PAGE_INFO, type Connection } from '@/app';

export type FollowTargetType = 'PROPOSAL' | 'FORUM_TOPIC' | 'CONSULTATION' | 'SERVICE_REQUEST';

/** Something followable: its kind and id, as `follow` / `unfollow` take them. */
export interface FollowTarget {
  type: FollowTargetType;
  id: string;
}

/** Idempotent on the server; answers a bare Boolean, so `useFollow` updates the cached count itself. */
export const FOLLOW: TypedDocumentNode<{ follow: boolean }, { targetType: FollowTargetType; targetId: string }> = gql`
  mutation Follow($targetType: FollowTargetType!, $targetId: ID!) {
    follow(targetType: $targetType, targetId: $targetId)
  }
`;

export const UNFOLLOW: TypedDocumentNode<{ unfollow: boolean }, { targetType: FollowTargetType; targetId: string }> = gql`
  mutation Unfollow($targetType: FollowTargetType!, $targetId: ID!) {
    unfollow(targetType: $targetType, targetId: $targetId)
  }
`;

export interface NotificationItem {
  id: string;
  /** e.g. SERVICE_REQUEST_STATUS_CHANGED; translated here, unknown kinds get a generic sentence. */
  kind: string;
  targetType: FollowTargetType;
  targetId: string;
  /** Facts to show it (reference, statuses, message): plain text. */
  payload: Record<string, unknown>;
  read: boolean;
  createdAt: string;
}

/** One selection of a notification, for the list and the live feed alike. */
const NOTIFICATION_FIELDS = gql`
  fragment NotificationFields on Notification {
    id
    kind
    targetType
    targetId
    payload
    read
    createdAt
  }
`;

export interface NotificationsData {
  notifications: Connection<NotificationItem>;
}

export const NOTIFICATIONS: TypedDocumentNode<NotificationsData, { first: number; after?: string | null; unreadOnly: boolean }> = gql`
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
  ${NOTIFICATION_FIELDS}
  ${PAGE_INFO}
`;

/**
 * Asked in its own operation: two signed-in root fields in one request currently race in the
 * server's AuthGuard (the second is refused UNAUTHENTICATED while the first checks the token).
 */
export const UNREAD_COUNT: TypedDocumentNode<{ unreadNotificationCount: number }, Record<string, never>> = gql`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`;

export const MARK_READ: TypedDocumentNode<{ markNotificationsRead: number }, { ids?: string[] | null }> = gql`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`;

/** The viewer's new notifications, live (graphql-ws): each raises the unread count. */
export const NOTIFICATION_ADDED: TypedDocumentNode<{ notificationAdded: NotificationItem }, Record<string, never>> = gql`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationFields
    }
  }
  ${NOTIFICATION_FIELDS}
`;
