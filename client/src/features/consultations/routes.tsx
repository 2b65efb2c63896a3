import type { RouteObject } from 'react-router-dom';
import type { NavItem } from '@/app';
import './consultations.css';
import { ConsultationPage } from './pages/ConsultationPage';
import { ConsultationsPage } from './pages/ConsultationsPage';

export const routes: RouteObject[] = [
  { path: '/consultations', element: <ConsultationsPage /> },
  { path: '/consultations/:id', element: <ConsultationPage /> },
];

export const navItems: NavItem[] = [{ to: '/consultations', labelKey: 'consultations.nav', order: 15 }];
