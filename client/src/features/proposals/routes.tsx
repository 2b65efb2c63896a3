import type { RouteObject } from 'react-router-dom';
import { lazyPage, RequireAuth, type NavItem } from '@/app';
import './proposals.css';

const EditProposalPage = lazyPage(() => import('./pages/EditProposalPage'), 'EditProposalPage');
const MyProposalsPage = lazyPage(() => import('./pages/MyProposalsPage'), 'MyProposalsPage');
const NewProposalPage = lazyPage(() => import('./pages/NewProposalPage'), 'NewProposalPage');
const ProposalPage = lazyPage(() => import('./pages/ProposalPage'), 'ProposalPage');
const ProposalsPage = lazyPage(() => import('./pages/ProposalsPage'), 'ProposalsPage');

export const routes: RouteObject[] = [
  { path: '/proposals', element: <ProposalsPage /> },
  {
    path: '/proposals/new',
    element: (
      <RequireAuth>
        <NewProposalPage />
      </RequireAuth>
    ),
  },
  {
    path: '/proposals/mine',
    element: (
      <RequireAuth>
        <MyProposalsPage />
      </RequireAuth>
    ),
  },
  { path: '/proposals/:id', element: <ProposalPage /> },
  {
    path: '/proposals/:id/edit',
    element: (
      <RequireAuth>
        <EditProposalPage />
      </RequireAuth>
    ),
  },
];

export const navItems: NavItem[] = [{ to: '/proposals', labelKey: 'proposals.nav', order: 10 }];
