import { useEffect, useRef, type ReactNode } from 'react';
import { describeError, useT } from '@/i18n';
import { Button } from './Button';

/** A loading indicator announced politely to screen readers. */
export function Spinner({ label }: { label?: string }) {
  const t = useT();
  return (
    <div className="p-spinner" role="status" aria-live="polite">
      <span className="p-spinner__wheel" aria-hidden="true" />
      <span>{label ?? t('ui.loading')}</span>
    </div>
  );
}

/** A query's error in place of the content, with an optional retry. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const described = describeError(error, t);
  if (!described) return null;
  return (
    <div className="p-notice p-notice--danger" role="alert">
      <p>{described.message}</p>
      {described.code === 'INTERNAL_SERVER_ERROR' && described.requestId && (
        <p className="p-muted">{t('ui.requestId', { id: described.requestId })}</p>
      )}
      {onRetry && (
        <Button variant="secondary" size="small" onClick={onRetry}>
          {t('ui.retry')}
        </Button>
      )}
    </div>
  );
}

export type NoticeTone = 'info' | 'success' | 'warning' | 'danger';

/**
 * A message box. `live` announces it (role="status") — use it for the result of an action
 * ("Département créé."); `focus` moves focus to it when it appears.
 */
export function Notice({
  tone = 'info',
  live,
  focus,
  children,
}: {
  tone?: NoticeTone;
  live?: boolean;
  focus?: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div ref={ref} className={`p-notice p-notice--${tone}`} role={live ? 'status' : undefined} tabIndex={focus ? -1 : undefined}>
      {children}
    </div>
  );
}

export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="p-empty">
      <p className="p-empty__title">{title}</p>
      {children}
      {action}
    </div>
  );
}
