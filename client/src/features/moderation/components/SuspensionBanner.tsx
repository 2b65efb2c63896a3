import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useAuth } from '@/app';
import { useNotificationAdded } from '@/features/notifications';
import { useI18n } from '@/i18n';
import { MY_SUSPENSION } from '../graphql/moderation.graphql';

/** Kinds after which the viewer's suspension is read again (decided, replaced or lifted). */
const SUSPENSION_KINDS = new Set(['ACCOUNT_SUSPENDED', 'SUSPENSION_LIFTED']);
/** setTimeout's longest delay; a later end is checked again then. */
const MAX_TIMER_MS = 2_147_000_000;

/**
 * At the top of every page for a suspended viewer: until when, why, and what they can still do.
 * Asked once per visit (and after each sign-in); a suspension decided or lifted meanwhile is read
 * again when its notification arrives (through the header's one live subscription, no polling), and
 * the banner goes at the end date by itself.
 */
export function SuspensionBanner() {
  const { viewer } = useAuth();
  return viewer ? <ViewerSuspension /> : null;
}

function ViewerSuspension() {
  const { t } = useI18n();
  const { data, refetch } = useQuery(MY_SUSPENSION, { fetchPolicy: 'cache-and-network' });
  useNotificationAdded(({ kind }) => {
    if (SUSPENSION_KINDS.has(kind)) void refetch().catch(() => undefined);
  });
  const suspension = data?.mySuspension ?? null;
  const [ended, setEnded] = useState<string | null>(null);

  useEffect(() => {
    if (!suspension) return;
    const left = new Date(suspension.until).getTime() - Date.now();
    if (left <= 0) {
      setEnded(suspension.id);
      return;
    }
    const timer = window.setTimeout(
      () => (left > MAX_TIMER_MS ? void refetch().catch(() => undefined) : setEnded(suspension.id)),
      Math.min(left, MAX_TIMER_MS),
    );
    return () => window.clearTimeout(timer);
  }, [suspension, refetch]);

  if (!suspension || ended === suspension.id) return null;
  return (
    <div className="p-notice p-notice--warning md-banner" id="suspension-banner">
      <p>
        <strong>{t('moderation.banner.title', { until: suspension.until })}</strong>
      </p>
      <p>{t('moderation.banner.body')}</p>
      <p className="md-pre">{t('moderation.banner.reason', { reason: suspension.reason })}</p>
      <p>{t('moderation.banner.contact')}</p>
    </div>
  );
}
