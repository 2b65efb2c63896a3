import type { RouteObject } from 'react-router-dom';
import { lazyPage, RequireAuth, RequireRole, type NavItem } from '@/app';
import './budgets.css';

const BudgetPage = lazyPage(() => import('./pages/BudgetPage'), 'BudgetPage');
const BudgetsPage = lazyPage(() => import('./pages/BudgetsPage'), 'BudgetsPage');
const EditBudgetPage = lazyPage(() => import('./pages/EditBudgetPage'), 'EditBudgetPage');
const NewBudgetPage = lazyPage(() => import('./pages/NewBudgetPage'), 'NewBudgetPage');
const ProjectPage = lazyPage(() => import('./pages/ProjectPage'), 'ProjectPage');
const SubmitProjectPage = lazyPage(() => import('./pages/SubmitProjectPage'), 'SubmitProjectPage');

export const routes: RouteObject[] = [
  { path: '/budgets', element: <BudgetsPage /> },
  {
    path: '/budgets/new',
    element: (
      <RequireAuth>
        <RequireRole roles={['COUNCIL']}>
          <NewBudgetPage />
        </RequireRole>
      </RequireAuth>
    ),
  },
  { path: '/budgets/:id', element: <BudgetPage /> },
  {
    path: '/budgets/:id/edit',
    element: (
      <RequireAuth>
        <RequireRole roles={['COUNCIL']}>
          <EditBudgetPage />
        </RequireRole>
      </RequireAuth>
    ),
  },
  {
    path: '/budgets/:id/submit',
    element: (
      <RequireAuth>
        <SubmitProjectPage />
      </RequireAuth>
    ),
  },
  { path: '/budgets/projects/:id', element: <ProjectPage /> },
];

export const navItems: NavItem[] = [{ to: '/budgets', labelKey: 'budgets.nav', order: 18 }];
