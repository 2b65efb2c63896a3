import { Role } from '../auth/role';
import { hasRole, Viewer } from '../auth/viewer';
import { BudgetError } from './budget.errors';

/** The phases of an edition, in order. UPCOMING before submission opens, CLOSED after the works phase. */
export const PHASES = ['SUBMISSION', 'REVIEW', 'VOTING', 'RESULTS', 'WORKS'] as const;
export type DatedPhase = (typeof PHASES)[number];
export type BudgetPhase = 'UPCOMING' | DatedPhase | 'CLOSED';

export type VotingStyle = 'KNAPSACK' | 'APPROVAL';

/** The six instants of an edition: each phase runs from bounds[i] to bounds[i + 1]. */
export interface PhaseBounds {
  submissionStartsAt: Date;
  reviewStartsAt: Date;
  votingStartsAt: Date;
  resultsStartsAt: Date;
  worksStartsAt: Date;
  closesAt: Date;
}

export const boundsOf = (b: PhaseBounds): Date[] => [
  b.submissionStartsAt,
  b.reviewStartsAt,
  b.votingStartsAt,
  b.resultsStartsAt,
  b.worksStartsAt,
  b.closesAt,
];

/** The phase at `now`: a phase includes its start and excludes its end. */
export function phaseAt(b: PhaseBounds, now: Date): BudgetPhase {
  const bounds = boundsOf(b);
  const t = now.getTime();
  if (t < bounds[0].getTime()) return 'UPCOMING';
  for (let i = 0; i < PHASES.length; i++) if (t < bounds[i + 1].getTime()) return PHASES[i];
  return 'CLOSED';
}

/** Order of a phase, UPCOMING -1, CLOSED 5: "from the results on" is `rank(p) >= rank('RESULTS')`. */
export function rank(p: BudgetPhase): number {
  if (p === 'UPCOMING') return -1;
  if (p === 'CLOSED') return PHASES.length;
  return PHASES.indexOf(p);
}

/**
 * The bounds after closing the current phase at `now`: the next phase starts now and every later
 * bound moves by the same amount, so the later phases keep their durations. From UPCOMING,
 * submission opens now. Null when CLOSED (nothing to close).
 */
export function advancedBounds(b: PhaseBounds, now: Date): Date[] | null {
  const p = phaseAt(b, now);
  if (p === 'CLOSED') return null;
  const bounds = boundsOf(b);
  const next = rank(p) + 1; // the bound that becomes now
  const shift = now.getTime() - bounds[next].getTime();
  return bounds.map((d, i) => (i >= next ? new Date(d.getTime() + shift) : d));
}

/** The council runs editions (ADMIN passes every role check). */
export const isCouncil = (viewer: Viewer | null): boolean => hasRole(viewer, Role.COUNCIL);
/** Every account holds RESIDENT. */
export const isResident = (viewer: Viewer | null): boolean => hasRole(viewer, Role.RESIDENT);
/** Moderators read hidden projects. */
export const isModerator = (viewer: Viewer | null): boolean => hasRole(viewer, Role.MODERATOR);

/** Who reads a hidden project's content: its author and moderators. */
export function mayReadContent(viewer: Viewer | null, p: { authorId: string; hiddenAt: Date | null }): boolean {
  return !p.hiddenAt || (!!viewer && (viewer.id === p.authorId || isModerator(viewer)));
}

/**
 * Who sees an edition hidden by moderation (it is withdrawn whole, with its projects): the council
 * member who created it and moderators; everyone while it is shown.
 */
export function mayReadBudget(viewer: Viewer | null, b: { createdById: string; hiddenAt: Date | null }): boolean {
  return mayReadContent(viewer, { authorId: b.createdById, hiddenAt: b.hiddenAt });
}

/** A resident votes in their district's envelope and in the city-wide one (district null). */
export function mayVoteIn(envelope: { district: string | null }, voterDistrict: string | null): boolean {
  return envelope.district === null || (voterDistrict !== null && envelope.district === voterDistrict);
}

/** The rules a ballot's choice in one envelope is checked against. */
export interface BallotRules {
  votingStyle: VotingStyle;
  maxChoices: number | null;
  minProjects: number | null;
  envelopeAmount: number;
}

/**
 * Why this choice of projects (each on the envelope's ballot, with its cost) is refused, or null.
 * An empty choice withdraws the vote in that envelope and is always allowed. KNAPSACK: the costs
 * must fit in the envelope; APPROVAL: at most `maxChoices`; both: at least `minProjects`.
 */
export function ballotRefusal(rules: BallotRules, costs: readonly number[]): string | null {
  if (costs.length === 0) return null;
  if (rules.votingStyle === 'APPROVAL' && rules.maxChoices !== null && costs.length > rules.maxChoices) {
    return BudgetError.TOO_MANY_PROJECTS;
  }
  if (rules.votingStyle === 'KNAPSACK' && costs.reduce((a, c) => a + c, 0) > rules.envelopeAmount) return BudgetError.OVER_BUDGET;
  if (rules.minProjects !== null && costs.length < rules.minProjects) return BudgetError.BELOW_MINIMUM;
  return null;
}

/** A project as the results see it. */
export interface Candidate {
  id: string;
  votes: number;
  cost: number;
  createdAt: Date;
}

export interface RankedResult<C extends Candidate> {
  candidate: C;
  rank: number;
  selected: boolean;
}

/**
 * The stated rule of the results, per envelope: projects ranked by votes (most first); ties by
 * lower cost, then earlier submission, then id. Going down the ranking, a project is selected when
 * it has at least one vote and its cost fits in what remains of the envelope; a project too
 * expensive for what remains is skipped and the next ones are still tried (greedy).
 */
export function selectWinners<C extends Candidate>(amount: number, candidates: readonly C[]): RankedResult<C>[] {
  const ranked = [...candidates].sort(byRank);
  const selector = new WinnerSelector(amount);
  return ranked.map((candidate) => ({ candidate, ...selector.next(candidate) }));
}

/** The ranking order of the results: votes (most first), lower cost, earlier submission (to the millisecond), id. */
export const byRank = (a: Candidate, b: Candidate): number =>
  b.votes - a.votes || a.cost - b.cost || a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The greedy selection, one candidate at a time in ranking order (`byRank`): what `selectWinners`
 * runs, and what a stream of an envelope's projects already in that order (the open data) runs
 * without holding them.
 */
export class WinnerSelector {
  private remaining: number;
  private rank = 0;

  constructor(amount: number) {
    this.remaining = amount;
  }

  next(c: { votes: number; cost: number }): { rank: number; selected: boolean } {
    const selected = c.votes > 0 && c.cost <= this.remaining;
    if (selected) this.remaining -= c.cost;
    return { rank: ++this.rank, selected };
  }
}

/** The edition's overall progress: the winners' progress averaged with their costs as weights (0 without winners). */
export function weightedProgress(winners: readonly { cost: number; progress: number }[]): number {
  const total = winners.reduce((a, w) => a + w.cost, 0);
  if (total === 0) return 0;
  return Math.round((winners.reduce((a, w) => a + w.cost * w.progress, 0) / total) * 10) / 10;
}
