import type { RouteObject } from 'react-router-dom';
import { lazyPage, RequireAuth, type NavItem } from '@/app';
import { useUnreadNavCount } from './hooks/useUnreadCount';

const NotificationsPage = lazyPage(() => import('./pages/NotificationsPage'), 'NotificationsPage');
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
