import type { RouteObject } from 'react-router-dom';
import { lazyPage, RequireAuth } from '@/app';

const AccountPage = lazyPage(() => import('./pages/AccountPage'), 'AccountPage');
const SignInPage = lazyPage(() => import('./pages/SignInPage'), 'SignInPage');
const SignUpPage = lazyPage(() => import('./pages/SignUpPage'), 'SignUpPage');

export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/sign-up', element: <SignUpPage /> },
  {
    path: '/account',
    element: (
      <RequireAuth>
        <AccountPage />
      </RequireAuth>
    ),
  },
];
