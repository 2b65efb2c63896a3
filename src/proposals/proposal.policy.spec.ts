import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { ProposalStatus as S } from './proposal-status';
import { canTransition, canView, mayMoveTo, supportsOpen, TRANSITIONS } from './proposal.policy';

const viewer = (id: string, roles: Role[] = [Role.RESIDENT]): Viewer => ({ id, sessionId: 's', displayName: id, roles, departmentIds: [] });
const author = viewer('a');
const other = viewer('b');
const council = viewer('c', [Role.RESIDENT, Role.COUNCIL]);
const admin = viewer('d', [Role.ADMIN]);
const agent = viewer('e', [Role.RESIDENT, Role.AGENT]);

describe('proposal policy', () => {
  it('allows exactly the lifecycle graph', () => {
    const allowed = Object.entries(TRANSITIONS).flatMap(([from, tos]) => tos.map((to) => `${from}>${to}`));
    expect(allowed.sort()).toEqual(
      [
        'DRAFT>PUBLISHED',
        'PUBLISHED>UNDER_REVIEW',
        'PUBLISHED>WITHDRAWN',
        'UNDER_REVIEW>ACCEPTED',
        'UNDER_REVIEW>REJECTED',
        'UNDER_REVIEW>WITHDRAWN',
        'ACCEPTED>IN_PROGRESS',
        'IN_PROGRESS>COMPLETED',
      ].sort(),
    );
    for (const from of Object.values(S)) {
      for (const to of Object.values(S)) {
        expect(canTransition(from, to)).toBe(allowed.includes(`${from}>${to}`));
      }
    }
  });

  it('lets the author publish and withdraw, and the council do the rest', () => {
    const p = { authorId: 'a' };
    expect(mayMoveTo(author, p, S.PUBLISHED)).toBe(true);
    expect(mayMoveTo(other, p, S.PUBLISHED)).toBe(false);
    expect(mayMoveTo(council, p, S.WITHDRAWN)).toBe(false);
    for (const to of [S.UNDER_REVIEW, S.ACCEPTED, S.REJECTED, S.IN_PROGRESS, S.COMPLETED]) {
      expect(mayMoveTo(council, p, to)).toBe(true);
      expect(mayMoveTo(admin, p, to)).toBe(true);
      expect(mayMoveTo(author, p, to)).toBe(false);
      expect(mayMoveTo(agent, p, to)).toBe(false);
      expect(mayMoveTo(null, p, to)).toBe(false);
    }
    expect(mayMoveTo(council, p, S.DRAFT)).toBe(false);
  });

  it('shows drafts to their author only', () => {
    expect(canView(author, { authorId: 'a', status: S.DRAFT })).toBe(true);
    expect(canView(admin, { authorId: 'a', status: S.DRAFT })).toBe(false);
    expect(canView(null, { authorId: 'a', status: S.DRAFT })).toBe(false);
    expect(canView(null, { authorId: 'a', status: S.WITHDRAWN })).toBe(true);
  });

  it('collects supports while published or under review, before the deadline', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const later = new Date('2026-02-01T00:00:00Z');
    expect(supportsOpen({ status: S.PUBLISHED, supportDeadline: later }, now)).toBe(true);
    expect(supportsOpen({ status: S.UNDER_REVIEW, supportDeadline: later }, now)).toBe(true);
    expect(supportsOpen({ status: S.PUBLISHED, supportDeadline: now }, now)).toBe(false);
    expect(supportsOpen({ status: S.ACCEPTED, supportDeadline: later }, now)).toBe(false);
    expect(supportsOpen({ status: S.DRAFT, supportDeadline: null }, now)).toBe(false);
  });
});
