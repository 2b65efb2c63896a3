import { useEffect, useMemo } from 'react';
import { errorsOf } from '@/i18n';
import type { MeQuery } from '@/generated/graphql';
import { session } from './session';

type Viewer = NonNullable<MeQuery['me']>;

/**
 * Who is signed in, remembered on this device for when the server cannot be reached: a page
 * reloaded offline (served by the service worker) still knows its resident, so the forms that need
 * one open with their drafts instead of sending them to sign in. Kept beside the session's refresh
 * token and forgotten with it; the e-mail address is not kept (no offline page needs it).
 */
const KEY = 'parvis.viewer';

export function rememberViewer(viewer: Viewer): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...viewer, email: null }));
  } catch {
    // storage disabled: nothing remembered
  }
}

export function forgetViewer(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing remembered
  }
}

export function rememberedViewer(): Viewer | null {
  try {
    const raw = localStorage.getItem(KEY);
    const value = raw ? (JSON.parse(raw) as Partial<Viewer>) : null;
    return value && typeof value.id === 'string' && typeof value.displayName === 'string' && Array.isArray(value.roles)
      ? ({ district: null, createdAt: '', departments: [], ...value, email: null } as Viewer)
      : null;
  } catch {
    return null;
  }
}

/**
 * The remembered viewer while `me` cannot be asked (a lost connection, with a session on this
 * device), null otherwise; `me` is asked again as soon as the browser is back online.
 */
export function useOfflineViewer(data: MeQuery | undefined, error: unknown, refetch: () => Promise<unknown>): Viewer | null {
  useEffect(() => {
    if (!data) return;
    if (data.me) rememberViewer(data.me);
    else forgetViewer();
  }, [data]);
  const unreachable = !data && errorsOf(error)[0]?.code === 'NETWORK' && session.active;
  useEffect(() => {
    if (!unreachable) return;
    const retry = () => void refetch().catch(() => undefined);
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [unreachable, refetch]);
  return useMemo(() => (unreachable ? rememberedViewer() : null), [unreachable]);
}
