import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router-dom';
import { lazyPage, RequireRole } from '@/app';
import './commune.css';

const DistrictPage = lazyPage(() => import('./pages/DistrictPage'), 'DistrictPage');
const DistrictsPage = lazyPage(() => import('./pages/DistrictsPage'), 'DistrictsPage');
const IdentityPage = lazyPage(() => import('./pages/IdentityPage'), 'IdentityPage');
const LegalPage = lazyPage(() => import('./pages/LegalPage'), 'LegalPage');
const LegalPageEditPage = lazyPage(() => import('./pages/LegalPageEditPage'), 'LegalPageEditPage');
const LegalPagesAdminPage = lazyPage(() => import('./pages/LegalPagesAdminPage'), 'LegalPagesAdminPage');
const SetupPage = lazyPage(() => import('./pages/SetupPage'), 'SetupPage');

const adminOnly = (element: ReactNode) => <RequireRole roles={['ADMIN']}>{element}</RequireRole>;

// Each legal page has its own literal address (the server's route list then knows them: any other
// /legal/… answers 404). Their slugs are LegalPage.slug.
export const routes: RouteObject[] = [
  { path: '/admin/setup', element: adminOnly(<SetupPage />) },
  { path: '/admin/commune', element: adminOnly(<IdentityPage />) },
  { path: '/admin/districts', element: adminOnly(<DistrictsPage />) },
  { path: '/admin/districts/:id', element: adminOnly(<DistrictPage />) },
  { path: '/admin/legal-pages', element: adminOnly(<LegalPagesAdminPage />) },
  { path: '/admin/legal-pages/:slug/:language', element: adminOnly(<LegalPageEditPage />) },
  { path: '/legal/mentions-legales', element: <LegalPage kind="LEGAL_NOTICE" /> },
  { path: '/legal/privacy', element: <LegalPage kind="PRIVACY" /> },
  { path: '/legal/accessibility', element: <LegalPage kind="ACCESSIBILITY" /> },
  { path: '/legal/terms', element: <LegalPage kind="TERMS" /> },
];
