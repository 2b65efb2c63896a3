import { useQuery, useSubscription } from '@apollo/client/react';
import type { NavCount } from '@/app';
import { useT } from '@/i18n';
import { NOTIFICATION_ADDED, UNREAD_COUNT } from '../graphql/notifications.graphql';
import { emitNotificationAdded } from './useNotificationAdded';

/**
 * The signed-in viewer's unread count, kept current without polling: asked once, then raised by
 * each `notificationAdded` and lowered by `markNotificationsRead` (the notifications page updates
 * the same cache field). Use it only where a viewer is signed in: the subscription needs one.
 */
export function useUnreadCount(): number {
  const { data } = useQuery(UNREAD_COUNT, { fetchPolicy: 'cache-and-network' });
  useSubscription(NOTIFICATION_ADDED, {
    // Written to the cache here, with the count: the page's list is fetched again when shown.
    fetchPolicy: 'no-cache',
    ignoreResults: true,
    onData: ({ client, data: result }) => {
      const added = result.data?.notificationAdded;
      if (!added) return;
      client.cache.modify({
        fields: {
          unreadNotificationCount: (n: number) => (added.read ? n : n + 1),
          // The list (first page, unread-only or not) now misses the newest one: fetch it again when shown.
          notifications: (_value, { DELETE }) => DELETE,
        },
      });
      emitNotificationAdded(added);
    },
  });
  return data?.unreadNotificationCount ?? 0;
}

/** The header's count after « Notifications » (none at zero), named in words: « Notifications, 3 non lues ». */
export function useUnreadNavCount(): NavCount | null {
  const t = useT();
  const count = useUnreadCount();
  return count > 0 ? { count, label: t('notifications.unreadInNav', { count }) } : null;
}
