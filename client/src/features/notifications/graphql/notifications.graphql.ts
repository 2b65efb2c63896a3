import { gql, type TypedDocumentNode } from '@apollo/client';

export type FollowTargetType = 'PROPOSAL' | 'FORUM_TOPIC' | 'CONSULTATION' | 'SERVICE_REQUEST';

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

export interface NotificationsData {
  notifications: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: NotificationItem }[];
  };
}

export const NOTIFICATIONS: TypedDocumentNode<NotificationsData, { first: number; after?: string | null; unreadOnly: boolean }> = gql`
  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          kind
          targetType
          targetId
          payload
          read
          createdAt
        }
      }
    }
  }
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
      id
      kind
      targetType
      targetId
      payload
      read
      createdAt
    }
  }
`;
