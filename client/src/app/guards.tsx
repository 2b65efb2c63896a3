import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useT } from '@/i18n';
import { PageHeader, Spinner } from '@/ui';
import { useAuth } from './auth';
import type { Role } from './roles';

/** Where to come back after signing in: a path of this site only (never `//other.host`). */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : fallback;
}

/** Renders children for signed-in users; sends visitors to sign in and back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { viewer, loading } = useAuth();
  const location = useLocation();
  if (loading) return <Spinner />;
  if (!viewer) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace state={{ flash: { key: 'app.signInRequired' } }} />;
  }
  return <>{children}</>;
}

/**
 * Renders children for users with one of `roles`. This only hides pages; the server refuses the
 * operations anyway (FORBIDDEN ROLE_REQUIRED).
 */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { hasRole } = useAuth();
  return <RequireAuth>{hasRole(...roles) ? children : <Forbidden />}</RequireAuth>;
}

function Forbidden() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('app.forbidden.title')} />
      <p>{t('app.forbidden.body')}</p>
    </>
  );
}
