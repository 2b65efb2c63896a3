import { useI18n } from '@/i18n';

/** Whole euros, localised (« 12 000 € », “€12,000”). */
export function useEuros(): (amount: number) => string {
  const { formatNumber } = useI18n();
  return (amount) => formatNumber(amount, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
}

/** A whole number of euros typed with or without spaces; NaN when it is not one. */
export const parseEuros = (text: string) => (text.trim() === '' ? NaN : Number(text.replace(/[\s\u202f\u00a0]/g, '')));
