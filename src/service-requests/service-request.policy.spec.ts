import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { ServiceRequestStatus as S } from './service-request.enums';
import {
  Access,
  accessOf,
  effectiveExpectedAt,
  isOverdue,
  messageRequired,
  rateRefusal,
  REOPEN_WINDOW_MS,
  reopenRefusal,
  staffMayMove,
} from './service-request.policy';

const viewer = (id: string, roles: Role[], departmentIds: string[] = []): Viewer => ({
  id,
  sessionId: 's',
  displayName: id,
  roles,
  departmentIds,
});
const req = { isPublic: true, requesterId: 'resident', departmentId: 'voirie' };
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);
const DAY = 86400_000;

describe('service request policy', () => {
  it('grades access: staff of the department, requester, public, none', () => {
    expect(accessOf(viewer('a', [Role.AGENT], ['voirie']), req)).toBe(Access.STAFF);
    expect(accessOf(viewer('x', [Role.ADMIN]), req)).toBe(Access.STAFF);
    expect(accessOf(viewer('resident', [Role.RESIDENT]), req)).toBe(Access.REQUESTER);
    expect(accessOf(viewer('b', [Role.AGENT], ['proprete']), req)).toBe(Access.PUBLIC);
    expect(accessOf(null, req)).toBe(Access.PUBLIC);
    expect(accessOf(null, { ...req, isPublic: false })).toBe(Access.NONE);
    expect(accessOf(viewer('b', [Role.AGENT], ['proprete']), { ...req, isPublic: false })).toBe(Access.NONE);
    // A department id without the AGENT role is not enough.
    expect(accessOf(viewer('c', [Role.RESIDENT], ['voirie']), { ...req, isPublic: false })).toBe(Access.NONE);
  });

  it('allows forward moves only, and closing after an outcome', () => {
    expect(staffMayMove(S.SUBMITTED, S.RESOLVED)).toBe(true);
    expect(staffMayMove(S.WAITING_FOR_RESIDENT, S.IN_PROGRESS)).toBe(true);
    expect(staffMayMove(S.IN_PROGRESS, S.ACKNOWLEDGED)).toBe(false);
    expect(staffMayMove(S.RESOLVED, S.IN_PROGRESS)).toBe(false);
    expect(staffMayMove(S.CLOSED, S.SUBMITTED)).toBe(false);
    expect(staffMayMove(S.SUBMITTED, S.CLOSED)).toBe(false);
    expect([S.REJECTED, S.RESOLVED, S.WAITING_FOR_RESIDENT].every(messageRequired)).toBe(true);
    expect(messageRequired(S.CLOSED)).toBe(false);
  });

  it('reopens within 30 days of the resolution only', () => {
    const resolved = { status: S.RESOLVED, resolvedAt: at(0), duplicateOfId: null };
    expect(reopenRefusal(resolved, at(REOPEN_WINDOW_MS))).toBeNull();
    expect(reopenRefusal(resolved, at(REOPEN_WINDOW_MS + 1))).toBe('REOPEN_WINDOW_PASSED');
    expect(reopenRefusal({ ...resolved, status: S.CLOSED }, at(DAY))).toBeNull();
    expect(reopenRefusal({ ...resolved, status: S.CLOSED, duplicateOfId: 'o' }, at(DAY))).toBe('NOT_RESOLVED');
    expect(reopenRefusal({ status: S.REJECTED, resolvedAt: null, duplicateOfId: null }, at(DAY))).toBe('NOT_RESOLVED');
  });

  it('rates once, after a resolution', () => {
    expect(rateRefusal({ status: S.RESOLVED, resolvedAt: at(0), duplicateOfId: null, rating: null })).toBeNull();
    expect(rateRefusal({ status: S.RESOLVED, resolvedAt: at(0), duplicateOfId: null, rating: 3 })).toBe('ALREADY_RATED');
    expect(rateRefusal({ status: S.IN_PROGRESS, resolvedAt: null, duplicateOfId: null, rating: null })).toBe('NOT_RESOLVED');
  });

  it('pauses the due date while waiting for the resident', () => {
    const open = { status: S.IN_PROGRESS, expectedAt: at(10 * DAY), pausedAt: null };
    expect(isOverdue(open, at(10 * DAY + 1))).toBe(true);
    const paused = { status: S.WAITING_FOR_RESIDENT, expectedAt: at(10 * DAY), pausedAt: at(8 * DAY) };
    expect(effectiveExpectedAt(paused, at(15 * DAY)).getTime()).toBe(at(17 * DAY).getTime());
    expect(isOverdue(paused, at(40 * DAY))).toBe(false);
    expect(isOverdue({ ...paused, pausedAt: at(11 * DAY) }, at(40 * DAY))).toBe(true);
    expect(isOverdue({ ...open, status: S.RESOLVED }, at(40 * DAY))).toBe(false);
  });
});
