import type { RouteObject } from 'react-router-dom';
import { RequireAuth, type NavItem } from '@/app';
import './proposals.css';
import { EditProposalPage } from './pages/EditProposalPage';
import { MyProposalsPage } from './pages/MyProposalsPage';
import { NewProposalPage } from './pages/NewProposalPage';
import { ProposalPage } from './pages/ProposalPage';
import { ProposalsPage } from './pages/ProposalsPage';

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
