import type { RouteObject } from 'react-router-dom';
import { RequireAuth, RequireRole, type NavItem } from '@/app';
import './budgets.css';
import { BudgetPage } from './pages/BudgetPage';
import { BudgetsPage } from './pages/BudgetsPage';
import { EditBudgetPage } from './pages/EditBudgetPage';
import { NewBudgetPage } from './pages/NewBudgetPage';
import { ProjectPage } from './pages/ProjectPage';
import { SubmitProjectPage } from './pages/SubmitProjectPage';

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
