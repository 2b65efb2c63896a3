/**
 * The pure rules of the moderation screens (no React), tested alone: suspension periods, excerpts,
 * the transparency table, where focus goes after an item leaves a list, and the log's details.
 */
import type { FlagReason } from './graphql/moderation.graphql';

const DAY_MS = 86_400_000;

/** The periods a moderator picks from, in days (the server allows up to 365). */
export const SUSPENSION_PERIODS = [1, 3, 7, 30, 90, 365] as const;
export type SuspensionPeriod = (typeof SUSPENSION_PERIODS)[number];

/**
 * The end of a suspension of `days` from `now`. The longest one ends an hour short of the server's
 * limit (365 days from its own clock), so a clock a little ahead or a slow request is not refused.
 */
export function suspensionEnd(days: number, now: Date): Date {
  const end = now.getTime() + days * DAY_MS;
  return new Date(days >= 365 ? end - 3_600_000 : end);
}

/** The start of a long text (whole words when possible), with « … » when cut. */
export function excerpt(text: string, max = 280): { text: string; cut: boolean } {
  const clean = text.trim();
  if (clean.length <= max) return { text: clean, cut: false };
  const slice = clean.slice(0, max);
  const space = slice.lastIndexOf(' ');
  return { text: `${(space > max * 0.6 ? slice.slice(0, space) : slice).trimEnd()}…`, cut: true };
}

/** The grounds as the transparency table orders its columns (the flag form's order). */
export const GROUND_ORDER: readonly FlagReason[] = ['SPAM', 'ABUSE', 'OFF_TOPIC', 'PERSONAL_DATA', 'OTHER'];

export interface GroundLine {
  month: string;
  ground: FlagReason;
  hidden: number;
  restored: number;
}

export interface GroundRow {
  month: string;
  /** Hide actions that month per ground (0 where none). */
  hidden: Record<FlagReason, number>;
  restored: Record<FlagReason, number>;
  totalHidden: number;
  totalRestored: number;
}

const zeros = (): Record<FlagReason, number> => ({ SPAM: 0, ABUSE: 0, OFF_TOPIC: 0, PERSONAL_DATA: 0, OTHER: 0 });

/**
 * The server's lines (one per month and ground with something to count) as a table: one row per
 * month in order, a column per ground, and the totals of each column in a last row. The numbers
 * are the server's; this only lays them out.
 */
export function groundTable(lines: readonly GroundLine[]): { rows: GroundRow[]; totals: GroundRow } {
  const byMonth = new Map<string, GroundRow>();
  const totals: GroundRow = { month: '', hidden: zeros(), restored: zeros(), totalHidden: 0, totalRestored: 0 };
  for (const line of lines) {
    let row = byMonth.get(line.month);
    if (!row) {
      row = { month: line.month, hidden: zeros(), restored: zeros(), totalHidden: 0, totalRestored: 0 };
      byMonth.set(line.month, row);
    }
    for (const target of [row, totals]) {
      target.hidden[line.ground] += line.hidden;
      target.restored[line.ground] += line.restored;
      target.totalHidden += line.hidden;
      target.totalRestored += line.restored;
    }
  }
  const rows = [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month));
  return { rows, totals };
}

/** A `YYYY-MM` month as a date in its middle (UTC), for formatting « mars 2026 » in any time zone. */
export function monthDate(month: string): Date | null {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 15));
}

/**
 * The start of a period of `months` months ending now: the first day of the month `months - 1`
 * months before this one, at midnight local time (the server counts by Paris months).
 */
export function periodStart(months: number, now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth() - (months - 1), 1);
}

/**
 * After the item `removed` left a list (hidden, dismissed, lifted): the id of the item that takes
 * its place (the next one, else the one before), or null when the list is now empty.
 */
export function nextFocus(ids: readonly string[], removed: string): string | null {
  const index = ids.indexOf(removed);
  const rest = ids.filter((id) => id !== removed);
  if (!rest.length) return null;
  if (index < 0) return rest[0] ?? null;
  return rest[Math.min(index, rest.length - 1)] ?? null;
}

/** The facts a log entry's `details` may hold, read defensively (a JSON object from the server). */
export interface LogDetails {
  flagsResolved: number | null;
  flagsDismissed: number | null;
  until: string | null;
  replaced: boolean;
}

export function logDetails(details: Record<string, unknown> | null | undefined): LogDetails {
  const d = details ?? {};
  const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  return {
    flagsResolved: count(d.flagsResolved),
    flagsDismissed: count(d.flagsDismissed),
    until: typeof d.until === 'string' && !Number.isNaN(Date.parse(d.until)) ? d.until : null,
    replaced: d.replaced === true,
  };
}

/** The most frequent reason among an item's open flags (ties: the first in `counts`, gravest first), else OTHER. */
export function likelyGround(counts: readonly { reason: FlagReason; count: number }[]): FlagReason {
  let best: FlagReason = 'OTHER';
  let bestCount = 0;
  for (const c of counts) {
    if (c.count > bestCount) {
      best = c.reason;
      bestCount = c.count;
    }
  }
  return best;
}
