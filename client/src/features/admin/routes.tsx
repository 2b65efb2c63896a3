import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router-dom';
import { RequireRole, type NavItem } from '@/app';
import './admin.css';
import { AdminHomePage } from './pages/AdminHomePage';
import { CategoriesPage } from './pages/CategoriesPage';
import { DepartmentsPage } from './pages/DepartmentsPage';
import { ResponseTemplatesPage } from './pages/ResponseTemplatesPage';
import { EditServicePage, NewServicePage } from './pages/ServiceEditorPage';
import { Open311KeysPage } from './pages/Open311KeysPage';
import { ServicesPage } from './pages/ServicesPage';
import { UserPage } from './pages/UserPage';
import { UsersPage } from './pages/UsersPage';

const adminOnly = (element: ReactNode) => <RequireRole roles={['ADMIN']}>{element}</RequireRole>;

export const routes: RouteObject[] = [
  { path: '/admin', element: adminOnly(<AdminHomePage />) },
  { path: '/admin/departments', element: adminOnly(<DepartmentsPage />) },
  { path: '/admin/categories', element: adminOnly(<CategoriesPage />) },
  { path: '/admin/services', element: adminOnly(<ServicesPage />) },
  { path: '/admin/services/new', element: adminOnly(<NewServicePage />) },
  { path: '/admin/services/:id', element: adminOnly(<EditServicePage />) },
  { path: '/admin/response-templates', element: adminOnly(<ResponseTemplatesPage />) },
  { path: '/admin/users', element: adminOnly(<UsersPage />) },
  { path: '/admin/users/:id', element: adminOnly(<UserPage />) },
  { path: '/admin/open311-keys', element: adminOnly(<Open311KeysPage />) },
];

export const navItems: NavItem[] = [{ to: '/admin', labelKey: 'admin.nav', roles: ['ADMIN'], order: 90 }];
