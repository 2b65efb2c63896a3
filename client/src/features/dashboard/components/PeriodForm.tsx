import { useQuery } from '@apollo/client/react';
import { forwardRef, useRef, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { Button, Select, TextField } from '@/ui';
import { REPORT_FILTERS } from '../graphql/dashboard.graphql';
import { periodFrom, type Period } from '../lib';

/**
 * A page's period (default: the last `defaultMonths` months) and district, read from the address;
 * `form` is what PeriodForm takes (applying writes the address and moves focus to `scopeRef`, the
 * line that says what is shown).
 */
export function usePeriodFilters(defaultMonths: number) {
  const [params, setParams] = useSearchParams();
  const period = periodFrom(params, defaultMonths);
  const district = params.get('district') ?? '';
  const scopeRef = useRef<HTMLParagraphElement>(null);
  const filters = useQuery(REPORT_FILTERS);
  const form = {
    period,
    district,
    districts: filters.data?.districts ?? (district ? [district] : []),
    onApply: (v: { from: string; to: string; district: string }) => {
      const next = new URLSearchParams();
      if (v.from) next.set('from', v.from);
      if (v.to) next.set('to', v.to);
      if (v.district) next.set('district', v.district);
      setParams(next);
      scopeRef.current?.focus();
    },
  };
  return { period, district, scopeRef, form };
}

/** The line saying which period and district the figures are for (focused after a change of filters). */
export const PeriodScope = forwardRef<HTMLParagraphElement, { period: Period; district: string }>(function PeriodScope(
  { period, district },
  ref,
) {
  const { t } = useI18n();
  return (
    <p ref={ref} tabIndex={-1} className="db-scope">
      {t('dashboard.scope', {
        from: `${period.from}T00:00:00`,
        to: `${period.to}T00:00:00`,
        district: district || t('dashboard.wholeCommune'),
      })}
    </p>
  );
});

/**
 * The period and district filters, kept in the address (`?from=…&to=…&district=…`) so a view can be
 * shared and printed. `onApply` receives the values; the page moves focus to what they changed.
 */
export function PeriodForm({
  period,
  district,
  districts,
  onApply,
}: {
  period: Period;
  district: string;
  districts: readonly string[];
  onApply: (values: { from: string; to: string; district: string }) => void;
}) {
  const { t } = useI18n();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    onApply({ from: String(data.get('from') ?? ''), to: String(data.get('to') ?? ''), district: String(data.get('district') ?? '') });
  }
  // `key` resets the uncontrolled fields when the address changes (back button).
  return (
    <form
      className="db-filters"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('dashboard.filters.title')}
      key={`${period.from}|${period.to}|${district}`}
    >
      <TextField label={t('dashboard.filters.from')} name="from" type="date" defaultValue={period.from} noMarker />
      <TextField label={t('dashboard.filters.to')} name="to" type="date" defaultValue={period.to} noMarker />
      <Select
        label={t('dashboard.filters.district')}
        name="district"
        noMarker
        defaultValue={district}
        placeholder={t('dashboard.filters.allDistricts')}
        options={districts.map((d) => ({ value: d, label: d }))}
      />
      <Button type="submit">{t('dashboard.filters.apply')}</Button>
    </form>
  );
}
