import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router-dom';
import { RequireRole, type NavItem } from '@/app';
import { SuspensionBanner } from './components/SuspensionBanner';
import './moderation.css';
import { ItemPage } from './pages/ItemPage';
import { LogPage } from './pages/LogPage';
import { QueuePage } from './pages/QueuePage';
import { SuspensionsPage } from './pages/SuspensionsPage';
import { TransparencyPage } from './pages/TransparencyPage';

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
