import { describe, expect, it } from 'vitest';
import { excerpt, groundTable, likelyGround, logDetails, monthDate, nextFocus, periodStart, suspensionEnd } from './lib';

describe('suspensionEnd', () => {
  const now = new Date('2026-03-10T09:00:00.000Z');
  it('adds whole days', () => {
    expect(suspensionEnd(1, now).toISOString()).toBe('2026-03-11T09:00:00.000Z');
    expect(suspensionEnd(7, now).toISOString()).toBe('2026-03-17T09:00:00.000Z');
  });
  it('ends a year-long one an hour short of the server’s 365-day limit', () => {
    const end = suspensionEnd(365, now).getTime();
    expect(end).toBe(now.getTime() + 365 * 86_400_000 - 3_600_000);
    expect(end).toBeLessThan(now.getTime() + 365 * 86_400_000);
  });
});

describe('excerpt', () => {
  it('keeps a short text whole', () => {
    expect(excerpt('  Bonjour à tous  ')).toEqual({ text: 'Bonjour à tous', cut: false });
  });
  it('cuts a long one at a word, with an ellipsis', () => {
    const text = 'mot '.repeat(100);
    const e = excerpt(text, 50);
    expect(e.cut).toBe(true);
    expect(e.text.endsWith('mot…')).toBe(true);
    expect(e.text.length).toBeLessThanOrEqual(51);
  });
  it('cuts a text without spaces where it must', () => {
    expect(excerpt('x'.repeat(30), 10)).toEqual({ text: `${'x'.repeat(10)}…`, cut: true });
  });
});

describe('groundTable', () => {
  it('lays the server’s lines out per month and ground, with totals, months in order', () => {
    const { rows, totals } = groundTable([
      { month: '2026-03', ground: 'SPAM', hidden: 2, restored: 1 },
      { month: '2026-01', ground: 'ABUSE', hidden: 1, restored: 0 },
      { month: '2026-03', ground: 'ABUSE', hidden: 3, restored: 0 },
    ]);
    expect(rows.map((r) => r.month)).toEqual(['2026-01', '2026-03']);
    expect(rows[1]?.hidden).toEqual({ SPAM: 2, ABUSE: 3, OFF_TOPIC: 0, PERSONAL_DATA: 0, OTHER: 0 });
    expect(rows[1]?.totalHidden).toBe(5);
    expect(rows[1]?.totalRestored).toBe(1);
    expect(totals.hidden).toEqual({ SPAM: 2, ABUSE: 4, OFF_TOPIC: 0, PERSONAL_DATA: 0, OTHER: 0 });
    expect(totals.totalHidden).toBe(6);
    expect(totals.totalRestored).toBe(1);
  });
  it('is empty for no lines', () => {
    expect(groundTable([]).rows).toEqual([]);
  });
});

describe('months', () => {
  it('reads a month as its middle, in UTC', () => {
    expect(monthDate('2026-03')?.toISOString()).toBe('2026-03-15T00:00:00.000Z');
    expect(monthDate('March')).toBeNull();
  });
  it('starts a period on the first day of the month, months - 1 months back', () => {
    const start = periodStart(12, new Date(2026, 2, 20, 15, 0));
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours()]).toEqual([2025, 3, 1, 0]);
    expect(periodStart(1, new Date(2026, 0, 31)).getMonth()).toBe(0);
  });
});

describe('nextFocus', () => {
  it('is the item that takes the removed one’s place, else the one before, else none', () => {
    expect(nextFocus(['a', 'b', 'c'], 'a')).toBe('b');
    expect(nextFocus(['a', 'b', 'c'], 'b')).toBe('c');
    expect(nextFocus(['a', 'b', 'c'], 'c')).toBe('b');
    expect(nextFocus(['a'], 'a')).toBeNull();
    expect(nextFocus(['a', 'b'], 'zz')).toBe('a');
  });
});

describe('logDetails', () => {
  it('reads the facts it knows and ignores the rest', () => {
    expect(logDetails({ flagsResolved: 3, until: '2026-04-01T10:00:00.000Z', replaced: true, other: 'x' })).toEqual({
      flagsResolved: 3,
      flagsDismissed: null,
      until: '2026-04-01T10:00:00.000Z',
      replaced: true,
    });
    expect(logDetails({ flagsDismissed: '2', until: 'tomorrow', replaced: 'yes' })).toEqual({
      flagsResolved: null,
      flagsDismissed: null,
      until: null,
      replaced: false,
    });
    expect(logDetails(null).flagsResolved).toBeNull();
  });
});

describe('likelyGround', () => {
  it('is the reason flagged most, the first (gravest) on a tie, else OTHER', () => {
    expect(
      likelyGround([
        { reason: 'ABUSE', count: 2 },
        { reason: 'SPAM', count: 2 },
        { reason: 'OFF_TOPIC', count: 1 },
      ]),
    ).toBe('ABUSE');
    expect(likelyGround([{ reason: 'SPAM', count: 1 }])).toBe('SPAM');
    expect(likelyGround([])).toBe('OTHER');
  });
});
