/**
 * Pure helpers of the dashboard: the period read from the address, months filled with zeros, and
 * delays in words. Dates in the address are calendar days (`YYYY-MM-DD`), both ends included; the
 * API takes instants, `to` excluded, so the day after `to` is sent.
 */

export interface Period {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day (included), YYYY-MM-DD. */
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A local calendar day as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function validDay(value: string | null): value is string {
  if (!value || !DAY.test(value)) return false;
  const d = new Date(`${value}T00:00:00`);
  return !Number.isNaN(d.getTime()) && isoDay(d) === value;
}

/**
 * The period in the address (`?from=…&to=…`), else the last `months` months up to today. A
 * malformed or reversed date falls back to the default for that end.
 */
export function periodFrom(search: URLSearchParams, months: number, today = new Date()): Period {
  const to = validDay(search.get('to')) ? (search.get('to') as string) : isoDay(today);
  const toDate = new Date(`${to}T00:00:00`);
  // The same day `months` earlier (the month's last day when it has fewer), then the day after.
  const monthStart = new Date(toDate.getFullYear(), toDate.getMonth() - months, 1);
  const lastDay = new Date(monthStart.getFullYear(), monthStart.getMonth() + 1, 0).getDate();
  const start = new Date(monthStart.getFullYear(), monthStart.getMonth(), Math.min(toDate.getDate(), lastDay) + 1);
  const from = search.get('from');
  return { from: validDay(from) && from <= to ? from : isoDay(start), to };
}

/** The API's variables for a period: local midnights, `to` the day after the last one. */
export function periodVariables(period: Period): { from: string; to: string } {
  const from = new Date(`${period.from}T00:00:00`);
  const last = new Date(`${period.to}T00:00:00`);
  const to = new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1);
  return { from: from.toISOString(), to: to.toISOString() };
}

/** Every month (YYYY-MM) from the one of `from` to the one of `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  const months: string[] = [];
  for (let y = fy, m = fm; y < ty || (y === ty && m <= tm); m === 12 ? ((m = 1), y++) : m++) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    if (months.length > 1200) break; // a century: guards against nonsense
  }
  return months;
}

export interface MonthRow {
  month: string;
  count: number;
  open: number;
  resolved: number;
}

/**
 * The server omits months without requests: one row per month of the period, zeros where the
 * series has none. Months of the series outside the period are kept (they are real figures).
 */
export function fillMonths<T extends MonthRow>(series: readonly T[], period: Period): (T | MonthRow)[] {
  const byMonth = new Map(series.map((row) => [row.month, row]));
  const months = new Set([...monthsBetween(period.from, period.to), ...byMonth.keys()]);
  return [...months].sort().map((month) => byMonth.get(month) ?? { month, count: 0, open: 0, resolved: 0 });
}

/** A YYYY-MM month as a date (its first day, local time) for the formatters. */
export function monthDate(month: string): Date {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(y, m - 1, 1);
}

export type Delay = { key: 'none' } | { key: 'hours'; value: number } | { key: 'days'; value: number };

/** A median delay given in hours, in the unit it reads best in: hours under two days, else days. */
export function delayOf(hours: number | null | undefined): Delay {
  if (hours === null || hours === undefined || !Number.isFinite(hours)) return { key: 'none' };
  if (hours < 48) return { key: 'hours', value: Math.round(hours * 10) / 10 };
  return { key: 'days', value: Math.round((hours / 24) * 10) / 10 };
}
