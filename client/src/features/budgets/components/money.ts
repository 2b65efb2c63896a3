import { useI18n } from '@/i18n';

/** Whole euros, localised (« 12 000 € », “€12,000”). */
export function useEuros(): (amount: number) => string {
  const { formatNumber } = useI18n();
  return (amount) => formatNumber(amount, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
}
