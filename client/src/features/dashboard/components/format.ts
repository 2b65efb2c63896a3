import { useI18n } from '@/i18n';
import { delayOf } from '../lib';

/** Formatters shared by the dashboard pages: delays, shares and counts, in the interface's language. */
export function useStatsFormat() {
  const { t, formatNumber } = useI18n();
  const delay = (hours: number | null | undefined) => {
    const d = delayOf(hours);
    switch (d.key) {
      case 'none':
        return t('dashboard.none');
      case 'hours':
        return t('dashboard.hours', { count: d.value, value: formatNumber(d.value) });
      case 'days':
        return t('dashboard.days', { count: d.value, value: formatNumber(d.value) });
    }
  };
  const share = (value: number | null | undefined) =>
    value === null || value === undefined ? t('dashboard.none') : formatNumber(value, { style: 'percent', maximumFractionDigits: 0 });
  return { delay, share, count: (n: number) => formatNumber(n) };
}
