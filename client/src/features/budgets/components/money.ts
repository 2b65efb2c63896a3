import { useI18n } from '@/i18n';

/** Whole euros, localised (« 12 000 € », “€12,000”). */
export function useEuros(): (amount: number) => string {
  const { formatNumber } = useI18n();
  return (amount) => formatNumber(amount, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
}

/** A whole number of euros typed with or without spaces; NaN when it is not one. */
export const parseEuros = (text: string) => (text.trim() === '' ? NaN : Number(text.replace(/[\s\u202f\u00a0]/g, '')));

/** What a form sends for a typed amount: whole euros, or 0 when unreadable (the server then names the field). */
export function eurosToSend(text: string): number {
  const amount = parseEuros(text);
  return Number.isFinite(amount) ? Math.round(amount) : 0;
}

/** The running total of typed amounts, the unreadable ones left out. */
export function sumOfEuros(texts: readonly string[]): number {
  return texts.reduce((sum, text) => {
    const amount = parseEuros(text);
    return sum + (Number.isFinite(amount) ? amount : 0);
  }, 0);
}
