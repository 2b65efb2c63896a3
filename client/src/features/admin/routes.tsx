import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router-dom';
import { RequireRole, type NavItem } from '@/app';
import { AdminHomePage } from './pages/AdminHomePage';
import { CategoriesPage } from './pages/CategoriesPage';
import { DepartmentsPage } from './pages/DepartmentsPage';
import { UsersPage } from './pages/UsersPage';

const adminOnly = (element: ReactNode) => <RequireRole roles={['ADMIN']}>{element}</RequireRole>;

export const routes: RouteObject[] = [
  { path: '/admin', element: adminOnly(<AdminHomePage />) },
  { path: '/admin/departments', element: adminOnly(<DepartmentsPage />) },
  { path: '/admin/categories', element: adminOnly(<CategoriesPage />) },
  { path: '/admin/users', element: adminOnly(<UsersPage />) },
];

export const navItems: NavItem[] = [{ to: '/admin', labelKey: 'admin.nav', roles: ['ADMIN'], order: 90 }];
