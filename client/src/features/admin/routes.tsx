import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router-dom';
import { lazyPage, RequireRole, type NavItem } from '@/app';
import './admin.css';

const AdminHomePage = lazyPage(() => import('./pages/AdminHomePage'), 'AdminHomePage');
const CategoriesPage = lazyPage(() => import('./pages/CategoriesPage'), 'CategoriesPage');
const DepartmentsPage = lazyPage(() => import('./pages/DepartmentsPage'), 'DepartmentsPage');
const ResponseTemplatesPage = lazyPage(() => import('./pages/ResponseTemplatesPage'), 'ResponseTemplatesPage');
const EditServicePage = lazyPage(() => import('./pages/ServiceEditorPage'), 'EditServicePage');
const NewServicePage = lazyPage(() => import('./pages/ServiceEditorPage'), 'NewServicePage');
const ServicesPage = lazyPage(() => import('./pages/ServicesPage'), 'ServicesPage');
const UserPage = lazyPage(() => import('./pages/UserPage'), 'UserPage');
const UsersPage = lazyPage(() => import('./pages/UsersPage'), 'UsersPage');
const Open311KeysPage = lazyPage(() => import('./pages/Open311KeysPage'), 'Open311KeysPage');

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
