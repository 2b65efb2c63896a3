import type { RouteObject } from 'react-router-dom';
import { lazyPage, loadNotificationRenderers, RequireAuth, type NavItem } from '@/app';
import { useUnreadNavCount } from './hooks/useUnreadCount';

// The list says each notification in words: the features' renderers come with it.
const NotificationsPage = lazyPage(
  () => Promise.all([import('./pages/NotificationsPage'), loadNotificationRenderers()]).then(([page]) => page),
  'NotificationsPage',
);
const NotificationPreferencesPage = lazyPage(() => import('./pages/NotificationPreferencesPage'), 'NotificationPreferencesPage');
const UnsubscribePage = lazyPage(() => import('./pages/UnsubscribePage'), 'UnsubscribePage');

export const routes: RouteObject[] = [
  {
    path: '/notifications',
    element: (
      <RequireAuth>
        <NotificationsPage />
      </RequireAuth>
    ),
  },
  {
    path: '/account/notifications',
    element: (
      <RequireAuth>
        <NotificationPreferencesPage />
      </RequireAuth>
    ),
  },
  { path: '/unsubscribe', element: <UnsubscribePage /> },
];

export const navItems: NavItem[] = [
  { to: '/notifications', labelKey: 'notifications.nav', signedIn: true, order: 85, useCount: useUnreadNavCount },
];
