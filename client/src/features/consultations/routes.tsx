import type { RouteObject } from 'react-router-dom';
import type { NavItem } from '@/app';
import { ConsultationsPage } from './pages/ConsultationsPage';

export const routes: RouteObject[] = [{ path: '/consultations', element: <ConsultationsPage /> }];

export const navItems: NavItem[] = [{ to: '/consultations', labelKey: 'consultations.nav', order: 15 }];
