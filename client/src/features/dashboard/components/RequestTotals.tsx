import type { StatsTotalsFragment } from '@/generated/graphql';
import { useI18n } from '@/i18n';
import { useStatsFormat } from './format';

/** The requests' totals, medians and share within target (the `StatsTotals` fragment): terms and values for a `<dl>`. */
export function RequestTotals({ stats }: { stats: StatsTotalsFragment }) {
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
