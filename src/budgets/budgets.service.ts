import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Viewer } from '../auth/viewer';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { isUuid } from '../common/ids';
import { DistrictsService } from '../commune/districts.service';
import { TransactionRunner, Tx } from '../database/transaction';
import { byKeys, groupByKeys, RequestLoaders } from '../graphql/loaders';
import { ConnectionShape, decodeCursor, toConnection } from '../graphql/pagination';
import { IdentityService } from '../identity/identity.service';
import { imageIdsRefused, MediaReason } from '../media/media.errors';
import { MAX_IMAGES_PER_TARGET, MediaService } from '../media/media.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ProposalStatus } from '../proposals/proposal-status';
import { PROPOSAL_TARGET } from '../proposals/proposal.notifications';
import { ProposalsService } from '../proposals/proposals.service';
import { budgetResultRows } from './budget-results.open-data';
import { AMOUNT_MAX } from './dto/budget.inputs';
import { BudgetError } from './budget.errors';
import { BUDGET_PROJECT_TARGET, BUDGET_PROJECT_UPDATE_TARGET, BUDGET_TARGET, BudgetNotification } from './budget.notifications';
import {
  advancedBounds,
  ballotRefusal,
  BudgetPhase,
  isCouncil,
  isModerator,
  isResident,
  mayReadBudget,
  mayReadContent,
  mayVoteIn,
  phaseAt,
  PHASES,
  rank,
  RankedResult,
  selectWinners,
  VotingStyle,
  weightedProgress,
} from './budget.policy';
import type { OpenDataRows, OpenDataVersion } from '../common/open-data/open-data';
import { BudgetRow, BudgetsRepository, EnvelopeRow, ProjectRow, ProjectUpdateRow } from './budgets.repository';

export interface CreateBudgetData {
  title: string;
  description?: string | null;
  rules?: string | null;
  totalAmount: number;
  envelopes: { name: string; district?: string | null; amount: number }[];
  phases: { phase: string; startsAt: Date; endsAt: Date }[];
  votingStyle: VotingStyle;
  maxChoices?: number | null;
  minProjects?: number | null;
}

export interface UpdateBudgetData {
  title?: string | null;
  description?: string | null;
  rules?: string | null;
  votingStyle?: VotingStyle | null;
  maxChoices?: number | null;
  minProjects?: number | null;
  /** Corrections to envelopes: a new name, a new amount, or both (null: unchanged). */
  envelopes?: { id: string; name?: string | null; amount?: number | null }[] | null;
}

export interface SubmitProjectData {
  envelopeId: string;
  title: string;
  description: string;
  estimatedCost: number;
  location?: { lat?: number | null; lng?: number | null; address?: string | null } | null;
  imageIds?: string[] | null;
  proposalId?: string | null;
}

/** A project's place in its envelope's results. */
export interface ProjectResult {
  project: ProjectRow;
  votes: number;
  rank: number;
  selected: boolean;
}

/** A project's status as the API shows it, from its review, the edition's phase, the results and its works. */
export type ProjectStatus =
  'SUBMITTED' | 'FEASIBLE' | 'NOT_FEASIBLE' | 'MERGED' | 'SELECTED' | 'NOT_SELECTED' | 'IN_PROGRESS' | 'COMPLETED';

export interface DistrictParticipation {
  district: string | null;
  voters: number;
  residents: number;
  share: number | null;
}

/** Voters / residents rounded to 4 decimals; null without residents. */
const shareOf = (voters: number, residents: number): number | null =>
  residents > 0 ? Math.round((voters / residents) * 10_000) / 10_000 : null;

const SEP = '\u0000';

function assertNotBlank(value: string | null | undefined, path: string): void {
  if (value == null || value.trim().length === 0) throw AppError.field(path, 'isNotBlank', 'must not be blank');
}

const toCandidate = (p: ProjectRow) => ({ id: p.id, votes: p.voteCount, cost: p.cost ?? 0, createdAt: p.createdAt, project: p });

/**
 * The participatory budget: editions with envelopes and dated phases (the phase is read from the
 * dates with the server's clock), projects submitted by residents (or turned from a proposal),
 * the staff's review, one ballot per resident per edition, results selected per envelope by the
 * rule of budget.policy.ts `selectWinners`, and the works of the winners. Every ballot change, phase
 * change and rules edit runs under the edition's row lock (BudgetsRepository.lockBudget), so a
 * ballot never lands after voting closed, rules never change under a ballot, and the vote and
 * voter counts move with their source rows in the ballot's transaction.
 */
@Injectable()
export class BudgetsService {
  constructor(
    private readonly repo: BudgetsRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly districts: DistrictsService,
    private readonly identity: IdentityService,
    private readonly media: MediaService,
    private readonly notifications: NotificationsService,
    private readonly proposals: ProposalsService,
  ) {}

  phaseOf(b: BudgetRow): BudgetPhase {
    return phaseAt(b, this.clock.now());
  }

  /** Whether the results are public: from the results phase on. */
  resultsPublished(b: BudgetRow): boolean {
    return rank(this.phaseOf(b)) >= rank('RESULTS');
  }

  // ---- editions ----

  /** One edition; null when unknown or hidden from this viewer (see `mayReadBudget`). */
  async find(viewer: Viewer | null, id: string, tx: Tx = this.tx.reader): Promise<BudgetRow | null> {
    if (!isUuid(id)) return null;
    const [b] = await this.repo.budgetsByIds(tx, [id]);
    return b && mayReadBudget(viewer, b) ? b : null;
  }

  /** The editions, newest first (by the start of submission); hidden ones only to their creator and moderators. */
  async list(viewer: Viewer | null, args: { first: number; after?: string }): Promise<ConnectionShape<BudgetRow>> {
    const after = decodeCursor(args.after, 'timestamp');
    const shownTo = isModerator(viewer) ? 'ALL' : (viewer?.id ?? null);
    const rows = await this.repo.budgetPage(this.tx.reader, args.first + 1, shownTo, after);
    return toConnection(
      rows,
      args.first,
      (b) => [b.listKey, b.id],
      () => this.repo.countBudgets(this.tx.reader, shownTo),
      !!after,
    );
  }

  /**
   * Council: a new edition. The envelopes' amounts add up to the total; each district at most once
   * (from the commune's list) and at most one city-wide envelope; the five phases given in order,
   * each ending where the next starts. APPROVAL needs `maxChoices`. FORBIDDEN COUNCIL_ONLY;
   * BAD_USER_INPUT on the field at fault.
   */
  async create(viewer: Viewer, input: CreateBudgetData): Promise<BudgetRow> {
    if (!isCouncil(viewer)) throw AppError.forbidden(BudgetError.COUNCIL_ONLY);
    assertNotBlank(input.title, 'input.title');
    const envelopes = input.envelopes.map((e, i) => {
      assertNotBlank(e.name, `input.envelopes.${i}.name`);
      return { name: e.name, district: e.district ?? null, amount: e.amount };
    });
    const districts = envelopes.map((e) => e.district ?? '');
    if (new Set(districts).size !== districts.length) {
      throw AppError.field('input.envelopes', 'uniqueDistricts', 'each district, and the city-wide envelope, at most once');
    }
    if (envelopes.reduce((a, e) => a + e.amount, 0) !== input.totalAmount) {
      throw AppError.field('input.envelopes', 'sumIsTotal', 'the envelopes must add up to totalAmount');
    }
    const phases = input.phases;
    if (phases.length !== PHASES.length || phases.some((p, i) => p.phase !== PHASES[i])) {
      throw AppError.field('input.phases', 'phaseOrder', `must be ${PHASES.join(', ')}, in that order`);
    }
    phases.forEach((p, i) => {
      if (!(p.startsAt.getTime() < p.endsAt.getTime()))
        throw AppError.field(`input.phases.${i}.endsAt`, 'isAfterStart', 'must be after startsAt');
      if (i > 0 && p.startsAt.getTime() !== phases[i - 1].endsAt.getTime()) {
        throw AppError.field(`input.phases.${i}.startsAt`, 'isPreviousEnd', 'must be the end of the previous phase');
      }
    });
    this.assertStyle(input.votingStyle, input.maxChoices ?? null, input.minProjects ?? null, 'input');
    return this.tx.run(async (tx) => {
      // The districts locked as commune's writers do: a rename waits for this edition, or is seen by it.
      for (const [i, e] of envelopes.entries()) await this.districts.assertUsable(tx, e.district, `input.envelopes.${i}.district`);
      return this.repo.insertBudget(
        tx,
        {
          title: input.title,
          description: input.description ?? '',
          rules: input.rules ?? '',
          totalAmount: input.totalAmount,
          votingStyle: input.votingStyle,
          maxChoices: input.votingStyle === 'APPROVAL' ? (input.maxChoices ?? null) : null,
          minProjects: input.minProjects ?? null,
          submissionStartsAt: phases[0].startsAt,
          reviewStartsAt: phases[1].startsAt,
          votingStartsAt: phases[2].startsAt,
          resultsStartsAt: phases[3].startsAt,
          worksStartsAt: phases[4].startsAt,
          closesAt: phases[4].endsAt,
          createdById: viewer.id,
        },
        envelopes,
      );
    });
  }

  /**
   * Council: changes the title or description (always), or the rules, the voting style, the maximum,
   * the minimum and the envelopes' names and amounts (until voting opens: CONFLICT RULES_FROZEN
   * after, checked under the edition's lock). A corrected amount moves the total with it (the
   * envelopes still add up to it). An envelope may not go below the cost of a project already found
   * feasible in it (CONFLICT ENVELOPE_BELOW_PROJECT_COST): the ballot and the results take a
   * project's cost as the review set it, and nothing else would tell that project now cannot win.
   * FORBIDDEN; NOT_FOUND; BAD_USER_INPUT (an envelope that is not this edition's, or twice).
   */
  async update(viewer: Viewer, id: string, input: UpdateBudgetData): Promise<BudgetRow> {
    if (!isCouncil(viewer)) throw AppError.forbidden(BudgetError.COUNCIL_ONLY);
    if (input.title != null) assertNotBlank(input.title, 'input.title');
    const changes = (input.envelopes ?? []).map((e, i) => {
      if (e.name != null) assertNotBlank(e.name, `input.envelopes.${i}.name`);
      return { id: e.id, name: e.name ?? null, amount: e.amount ?? null };
    });
    changes.forEach((c, i) => {
      if (changes.findIndex((o) => o.id === c.id) !== i)
        throw AppError.field(`input.envelopes.${i}.id`, 'unique', 'an envelope at most once');
    });
    const touchesRules =
      input.rules != null || input.votingStyle != null || input.maxChoices != null || input.minProjects != null || changes.length > 0;
    return this.tx.run(async (tx) => {
      const b = await this.lockBudget(tx, id);
      if (touchesRules && rank(this.phaseOf(b)) >= rank('VOTING')) throw AppError.conflict(BudgetError.RULES_FROZEN);
      const style = input.votingStyle ?? b.votingStyle;
      const maxChoices = style === 'APPROVAL' ? (input.maxChoices ?? b.maxChoices) : null;
      const minProjects = input.minProjects ?? b.minProjects;
      this.assertStyle(style, maxChoices, minProjects, 'input');
      const totalAmount = changes.length ? await this.correctEnvelopes(tx, b.id, changes) : undefined;
      return this.repo.updateRules(tx, b.id, {
        title: input.title ?? undefined,
        description: input.description ?? undefined,
        rules: input.rules ?? undefined,
        votingStyle: style,
        maxChoices,
        minProjects,
        totalAmount,
      });
    });
  }

  /** Applies envelope corrections under the edition's lock (see `update`); the edition's new total. */
  private async correctEnvelopes(tx: Tx, budgetId: string, changes: { id: string; name: string | null; amount: number | null }[]) {
    const envelopes = await this.repo.envelopesByBudgets(tx, [budgetId]);
    changes.forEach((c, i) => {
      if (!envelopes.some((e) => e.id === c.id))
        throw AppError.field(`input.envelopes.${i}.id`, 'exists', 'not an envelope of this edition');
    });
    const amountOf = (e: EnvelopeRow) => changes.find((c) => c.id === e.id)?.amount ?? e.amount;
    const total = envelopes.reduce((a, e) => a + amountOf(e), 0);
    if (total > AMOUNT_MAX) throw AppError.field('input.envelopes', 'max', `the envelopes must add up to at most ${AMOUNT_MAX}`);
    const costs = await this.repo.maxFeasibleCosts(
      tx,
      changes.filter((c) => c.amount != null).map((c) => c.id),
    );
    for (const [i, c] of changes.entries()) {
      const cost = costs.find((r) => r.envelopeId === c.id)?.cost;
      if (c.amount != null && cost != null && c.amount < cost) {
        throw new AppError(
          'CONFLICT',
          BudgetError.ENVELOPE_BELOW_PROJECT_COST,
          [{ path: `input.envelopes.${i}.amount`, constraint: BudgetError.ENVELOPE_BELOW_PROJECT_COST, message: `below ${cost}` }],
          { projectCost: cost },
        );
      }
    }
    await this.repo.updateEnvelopes(tx, budgetId, changes);
    return total;
  }

  /**
   * Council: closes the current phase now; the next one opens and every later date moves by the
   * same amount (the phases keep their durations). From UPCOMING, submission opens now. The
   * edition's followers are told (BUDGET_PHASE_ADVANCED).
   * CONFLICT NO_NEXT_PHASE once CLOSED.
   */
  async advancePhase(viewer: Viewer, id: string): Promise<BudgetRow> {
    if (!isCouncil(viewer)) throw AppError.forbidden(BudgetError.COUNCIL_ONLY);
    return this.tx.run(async (tx) => {
      const b = await this.lockBudget(tx, id);
      const bounds = advancedBounds(b, this.clock.now());
      if (!bounds) throw AppError.conflict(BudgetError.NO_NEXT_PHASE);
      const moved = await this.repo.setBounds(tx, b.id, bounds);
      await this.notifications.notifyFollowers(tx, {
        targetType: BUDGET_TARGET,
        targetId: b.id,
        kind: BudgetNotification.PHASE_ADVANCED,
        actorId: viewer.id,
        payload: { title: b.title, phase: this.phaseOf(moved) },
      });
      return moved;
    });
  }

  // ---- projects ----

  /**
   * A resident submits a project into an envelope during submission; its author follows it.
   * With `proposalId`, a published proposal (its author's, or any for the council) becomes the
   * project, keeping the link; the proposal's author follows the project too. Photos are attached
   * in the same transaction. FORBIDDEN RESIDENT_ONLY / PROPOSAL_NOT_ELIGIBLE; NOT_FOUND;
   * CONFLICT SUBMISSION_CLOSED / PROPOSAL_ALREADY_SUBMITTED; BAD_USER_INPUT.
   */
  async submitProject(viewer: Viewer, input: SubmitProjectData): Promise<ProjectRow> {
    if (!isResident(viewer)) throw AppError.forbidden(BudgetError.RESIDENT_ONLY);
    assertNotBlank(input.title, 'input.title');
    assertNotBlank(input.description, 'input.description');
    const imageIds = input.imageIds ?? [];
    if (imageIds.length > MAX_IMAGES_PER_TARGET) {
      throw imageIdsRefused('input.imageIds', MediaReason.TOO_MANY_IMAGES, `at most ${MAX_IMAGES_PER_TARGET} images`);
    }
    const loc = input.location ?? null;
    if (loc && (loc.lat == null) !== (loc.lng == null)) throw AppError.field('input.location', 'latLng', 'lat and lng go together');
    const [envelope] = isUuid(input.envelopeId) ? await this.repo.envelopesByIds(this.tx.reader, [input.envelopeId]) : [];
    if (!envelope) throw AppError.notFound(BudgetError.ENVELOPE_NOT_FOUND);
    let proposalAuthorId: string | null = null;
    if (input.proposalId != null) {
      const proposal = await this.proposals.findVisible(viewer, input.proposalId);
      if (!proposal || proposal.hiddenAt) throw AppError.notFound('PROPOSAL_NOT_FOUND');
      if (proposal.authorId !== viewer.id && !isCouncil(viewer)) throw AppError.forbidden(BudgetError.PROPOSAL_NOT_ELIGIBLE);
      const eligible: ProposalStatus[] = [ProposalStatus.PUBLISHED, ProposalStatus.UNDER_REVIEW, ProposalStatus.ACCEPTED];
      if (!eligible.includes(proposal.status)) throw AppError.conflict(BudgetError.PROPOSAL_NOT_ELIGIBLE);
      proposalAuthorId = proposal.authorId;
    }
    return this.tx.run(async (tx) => {
      const b = await this.lockBudgetShared(tx, envelope.budgetId);
      if (b.hiddenAt) throw AppError.conflict(BudgetError.BUDGET_HIDDEN);
      if (this.phaseOf(b) !== 'SUBMISSION') throw AppError.conflict(BudgetError.SUBMISSION_CLOSED);
      const project = await this.repo.insertProject(tx, {
        budgetId: b.id,
        envelopeId: envelope.id,
        authorId: viewer.id,
        proposalId: input.proposalId ?? null,
        title: input.title,
        description: input.description,
        locationLat: loc?.lat ?? null,
        locationLng: loc?.lng ?? null,
        address: loc?.address ?? null,
        estimatedCost: input.estimatedCost,
      });
      if (!project) throw AppError.conflict(BudgetError.PROPOSAL_ALREADY_SUBMITTED);
      await this.media.attachImages(tx, viewer.id, imageIds, { type: BUDGET_PROJECT_TARGET, id: project.id }, 'input.imageIds');
      await this.notifications.follow(tx, viewer.id, BUDGET_PROJECT_TARGET, project.id);
      if (proposalAuthorId) await this.notifications.follow(tx, proposalAuthorId, BUDGET_PROJECT_TARGET, project.id);
      // The proposal's followers (its supporters follow it unless they chose not to) follow the project.
      if (input.proposalId != null) {
        await this.notifications.copyFollowers(
          tx,
          { targetType: PROPOSAL_TARGET, targetId: input.proposalId },
          { targetType: BUDGET_PROJECT_TARGET, targetId: project.id },
        );
      }
      return project;
    });
  }

  /**
   * Council: the review, before voting opens: feasible with the town hall's cost (which replaces
   * the resident's estimate on the ballot and in the results), or not feasible with a public reason.
   * May be given again until voting opens. Followers are told (BUDGET_PROJECT_REVIEWED). A
   * feasible project's cost fits its envelope (CONFLICT COST_ABOVE_ENVELOPE otherwise: it could
   * never be chosen), checked under the edition's lock, which envelope corrections take too.
   * FORBIDDEN; NOT_FOUND; CONFLICT REVIEW_CLOSED, COST_ABOVE_ENVELOPE; BAD_USER_INPUT input.cost / input.note.
   */
  async reviewProject(
    viewer: Viewer,
    id: string,
    input: { feasible: boolean; cost?: number | null; note?: string | null },
  ): Promise<ProjectRow> {
    if (!isCouncil(viewer)) throw AppError.forbidden(BudgetError.COUNCIL_ONLY);
    if (input.feasible && input.cost == null)
      throw AppError.field('input.cost', 'isDefined', 'a feasible project needs the town hall’s cost');
    if (!input.feasible) assertNotBlank(input.note, 'input.note');
    return this.tx.run(async (tx) => {
      const p = await this.lockProjectForReview(tx, id);
      if (p.review === 'MERGED') throw AppError.conflict(BudgetError.CANNOT_MERGE);
      if (input.feasible) {
        const [envelope] = await this.repo.envelopesByIds(tx, [p.envelopeId]);
        if (envelope && (input.cost as number) > envelope.amount) {
          throw new AppError(
            'CONFLICT',
            BudgetError.COST_ABOVE_ENVELOPE,
            [{ path: 'input.cost', constraint: BudgetError.COST_ABOVE_ENVELOPE, message: `above the envelope's ${envelope.amount}` }],
            { envelopeAmount: envelope.amount },
          );
        }
      }
      const reviewed = await this.repo.review(tx, p.id, {
        review: input.feasible ? 'FEASIBLE' : 'NOT_FEASIBLE',
        cost: input.feasible ? (input.cost as number) : null,
        note: input.note?.trim() ? input.note : null,
      });
      await this.notifications.notifyFollowers(tx, {
        targetType: BUDGET_PROJECT_TARGET,
        targetId: p.id,
        kind: BudgetNotification.PROJECT_REVIEWED,
        actorId: viewer.id,
        payload: { budgetId: p.budgetId, title: p.title, feasible: input.feasible, cost: reviewed.cost, note: reviewed.reviewNote },
      });
      return reviewed;
    });
  }

  /**
   * Council: merges a project into another of the same envelope, before voting opens, with a
   * public note; its followers are told, then follow the other project. CONFLICT CANNOT_MERGE /
   * REVIEW_CLOSED; NOT_FOUND; BAD_USER_INPUT note.
   */
  async mergeProjects(viewer: Viewer, id: string, intoId: string, note: string): Promise<ProjectRow> {
    if (!isCouncil(viewer)) throw AppError.forbidden(BudgetError.COUNCIL_ONLY);
    assertNotBlank(note, 'note');
    return this.tx.run(async (tx) => {
      if (!isUuid(id) || !isUuid(intoId) || id === intoId) throw AppError.conflict(BudgetError.CANNOT_MERGE);
      const rows = await this.repo.lockProjects(tx, [id, intoId]);
      const p = rows.find((r) => r.id === id);
      const into = rows.find((r) => r.id === intoId);
      if (!p || !into) throw AppError.notFound(BudgetError.PROJECT_NOT_FOUND);
      const [b] = await this.repo.budgetsByIds(tx, [p.budgetId]);
      if (rank(this.phaseOf(b)) >= rank('VOTING')) throw AppError.conflict(BudgetError.REVIEW_CLOSED);
      if (p.envelopeId !== into.envelopeId || p.review === 'MERGED' || into.review === 'MERGED') {
        throw AppError.conflict(BudgetError.CANNOT_MERGE);
      }
      const merged = await this.repo.review(tx, p.id, { review: 'MERGED', cost: null, note, mergedIntoId: into.id });
      await this.notifications.notifyFollowers(tx, {
        targetType: BUDGET_PROJECT_TARGET,
        targetId: p.id,
        kind: BudgetNotification.PROJECT_MERGED,
        actorId: viewer.id,
        payload: { budgetId: p.budgetId, title: p.title, intoId: into.id, intoTitle: into.title, note },
        followersAsOfNow: true,
      });
      await this.notifications.moveFollowers(
        tx,
        { targetType: BUDGET_PROJECT_TARGET, targetId: p.id },
        { targetType: BUDGET_PROJECT_TARGET, targetId: into.id },
      );
      return merged;
    });
  }

  /** One project (a hidden one shows as hidden); null when unknown or its edition is hidden from this viewer. */
  async findProject(viewer: Viewer | null, id: string, tx: Tx = this.tx.reader): Promise<ProjectRow | null> {
    if (!isUuid(id)) return null;
    const [p] = await this.repo.projectsByIds(tx, [id]);
    return p && (await this.find(viewer, p.budgetId, tx)) ? p : null;
  }

  /** A works update this viewer may read (its own hidden state, its project's edition's); null otherwise. */
  async findReadableUpdate(viewer: Viewer | null, id: string, tx: Tx = this.tx.reader): Promise<ProjectUpdateRow | null> {
    if (!isUuid(id)) return null;
    const [u] = await this.repo.updatesByIds(tx, [id]);
    if (!u || !mayReadContent(viewer, u)) return null;
    return (await this.findProject(viewer, u.projectId, tx)) ? u : null;
  }

  /** A page of an envelope's listed projects (oldest first; `feasibleOnly`: those on the ballot). Batched across envelopes. */
  async projectsConnection(
    loaders: RequestLoaders,
    envelope: EnvelopeRow,
    args: { first: number; after?: string; feasibleOnly?: boolean | null },
  ): Promise<ConnectionShape<ProjectRow>> {
    const after = decodeCursor(args.after, 'timestamp');
    const feasible = !!args.feasibleOnly;
    const rows = await loaders.get(this.projectPages).load([feasible, args.first, args.after ?? '', envelope.id].join(SEP));
    return toConnection(
      rows,
      args.first,
      (p) => [p.createdKey, p.id],
      () => loaders.get(this.listedCounts).load([feasible, envelope.id].join(SEP)),
      !!after,
    );
  }

  // ---- ballots ----

  /**
   * A resident's choice in one envelope of an edition, replacing their previous choice there (an
   * empty list withdraws it), during voting only, in their district's or the city-wide envelope.
   * Checked on every change: each project on this envelope's ballot, once; KNAPSACK within the
   * envelope's amount, APPROVAL at most `maxChoices`; at least `minProjects` (unless empty). One
   * ballot per resident and edition (unique constraint); choices, vote counts and the voter count
   * move together under the edition's lock. FORBIDDEN RESIDENT_ONLY / ENVELOPE_NOT_ELIGIBLE;
   * NOT_FOUND; CONFLICT VOTING_CLOSED; BAD_USER_INPUT projectIds (PROJECT_NOT_ON_BALLOT,
   * DUPLICATE_PROJECT, OVER_BUDGET, TOO_MANY_PROJECTS, BELOW_MINIMUM).
   */
  async setBallot(viewer: Viewer, budgetId: string, envelopeId: string, projectIds: string[]): Promise<BudgetRow> {
    if (!isResident(viewer)) throw AppError.forbidden(BudgetError.RESIDENT_ONLY);
    if (new Set(projectIds).size !== projectIds.length) {
      throw AppError.badInput(BudgetError.DUPLICATE_PROJECT, [
        { path: 'projectIds', constraint: 'unique', message: 'a project at most once' },
      ]);
    }
    if (!isUuid(budgetId)) throw AppError.notFound(BudgetError.BUDGET_NOT_FOUND);
    const [envelope] = isUuid(envelopeId) ? await this.repo.envelopesByIds(this.tx.reader, [envelopeId]) : [];
    if (!envelope || envelope.budgetId !== budgetId) throw AppError.notFound(BudgetError.ENVELOPE_NOT_FOUND);
    const voter = await this.identity.userLoader().load(viewer.id);
    const district = voter?.district ?? null;
    if (!mayVoteIn(envelope, district)) throw AppError.forbidden(BudgetError.ENVELOPE_NOT_ELIGIBLE);
    const refuse = (reason: string, message: string) => AppError.badInput(reason, [{ path: 'projectIds', constraint: reason, message }]);
    return this.tx.run(async (tx) => {
      const b = await this.lockBudget(tx, budgetId);
      if (b.hiddenAt) throw AppError.conflict(BudgetError.BUDGET_HIDDEN);
      if (this.phaseOf(b) !== 'VOTING') throw AppError.conflict(BudgetError.VOTING_CLOSED);
      const chosen = projectIds.every(isUuid) ? await this.repo.projectsByIds(tx, projectIds) : [];
      const onBallot = chosen.filter((p) => p.envelopeId === envelope.id && p.review === 'FEASIBLE' && !p.hiddenAt);
      if (onBallot.length !== projectIds.length)
        throw refuse(BudgetError.PROJECT_NOT_ON_BALLOT, 'every project must be on this envelope’s ballot');
      const refusal = ballotRefusal(
        { votingStyle: b.votingStyle, maxChoices: b.maxChoices, minProjects: b.minProjects, envelopeAmount: envelope.amount },
        onBallot.map((p) => p.cost as number),
      );
      if (refusal) throw refuse(refusal, 'the choice breaks the edition’s rules');
      const ballot = await this.repo.lockBallot(tx, b.id, viewer.id, district);
      const before = await this.repo.choicesIn(tx, ballot.id, envelope.id);
      const removed = before.filter((id) => !projectIds.includes(id));
      const added = projectIds.filter((id) => !before.includes(id));
      // Projects are locked in id order before their counts move: ballots never wait on each other in a cycle.
      await this.repo.lockProjects(tx, [...removed, ...added]);
      const deleted = await this.repo.deleteChoices(tx, ballot.id, removed);
      await this.repo.addToVoteCounts(tx, removed, -1);
      const inserted = await this.repo.insertChoices(tx, ballot.id, envelope.id, added);
      await this.repo.addToVoteCounts(tx, inserted, 1);
      const delta = inserted.length - deleted;
      if (delta !== 0) {
        const count = await this.repo.setChoiceCount(tx, ballot.id, delta);
        if (count - delta === 0 && count > 0) await this.repo.addToVoterCount(tx, b.id, 1);
        if (count - delta > 0 && count === 0) await this.repo.addToVoterCount(tx, b.id, -1);
      }
      return (await this.repo.budgetsByIds(tx, [b.id]))[0];
    });
  }

  // ---- results and works ----

  /**
   * An envelope's results: its feasible projects ranked and selected (budget.policy.ts
   * `selectWinners`), from the running vote counts. Public from the results phase; null before.
   */
  async envelopeResults(loaders: RequestLoaders, b: BudgetRow, envelope: EnvelopeRow): Promise<ProjectResult[] | null> {
    if (!this.resultsPublished(b)) return null;
    return loaders.get(this.resultsByEnvelope).load(envelope.id);
  }

  /** The project's status for the API (derived; results once published). */
  async statusOf(loaders: RequestLoaders, p: ProjectRow): Promise<ProjectStatus> {
    if (p.review !== 'FEASIBLE') return p.review;
    const b = await loaders.get(this.budgetById).load(p.budgetId);
    if (!b || !this.resultsPublished(b)) return 'FEASIBLE';
    const results = await loaders.get(this.resultsByEnvelope).load(p.envelopeId);
    if (!results.find((r) => r.project.id === p.id)?.selected) return 'NOT_SELECTED';
    return p.workStatus ?? 'SELECTED';
  }

  /** The edition's overall progress (winners' progress weighted by cost), null before the results. */
  async progressOf(loaders: RequestLoaders, b: BudgetRow): Promise<number | null> {
    if (!this.resultsPublished(b)) return null;
    const envelopes = await loaders.get(this.envelopesByBudget).load(b.id);
    const results = await Promise.all(envelopes.map((e) => loaders.get(this.resultsByEnvelope).load(e.id)));
    const winners = results.flat().filter((r) => r.selected);
    return weightedProgress(winners.map((w) => ({ cost: w.project.cost ?? 0, progress: w.project.progress })));
  }

  /**
   * Voters by district (ballots with a choice, in the voter's district when they first voted) with
   * the district's residents now and the share; every district with voters or residents, by name,
   * null last. Public from the results phase; null before.
   */
  async participation(loaders: RequestLoaders, b: BudgetRow): Promise<DistrictParticipation[] | null> {
    if (!this.resultsPublished(b)) return null;
    const [voters, residents] = await Promise.all([
      loaders.get(this.votersByBudget).load(b.id),
      loaders.get(this.residentCounts).load('all'),
    ]);
    const rows = new Map<string | null, DistrictParticipation>();
    const row = (district: string | null) => {
      let r = rows.get(district);
      if (!r) rows.set(district, (r = { district, voters: 0, residents: 0, share: null }));
      return r;
    };
    for (const v of voters) row(v.district).voters = v.voters;
    for (const r of residents) row(r.district).residents = r.residents;
    for (const r of rows.values()) r.share = shareOf(r.voters, r.residents);
    return [...rows.values()].sort((x, y) =>
      x.district === y.district ? 0 : x.district === null ? 1 : y.district === null ? -1 : x.district < y.district ? -1 : 1,
    );
  }

  /** Voters and their share of all residents, from the results phase; null before. */
  async turnout(loaders: RequestLoaders, b: BudgetRow): Promise<{ voters: number; residents: number; share: number | null } | null> {
    if (!this.resultsPublished(b)) return null;
    const residents = (await loaders.get(this.residentCounts).load('all')).reduce((n, r) => n + r.residents, 0);
    return { voters: b.voterCount, residents, share: shareOf(b.voterCount, residents) };
  }

  // ---- open data ----

  /** The validators of `budget-results`: newest relevant change and a fingerprint of the content. */
  async resultsOpenDataVersion(): Promise<OpenDataVersion> {
    const now = this.clock.now();
    const v = await this.repo.resultsVersion(this.tx.reader, now);
    return {
      lastModified: v.lastModified ?? new Date(0),
      fingerprint: [v.lastModified?.toISOString() ?? '', v.editions, v.projects, v.hidden, v.key].join('|'),
    };
  }

  /** The rows of `budget-results`, streamed from a cursor (constant memory); `release()` whatever happens. */
  async resultsOpenDataRows(): Promise<OpenDataRows> {
    const { stream, release } = await this.repo.streamResults(this.clock.now());
    const rows = stream.pipe(budgetResultRows());
    stream.on('error', (e) => rows.destroy(e));
    return { rows, release };
  }

  /**
   * Council: reports on a winning project's works, from the results phase: a dated update with
   * photos; the project's progress, status (IN_PROGRESS, COMPLETED at 100) and actual cost follow.
   * Followers are told (BUDGET_PROJECT_UPDATED); its author follows the update. FORBIDDEN; NOT_FOUND; CONFLICT NOT_A_WINNER.
   */
  async addUpdate(
    viewer: Viewer,
    id: string,
    input: { body: string; progress: number; actualCost?: number | null; imageIds?: string[] | null },
  ): Promise<ProjectRow> {
    if (!isCouncil(viewer)) throw AppError.forbidden(BudgetError.COUNCIL_ONLY);
    assertNotBlank(input.body, 'input.body');
    const imageIds = input.imageIds ?? [];
    if (imageIds.length > MAX_IMAGES_PER_TARGET) {
      throw imageIdsRefused('input.imageIds', MediaReason.TOO_MANY_IMAGES, `at most ${MAX_IMAGES_PER_TARGET} images`);
    }
    return this.tx.run(async (tx) => {
      const [p] = isUuid(id) ? await this.repo.lockProjects(tx, [id]) : [];
      if (!p) throw AppError.notFound(BudgetError.PROJECT_NOT_FOUND);
      const [b] = await this.repo.budgetsByIds(tx, [p.budgetId]);
      if (!this.resultsPublished(b) || p.review !== 'FEASIBLE') throw AppError.conflict(BudgetError.NOT_A_WINNER);
      const [envelope] = await this.repo.envelopesByIds(tx, [p.envelopeId]);
      const results = this.select(envelope, await this.repo.candidates(tx, [envelope.id]));
      if (!results.find((r) => r.project.id === p.id)?.selected) throw AppError.conflict(BudgetError.NOT_A_WINNER);
      const update = await this.repo.insertUpdate(tx, {
        projectId: p.id,
        authorId: viewer.id,
        body: input.body,
        progress: input.progress,
        actualCost: input.actualCost ?? null,
      });
      await this.media.attachImages(tx, viewer.id, imageIds, { type: BUDGET_PROJECT_UPDATE_TARGET, id: update.id }, 'input.imageIds');
      await this.notifications.follow(tx, viewer.id, BUDGET_PROJECT_UPDATE_TARGET, update.id);
      const changed = await this.repo.setWorks(tx, p.id, { progress: input.progress, actualCost: input.actualCost ?? null });
      await this.notifications.notifyFollowers(tx, {
        targetType: BUDGET_PROJECT_TARGET,
        targetId: p.id,
        kind: BudgetNotification.PROJECT_UPDATED,
        actorId: viewer.id,
        payload: { budgetId: p.budgetId, title: p.title, updateId: update.id, progress: changed.progress, status: changed.workStatus },
      });
      return changed;
    });
  }

  async updatesConnection(loaders: RequestLoaders, p: ProjectRow, args: { first: number; after?: string }) {
    const after = decodeCursor(args.after, 'timestamp');
    const rows = await loaders.get(this.updatePages).load([args.first, args.after ?? '', p.id].join(SEP));
    return toConnection<ProjectUpdateRow>(
      rows,
      args.first,
      (u) => [u.createdKey, u.id],
      () => loaders.get(this.updateCounts).load(p.id),
      !!after,
    );
  }

  // ---- the viewer's own ballot (never anyone else's) ----

  /** The viewer's choices in an edition, or null without a ballot. */
  async viewerBallot(loaders: RequestLoaders, viewer: Viewer | null, b: BudgetRow) {
    if (!viewer) return null;
    return loaders.get(this.choicesByViewer).load(`${viewer.id}|${b.id}`);
  }

  // ---- moderation hooks ----

  /** Hides or restores a project or a works update (moderation's transaction); its author, or null when nothing changed. */
  setHidden(tx: Tx, kind: 'budget' | 'project' | 'update', id: string, hidden: { reason: string; at: Date } | null) {
    if (!isUuid(id)) return Promise.resolve(null);
    if (kind === 'budget') return this.repo.setBudgetHidden(tx, id, hidden);
    return this.repo.setHidden(tx, kind === 'project' ? 'budget_projects' : 'budget_project_updates', id, hidden);
  }

  mayReadContent = mayReadContent;

  // ---- loaders ----

  readonly budgetById = () =>
    new DataLoader<string, BudgetRow | null>(async (ids) => byKeys(ids, await this.repo.budgetsByIds(this.tx.reader, ids), (b) => b.id));

  readonly votersByBudget = () =>
    new DataLoader<string, { district: string | null; voters: number }[]>(async (ids) =>
      groupByKeys(ids, await this.repo.votersByDistricts(this.tx.reader, ids), (v) => v.budgetId),
    );

  /** Residents by district, once per request (one key). */
  readonly residentCounts = () =>
    new DataLoader<'all', { district: string | null; residents: number }[]>(async (keys) => {
      const counts = await this.identity.residentCountsByDistrict();
      return keys.map(() => counts);
    });

  readonly envelopesByBudget = () =>
    new DataLoader<string, EnvelopeRow[]>(async (ids) =>
      groupByKeys(ids, await this.repo.envelopesByBudgets(this.tx.reader, ids), (e) => e.budgetId),
    );

  readonly envelopeById = () =>
    new DataLoader<string, EnvelopeRow | null>(async (ids) =>
      byKeys(ids, await this.repo.envelopesByIds(this.tx.reader, ids), (e) => e.id),
    );

  readonly projectById = () =>
    new DataLoader<string, ProjectRow | null>(async (ids) => byKeys(ids, await this.repo.projectsByIds(this.tx.reader, ids), (p) => p.id));

  readonly updateById = () =>
    new DataLoader<string, ProjectUpdateRow | null>(async (ids) =>
      byKeys(ids, await this.repo.updatesByIds(this.tx.reader, ids), (u) => u.id),
    );

  /** Each envelope's ranked results: one query for the envelopes, one for their candidates. */
  private readonly resultsByEnvelope = () =>
    new DataLoader<string, ProjectResult[]>(async (ids) => {
      const [envelopes, candidates] = await Promise.all([
        this.repo.envelopesByIds(this.tx.reader, ids),
        this.repo.candidates(this.tx.reader, ids),
      ]);
      const byEnvelope = groupByKeys(ids, candidates, (p) => p.envelopeId);
      const envs = byKeys(ids, envelopes, (e) => e.id);
      return ids.map((_, i) => (envs[i] ? this.select(envs[i], byEnvelope[i]) : []));
    });

  private readonly choicesByViewer = () =>
    new DataLoader<string, { envelopeId: string; projectId: string }[] | null>(async (keys) => {
      const userId = keys[0].split('|')[0];
      const budgetIds = keys.map((k) => k.split('|')[1]);
      // The key carries the viewer: one viewer per request, so one query for all their editions.
      const [choices, ballots] = await Promise.all([
        this.repo.choicesOf(this.tx.reader, userId, budgetIds),
        this.repo.ballotsOf(this.tx.reader, userId, budgetIds),
      ]);
      const has = new Set(ballots.map((b) => b.budgetId));
      return keys.map((k) => {
        const [u, budgetId] = k.split('|');
        if (u !== userId || !has.has(budgetId)) return null;
        return choices.filter((c) => c.budgetId === budgetId).map((c) => ({ envelopeId: c.envelopeId, projectId: c.projectId }));
      });
    });

  private readonly projectPages = () =>
    new DataLoader<string, ProjectRow[]>(async (keys) =>
      this.pages(
        keys,
        (shape, ids) => {
          const [feasible, first, after] = shape.split(SEP);
          return this.repo.projectPages(
            this.tx.reader,
            ids,
            feasible === 'true',
            Number(first) + 1,
            decodeCursor(after || undefined, 'timestamp'),
          );
        },
        (p) => p.envelopeId,
      ),
    );

  private readonly listedCounts = () =>
    new DataLoader<string, number>(async (keys) => {
      const result = new Map<string, number>();
      for (const feasible of ['true', 'false']) {
        const ids = keys.filter((k) => k.startsWith(feasible + SEP)).map((k) => k.split(SEP)[1]);
        if (!ids.length) continue;
        for (const r of await this.repo.countListed(this.tx.reader, ids, feasible === 'true'))
          result.set(`${feasible}${SEP}${r.envelopeId}`, r.n);
      }
      return keys.map((k) => result.get(k) ?? 0);
    });

  private readonly updatePages = () =>
    new DataLoader<string, ProjectUpdateRow[]>(async (keys) =>
      this.pages(
        keys,
        (shape, ids) => {
          const [first, after] = shape.split(SEP);
          return this.repo.updatePages(this.tx.reader, ids, Number(first) + 1, decodeCursor(after || undefined, 'timestamp'));
        },
        (u) => u.projectId,
      ),
    );

  private readonly updateCounts = () =>
    new DataLoader<string, number>(async (ids) => {
      const rows = await this.repo.countUpdates(this.tx.reader, ids);
      return byKeys(ids, rows, (r) => r.projectId).map((r) => r?.n ?? 0);
    });

  // ---- helpers ----

  /** Groups page keys (`shape SEP parentId`) by shape: one query per page shape for all parents sharing it. */
  private async pages<R>(keys: readonly string[], query: (shape: string, ids: string[]) => Promise<R[]>, parentOf: (r: R) => string) {
    const groups = new Map<string, string[]>();
    for (const key of keys) {
      const at = key.lastIndexOf(SEP);
      groups.set(key.slice(0, at), [...(groups.get(key.slice(0, at)) ?? []), key.slice(at + 1)]);
    }
    const result = new Map<string, R[]>();
    for (const [shape, ids] of groups) {
      for (const row of await query(shape, [...new Set(ids)])) {
        const key = `${shape}${SEP}${parentOf(row)}`;
        result.set(key, [...(result.get(key) ?? []), row]);
      }
    }
    return keys.map((k) => result.get(k) ?? []);
  }

  private select(envelope: EnvelopeRow, candidates: ProjectRow[]): ProjectResult[] {
    return selectWinners(envelope.amount, candidates.map(toCandidate)).map((r: RankedResult<ReturnType<typeof toCandidate>>) => ({
      project: r.candidate.project,
      votes: r.candidate.votes,
      rank: r.rank,
      selected: r.selected,
    }));
  }

  private assertStyle(style: VotingStyle, maxChoices: number | null, minProjects: number | null, path: string): void {
    if (style === 'APPROVAL' && maxChoices == null) {
      throw AppError.field(`${path}.maxChoices`, 'isDefined', 'APPROVAL needs the most projects a voter may choose');
    }
    if (style === 'APPROVAL' && maxChoices != null && minProjects != null && minProjects > maxChoices) {
      throw AppError.field(`${path}.minProjects`, 'max', 'must not exceed maxChoices');
    }
  }

  private async lockBudget(tx: Tx, id: string): Promise<BudgetRow> {
    const b = isUuid(id) ? await this.repo.lockBudget(tx, id) : null;
    if (!b) throw AppError.notFound(BudgetError.BUDGET_NOT_FOUND);
    return b;
  }

  /** Submission and review read the phase under the edition's lock too, so a phase change waits for them. */
  private lockBudgetShared(tx: Tx, id: string): Promise<BudgetRow> {
    return this.lockBudget(tx, id);
  }

  private async lockProjectForReview(tx: Tx, id: string): Promise<ProjectRow> {
    const [p] = isUuid(id) ? await this.repo.projectsByIds(tx, [id]) : [];
    if (!p) throw AppError.notFound(BudgetError.PROJECT_NOT_FOUND);
    const b = await this.lockBudget(tx, p.budgetId);
    if (rank(this.phaseOf(b)) >= rank('VOTING')) throw AppError.conflict(BudgetError.REVIEW_CLOSED);
    const [locked] = await this.repo.lockProjects(tx, [p.id]);
    return locked;
  }
}
