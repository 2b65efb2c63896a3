import { useI18n } from '@/i18n';
import { useStatsFormat } from './format';

/** What the dashboard and the bilan both say of the period's requests (any `stats` selection holding these). */
export interface RequestTotalsData {
  count: number;
  open: number;
  resolved: number;
  medianHoursToAcknowledge?: number | null;
  medianHoursToResolve?: number | null;
  shareResolvedWithinTarget?: number | null;
}

/** The requests' totals, medians and share within target: terms and values for a `<dl>`. */
export function RequestTotals({ stats }: { stats: RequestTotalsData }) {
  const { t } = useI18n();
  const f = useStatsFormat();
  return (
    <>
      <dt>{t('dashboard.summary.count')}</dt>
      <dd>{f.count(stats.count)}</dd>
      <dt>{t('dashboard.summary.open')}</dt>
      <dd>{f.count(stats.open)}</dd>
      <dt>{t('dashboard.summary.resolved')}</dt>
      <dd>{f.count(stats.resolved)}</dd>
      <dt>{t('dashboard.summary.acknowledge')}</dt>
      <dd>{f.delay(stats.medianHoursToAcknowledge)}</dd>
      <dt>{t('dashboard.summary.resolve')}</dt>
      <dd>{f.delay(stats.medianHoursToResolve)}</dd>
      <dt>{t('dashboard.summary.withinTarget')}</dt>
      <dd>{f.share(stats.shareResolvedWithinTarget)}</dd>
    </>
  );
}
