import type { RouteObject } from 'react-router-dom';
import { RequireRole, type NavItem } from '@/app';
import './consultations.css';
import { ConsultationPage } from './pages/ConsultationPage';
import { ConsultationsPage } from './pages/ConsultationsPage';
import { EditConsultationPage, NewConsultationPage } from './pages/BuilderPages';

export const routes: RouteObject[] = [
  { path: '/consultations', element: <ConsultationsPage /> },
  {
    path: '/consultations/new',
    element: (
      <RequireRole roles={['COUNCIL', 'ADMIN']}>
        <NewConsultationPage />
      </RequireRole>
    ),
  },
  { path: '/consultations/:id', element: <ConsultationPage /> },
  {
    path: '/consultations/:id/edit',
    element: (
      <RequireRole roles={['COUNCIL', 'ADMIN']}>
        <EditConsultationPage />
      </RequireRole>
    ),
  },
];

export const navItems: NavItem[] = [{ to: '/consultations', labelKey: 'consultations.nav', order: 15 }];
