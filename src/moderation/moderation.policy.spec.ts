import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { ModerationError } from './moderation.errors';
import { defaultGround, optionalText, startOfMonthsBefore, suspendRefusal, untilRefusal } from './moderation.policy';
import { FlagReason } from './moderation-vocabulary';

const viewer = (id: string, ...roles: Role[]): Viewer => ({
  id,
  sessionId: 's',
  displayName: id,
  roles: [Role.RESIDENT, ...roles],
  departmentIds: [],
});

describe('moderation policy', () => {
  it('lets moderators suspend residents and agents, never themselves nor an admin; moderators only by an admin', () => {
    const moderator = viewer('m', Role.MODERATOR);
    const admin = viewer('a', Role.ADMIN);
    expect(suspendRefusal(moderator, { id: 'r', roles: [Role.RESIDENT] })).toBeNull();
    expect(suspendRefusal(moderator, { id: 'g', roles: [Role.RESIDENT, Role.AGENT, Role.COUNCIL] })).toBeNull();
    expect(suspendRefusal(moderator, { id: 'm', roles: [Role.RESIDENT, Role.MODERATOR] })).toBe(ModerationError.CANNOT_SUSPEND_SELF);
    expect(suspendRefusal(moderator, { id: 'm2', roles: [Role.RESIDENT, Role.MODERATOR] })).toBe(ModerationError.CANNOT_SUSPEND_MODERATOR);
    expect(suspendRefusal(moderator, { id: 'a', roles: [Role.RESIDENT, Role.ADMIN] })).toBe(ModerationError.CANNOT_SUSPEND_ADMIN);
    expect(suspendRefusal(admin, { id: 'm2', roles: [Role.RESIDENT, Role.MODERATOR] })).toBeNull();
    expect(suspendRefusal(admin, { id: 'a2', roles: [Role.RESIDENT, Role.ADMIN] })).toBe(ModerationError.CANNOT_SUSPEND_ADMIN);
    expect(suspendRefusal(viewer('c', Role.COUNCIL), { id: 'r', roles: [Role.RESIDENT] })).toBe(ModerationError.MODERATOR_ONLY);
  });

  it('takes an end in the future, at most a year away', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    expect(untilRefusal(new Date('2026-06-02T00:00:00Z'), now)).toBeNull();
    expect(untilRefusal(new Date('2027-06-01T00:00:00Z'), now)).toBeNull();
    expect(untilRefusal(now, now)).toMatch(/future/);
    expect(untilRefusal(new Date('2027-06-01T00:00:01Z'), now)).toMatch(/365 days/);
    expect(untilRefusal(new Date('nonsense'), now)).toMatch(/date/);
  });

  it('grounds a hide on the most frequent open reason, the gravest on a tie, else OTHER', () => {
    expect(defaultGround(new Map())).toBe(FlagReason.OTHER);
    expect(
      defaultGround(
        new Map([
          [FlagReason.SPAM, 3],
          [FlagReason.ABUSE, 1],
        ]),
      ),
    ).toBe(FlagReason.SPAM);
    expect(
      defaultGround(
        new Map([
          [FlagReason.SPAM, 2],
          [FlagReason.ABUSE, 2],
        ]),
      ),
    ).toBe(FlagReason.ABUSE);
    expect(
      defaultGround(
        new Map([
          [FlagReason.OTHER, 1],
          [FlagReason.OFF_TOPIC, 1],
        ]),
      ),
    ).toBe(FlagReason.OFF_TOPIC);
  });

  it('keeps text trimmed, blank as none', () => {
    expect(optionalText('  why  ')).toBe('why');
    expect(optionalText('   ')).toBeNull();
    expect(optionalText(undefined)).toBeNull();
  });

  it('starts the transparency period at midnight on the first of a month, Paris time', () => {
    // Winter (UTC+1) and summer (UTC+2), and a year back.
    expect(startOfMonthsBefore(new Date('2026-11-29T08:00:00Z'), 11).toISOString()).toBe('2025-11-30T23:00:00.000Z');
    expect(startOfMonthsBefore(new Date('2026-07-15T12:00:00Z'), 0).toISOString()).toBe('2026-06-30T22:00:00.000Z');
    // 30 November 23:30 UTC is already December in Paris.
    expect(startOfMonthsBefore(new Date('2026-11-30T23:30:00Z'), 0).toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(startOfMonthsBefore(new Date('2026-01-10T00:00:00Z'), 1).toISOString()).toBe('2025-11-30T23:00:00.000Z');
  });
});
