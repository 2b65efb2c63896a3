import type { RouteObject } from 'react-router-dom';
import { lazyPage, RequireAuth } from '@/app';
import { LocaleSync } from './components/LocaleSync';
import { VerifyEmailBanner } from './components/VerifyEmailBanner';

const AccountPage = lazyPage(() => import('./pages/AccountPage'), 'AccountPage');
const ForgotPasswordPage = lazyPage(() => import('./pages/ForgotPasswordPage'), 'ForgotPasswordPage');
const ResetPasswordPage = lazyPage(() => import('./pages/ResetPasswordPage'), 'ResetPasswordPage');
const SignInPage = lazyPage(() => import('./pages/SignInPage'), 'SignInPage');
const SignUpPage = lazyPage(() => import('./pages/SignUpPage'), 'SignUpPage');
const VerifyEmailPage = lazyPage(() => import('./pages/VerifyEmailPage'), 'VerifyEmailPage');

export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/sign-up', element: <SignUpPage /> },
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  { path: '/reset-password', element: <ResetPasswordPage /> },
  { path: '/verify-email', element: <VerifyEmailPage /> },
  {
    path: '/account',
    element: (
      <RequireAuth>
        <AccountPage />
      </RequireAuth>
    ),
  },
];

/** The reminder to verify the address, and (rendering nothing) the e-mails' language following the interface's. */
export const banners = [VerifyEmailBanner, LocaleSync];
