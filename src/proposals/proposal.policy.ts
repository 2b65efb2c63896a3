import { Role } from '../auth/role';
import { hasRole, Viewer } from '../auth/viewer';
import { ProposalStatus as S } from './proposal-status';

/**
 * The lifecycle graph. Anything not listed is refused (CONFLICT INVALID_TRANSITION):
 * DRAFT → PUBLISHED → UNDER_REVIEW → ACCEPTED | REJECTED; ACCEPTED → IN_PROGRESS → COMPLETED;
 * PUBLISHED | UNDER_REVIEW → WITHDRAWN (by the author, before an answer).
 */
export const TRANSITIONS: Readonly<Record<S, readonly S[]>> = {
  [S.DRAFT]: [S.PUBLISHED],
  [S.PUBLISHED]: [S.UNDER_REVIEW, S.WITHDRAWN],
  [S.UNDER_REVIEW]: [S.ACCEPTED, S.REJECTED, S.WITHDRAWN],
  [S.ACCEPTED]: [S.IN_PROGRESS],
  [S.IN_PROGRESS]: [S.COMPLETED],
  [S.REJECTED]: [],
  [S.COMPLETED]: [],
  [S.WITHDRAWN]: [],
};

export function canTransition(from: S, to: S): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Who may cause each transition: the author, or the council (ADMIN included, as everywhere). */
export type Actor = 'AUTHOR' | 'COUNCIL';
const ACTOR_OF: Readonly<Partial<Record<S, Actor>>> = {
  [S.PUBLISHED]: 'AUTHOR',
  [S.WITHDRAWN]: 'AUTHOR',
  [S.UNDER_REVIEW]: 'COUNCIL',
  [S.ACCEPTED]: 'COUNCIL',
  [S.REJECTED]: 'COUNCIL',
  [S.IN_PROGRESS]: 'COUNCIL',
  [S.COMPLETED]: 'COUNCIL',
};

/** The facts of a proposal these rules need. */
export interface ProposalFacts {
  authorId: string;
  status: S;
  supportDeadline: Date | null;
}

export function isAuthor(viewer: Viewer | null, p: Pick<ProposalFacts, 'authorId'>): boolean {
  return !!viewer && viewer.id === p.authorId;
}

export function isCouncil(viewer: Viewer | null): boolean {
  return hasRole(viewer, Role.COUNCIL);
}

/** Drafts are their author's alone (not even admins see them); everything else is public. */
export function canView(viewer: Viewer | null, p: Pick<ProposalFacts, 'authorId' | 'status'>): boolean {
  return p.status !== S.DRAFT || isAuthor(viewer, p);
}

/** Residents write proposals, support them and comment (every account holds RESIDENT). */
export function isResident(viewer: Viewer | null): boolean {
  return hasRole(viewer, Role.RESIDENT);
}

/** Whether this viewer is the kind of actor the target status needs (default deny). */
export function mayMoveTo(viewer: Viewer | null, p: Pick<ProposalFacts, 'authorId'>, to: S): boolean {
  const actor = ACTOR_OF[to];
  if (actor === 'AUTHOR') return isAuthor(viewer, p);
  if (actor === 'COUNCIL') return isCouncil(viewer);
  return false;
}

/**
 * Supports are collected while the proposal is published or under review (not yet answered),
 * until its collection deadline.
 */
export function supportsOpen(p: Pick<ProposalFacts, 'status' | 'supportDeadline'>, now: Date): boolean {
  return (p.status === S.PUBLISHED || p.status === S.UNDER_REVIEW) && !!p.supportDeadline && now.getTime() < p.supportDeadline.getTime();
}

/** Public proposals take comments in every state; drafts take none. */
export function commentsOpen(p: Pick<ProposalFacts, 'status'>): boolean {
  return p.status !== S.DRAFT;
}
