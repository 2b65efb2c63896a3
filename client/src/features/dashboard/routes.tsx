import type { RouteObject } from 'react-router-dom';
import { lazyPage, type NavItem } from '@/app';

// Each page is its own chunk, with chart.js and Leaflet: nothing of them is in the home page's bundle.
const DashboardPage = lazyPage(() => import('./pages/DashboardPage'), 'DashboardPage');
const BilanPage = lazyPage(() => import('./pages/BilanPage'), 'BilanPage');
const ReportsPage = lazyPage(() => import('./pages/ReportsPage'), 'ReportsPage');

export const routes: RouteObject[] = [
  { path: '/dashboard', element: <DashboardPage /> },
  { path: '/bilan', element: <BilanPage /> },
  { path: '/service-requests', element: <ReportsPage /> },
];

export const navItems: NavItem[] = [
  { to: '/service-requests', labelKey: 'dashboard.reports.nav', order: 22 },
  { to: '/dashboard', labelKey: 'dashboard.nav', order: 60 },
];
