import { describe, expect, it } from 'vitest';
import { delayOf, fillMonths, monthsBetween, periodFrom, periodVariables } from './lib';

describe('dashboard helpers', () => {
  it('lists every month of a period, across years', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
  });

  it('fills the months without requests with zeros, in order, keeping the real figures', () => {
    const series = [
      { month: '2026-01', count: 3, open: 1, resolved: 2, medianHoursToResolve: 5 },
      { month: '2025-11', count: 1, open: 0, resolved: 1, medianHoursToResolve: null },
    ];
    const filled = fillMonths(series, { from: '2025-10-01', to: '2026-02-10' });
    expect(filled.map((r) => [r.month, r.count])).toEqual([
      ['2025-10', 0],
      ['2025-11', 1],
      ['2025-12', 0],
      ['2026-01', 3],
      ['2026-02', 0],
    ]);
    expect(filled[3]).toBe(series[0]);
  });

  it('reads the period from the address, else the last months; a malformed or reversed date falls back', () => {
    const today = new Date(2026, 10, 29);
    expect(periodFrom(new URLSearchParams(), 12, today)).toEqual({ from: '2025-11-30', to: '2026-11-29' });
    expect(periodFrom(new URLSearchParams('from=2026-01-01&to=2026-03-31'), 12, today)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodFrom(new URLSearchParams('from=2026-02-30&to=nope'), 12, today)).toEqual({ from: '2025-11-30', to: '2026-11-29' });
    expect(periodFrom(new URLSearchParams('from=2026-05-01&to=2026-03-31'), 1, today)).toEqual({ from: '2026-03-01', to: '2026-03-31' });
  });

  it('sends the day after the last one as the excluded end', () => {
    const v = periodVariables({ from: '2026-01-01', to: '2026-01-31' });
    expect(new Date(v.from).getTime()).toBe(new Date(2026, 0, 1).getTime());
    expect(new Date(v.to).getTime()).toBe(new Date(2026, 1, 1).getTime());
  });

  it('says a delay in hours under two days, else in days; nothing when unknown', () => {
    expect(delayOf(null)).toEqual({ key: 'none' });
    expect(delayOf(5.04)).toEqual({ key: 'hours', value: 5 });
    expect(delayOf(47.96)).toEqual({ key: 'hours', value: 48 });
    expect(delayOf(72)).toEqual({ key: 'days', value: 3 });
  });
});
