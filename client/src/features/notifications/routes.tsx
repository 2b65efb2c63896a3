import type { RouteObject } from 'react-router-dom';
import { lazyPage, RequireAuth, type NavItem } from '@/app';
import { useUnreadNavCount } from './hooks/useUnreadCount';

const NotificationsPage = lazyPage(() => import('./pages/NotificationsPage'), 'NotificationsPage');

export const routes: RouteObject[] = [
  {
    path: '/notifications',
    element: (
      <RequireAuth>
        <NotificationsPage />
      </RequireAuth>
    ),
  },
];

export const navItems: NavItem[] = [
  { to: '/notifications', labelKey: 'notifications.nav', signedIn: true, order: 85, useCount: useUnreadNavCount },
];
