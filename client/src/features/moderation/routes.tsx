import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router-dom';
import { lazyPage, RequireRole, type NavItem } from '@/app';
import { SuspensionBanner } from './components/SuspensionBanner';
import './moderation.css';

const ItemPage = lazyPage(() => import('./pages/ItemPage'), 'ItemPage');
const LogPage = lazyPage(() => import('./pages/LogPage'), 'LogPage');
const QueuePage = lazyPage(() => import('./pages/QueuePage'), 'QueuePage');
const SuspensionsPage = lazyPage(() => import('./pages/SuspensionsPage'), 'SuspensionsPage');
const TransparencyPage = lazyPage(() => import('./pages/TransparencyPage'), 'TransparencyPage');

const moderators = (page: ReactNode) => <RequireRole roles={['MODERATOR', 'ADMIN']}>{page}</RequireRole>;

export const routes: RouteObject[] = [
  { path: '/moderation', element: moderators(<QueuePage />) },
  { path: '/moderation/items/:type/:id', element: moderators(<ItemPage />) },
  { path: '/moderation/log', element: moderators(<LogPage />) },
  { path: '/moderation/suspensions', element: moderators(<SuspensionsPage />) },
  { path: '/transparency', element: <TransparencyPage /> },
];

export const navItems: NavItem[] = [{ to: '/moderation', labelKey: 'moderation.nav', roles: ['MODERATOR', 'ADMIN'], order: 80 }];

export const footerItems: NavItem[] = [{ to: '/transparency', labelKey: 'moderation.footer' }];

export const banners = [SuspensionBanner];
