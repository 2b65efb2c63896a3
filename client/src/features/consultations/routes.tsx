import type { RouteObject } from 'react-router-dom';
import { lazyPage, RequireRole, type NavItem } from '@/app';
import './consultations.css';

const ConsultationPage = lazyPage(() => import('./pages/ConsultationPage'), 'ConsultationPage');
const ConsultationsPage = lazyPage(() => import('./pages/ConsultationsPage'), 'ConsultationsPage');
const EditConsultationPage = lazyPage(() => import('./pages/BuilderPages'), 'EditConsultationPage');
const NewConsultationPage = lazyPage(() => import('./pages/BuilderPages'), 'NewConsultationPage');

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
