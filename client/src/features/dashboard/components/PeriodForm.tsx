import { type FormEvent } from 'react';
import { useI18n } from '@/i18n';
import { Button, Select, TextField } from '@/ui';
import type { Period } from '../lib';

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
