import { Role } from '../auth/role';
import { hasRole, Viewer } from '../auth/viewer';
import { ModerationError } from './moderation.errors';
import { FLAG_REASONS, FlagReason } from './moderation-vocabulary';

/** Longest note a flagger may add, in characters. */
export const FLAG_NOTE_MAX = 1000;
/** Longest reason a moderator gives (hide, restore, dismiss, suspend, lift), in characters. */
export const MODERATION_REASON_MAX = 1000;
/** Longest suspension: a year. Longer would be a ban, which is an admin's decision (delete or revoke). */
export const SUSPENSION_MAX_DAYS = 365;
const DAY_MS = 86_400_000;

/** The moderation queue, hiding, restoring, suspending and the log: moderators (ADMIN always passes). */
export function isModerator(viewer: Viewer | null | undefined): boolean {
  return hasRole(viewer, Role.MODERATOR);
}

/** The facts of an account the suspension rules need. */
export interface SuspendableFacts {
  id: string;
  roles: readonly Role[];
}

/**
 * Why `actor` may not suspend `target` (or lift its suspension), or null when they may. Nobody
 * suspends themselves, nor an admin (an admin's role is revoked instead); only an admin suspends a
 * moderator. Default deny: a viewer who is not a moderator may do nothing.
 */
export function suspendRefusal(actor: Viewer, target: SuspendableFacts): string | null {
  if (!isModerator(actor)) return ModerationError.MODERATOR_ONLY;
  if (actor.id === target.id) return ModerationError.CANNOT_SUSPEND_SELF;
  if (target.roles.includes(Role.ADMIN)) return ModerationError.CANNOT_SUSPEND_ADMIN;
  if (target.roles.includes(Role.MODERATOR) && !actor.roles.includes(Role.ADMIN)) return ModerationError.CANNOT_SUSPEND_MODERATOR;
  return null;
}

/** Why `until` is not a suspension's end, or null: it must be after now, and at most a year away. */
export function untilRefusal(until: Date, now: Date): string | null {
  if (Number.isNaN(until.getTime())) return 'must be a date';
  if (until.getTime() <= now.getTime()) return 'must be in the future';
  if (until.getTime() > now.getTime() + SUSPENSION_MAX_DAYS * DAY_MS) return `must be at most ${SUSPENSION_MAX_DAYS} days from now`;
  return null;
}

/**
 * The ground recorded when a moderator hides without naming one: the most frequent reason among
 * the item's open flags (ties broken by the order of FLAG_REASONS, the gravest first), else OTHER.
 */
export function defaultGround(openCounts: ReadonlyMap<FlagReason, number>): FlagReason {
  let best: FlagReason = FlagReason.OTHER;
  let bestCount = 0;
  for (const reason of FLAG_REASONS) {
    const n = openCounts.get(reason) ?? 0;
    if (n > bestCount) {
      best = reason;
      bestCount = n;
    }
  }
  return best;
}

/** Text the server keeps: trimmed; blank means none. */
export function optionalText(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed.length ? trimmed : null;
}

/** The first instant of the month `months` months before the month of `at` (Paris time). */
export function startOfMonthsBefore(at: Date, months: number): Date {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' }).formatToParts(at);
  const year = Number(parts.find((p) => p.type === 'year')!.value);
  const month = Number(parts.find((p) => p.type === 'month')!.value) - 1 - months;
  // Midnight Paris time on the 1st: UTC+1 or UTC+2; take the UTC instant of that local midnight.
  const utcGuess = new Date(Date.UTC(year, month, 1));
  const offsetMs = parisOffsetMs(utcGuess);
  return new Date(utcGuess.getTime() - offsetMs);
}

/** Paris' offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function parisOffsetMs(at: Date): number {
  const local = new Date(at.toLocaleString('en-US', { timeZone: 'Europe/Paris' }));
  const utc = new Date(at.toLocaleString('en-US', { timeZone: 'UTC' }));
  return local.getTime() - utc.getTime();
}
