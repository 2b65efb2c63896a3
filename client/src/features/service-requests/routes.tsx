import type { RouteObject } from 'react-router-dom';
import { lazyPage, RequireAuth, RequireRole, type NavItem } from '@/app';

const AgentQueuePage = lazyPage(() => import('./pages/AgentQueuePage'), 'AgentQueuePage');
const LookupPage = lazyPage(() => import('./pages/LookupPage'), 'LookupPage');
const MyServiceRequestsPage = lazyPage(() => import('./pages/MyServiceRequestsPage'), 'MyServiceRequestsPage');
const NewServiceRequestPage = lazyPage(() => import('./pages/NewServiceRequestPage'), 'NewServiceRequestPage');
const ServiceRequestPage = lazyPage(() => import('./pages/ServiceRequestPage'), 'ServiceRequestPage');

export const routes: RouteObject[] = [
  // The catalogue is open to visitors; the form inside asks them to sign in.
  { path: '/service-requests/new', element: <NewServiceRequestPage /> },
  {
    path: '/service-requests/mine',
    element: (
      <RequireAuth>
        <MyServiceRequestsPage />
      </RequireAuth>
    ),
  },
  { path: '/service-requests/lookup', element: <LookupPage /> },
  { path: '/service-requests/:id', element: <ServiceRequestPage /> },
  {
    path: '/agent/queue',
    element: (
      <RequireRole roles={['AGENT', 'ADMIN']}>
        <AgentQueuePage />
      </RequireRole>
    ),
  },
];

export const navItems: NavItem[] = [
  { to: '/service-requests/new', labelKey: 'service-requests.nav.file', order: 20 },
  { to: '/service-requests/mine', labelKey: 'service-requests.nav.mine', signedIn: true, order: 21 },
  { to: '/agent/queue', labelKey: 'service-requests.nav.queue', roles: ['AGENT', 'ADMIN'], order: 80 },
];
