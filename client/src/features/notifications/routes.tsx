import type { RouteObject } from 'react-router-dom';
import { RequireAuth, type NavItem } from '@/app';
import { useUnreadNavCount } from './hooks/useUnreadCount';
import { NotificationPreferencesPage } from './pages/NotificationPreferencesPage';
import { NotificationsPage } from './pages/NotificationsPage';
import { UnsubscribePage } from './pages/UnsubscribePage';

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
