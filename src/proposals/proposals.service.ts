import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Viewer } from '../auth/viewer';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { isUuid } from '../common/ids';
import { CommuneService } from '../commune/commune.service';
import { DistrictsService } from '../commune/districts.service';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner, Tx } from '../database/transaction';
import { groupByKeys } from '../graphql/loaders';
import { ConnectionShape, decodeCursor, toConnection } from '../graphql/pagination';
import { imageIdsRefused, MediaReason } from '../media/media.errors';
import { ImageTarget, MAX_IMAGES_PER_TARGET, MediaService } from '../media/media.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ProposalEventKind, ProposalStatus as S } from './proposal-status';
import { ProposalError } from './proposal.errors';
import { PROPOSAL_TARGET, ProposalNotification as N, UnderReviewCause } from './proposal.notifications';
import { canTransition, canView, isAuthor, isCouncil, isResident, mayMoveTo, supportsOpen } from './proposal.policy';
import { DraftPatch, ProposalEventRow, ProposalFilterSql, ProposalRow, ProposalSortKey, ProposalsRepository } from './proposals.repository';

export interface ProposalDraftInput {
  title?: string | null;
  body?: string | null;
  categoryId?: string | null;
  district?: string | null;
  location?: { lat: number; lng: number } | null;
  /** Photo ids, in order (see MediaService.attachImages for the rules). */
  imageIds?: string[] | null;
}

export interface ProposalListArgs {
  first: number;
  after?: string;
  filter?: { status?: S; categoryId?: string; district?: string; authorId?: string; search?: string };
  orderBy?: { field: 'CREATED_AT' | 'SUPPORTS' | 'COMMENTS'; direction: 'ASC' | 'DESC' };
}

const SORT_KEYS: Record<'CREATED_AT' | 'SUPPORTS' | 'COMMENTS', ProposalSortKey> = {
  CREATED_AT: 'date',
  SUPPORTS: 'supports',
  COMMENTS: 'comments',
};
const DAY_MS = 86_400_000;

/**
 * Turns what a resident typed into a to_tsquery text: its words only (letters and digits, so no
 * operator can be injected), joined with AND (search) or OR (similar proposals). Words of four
 * letters or more also match as a prefix (`cycl` finds `cyclable` while typing), and a plural `s`/`x`
 * is tried without it, since the French stemmer leaves short plurals alone (`vélos` would not find
 * `vélo`). Shorter words match whole (a prefix `le:*` would match nearly everything); `minLength`
 * drops them (similar proposals ignore them). Null when no word is left.
 */
export function searchQuery(text: string, joiner: '&' | '|', maxWords: number, minLength = 1): string | null {
  const words = [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].filter((w) => w.length >= minLength).slice(0, maxWords);
  if (words.length === 0) return null;
  return words
    .map((w) => {
      if (w.length < 4) return w;
      const singular = w.replace(/[sx]$/u, '');
      return singular !== w ? `(${w}:* | ${singular}:*)` : `${w}:*`;
    })
    .join(` ${joiner} `);
}

function assertNotBlank(value: string | null | undefined, path: string): void {
  if (value == null || value.trim().length === 0) throw AppError.field(path, 'isNotBlank', 'must not be blank');
}

const imageTarget = (proposalId: string): ImageTarget => ({ type: 'PROPOSAL', id: proposalId });

/** The photo limit, checked before any work (MediaService checks it again in the transaction). */
function assertImageCount(imageIds: readonly string[], path: string): void {
  if (imageIds.length > MAX_IMAGES_PER_TARGET) {
    throw imageIdsRefused(path, MediaReason.TOO_MANY_IMAGES, `at most ${MAX_IMAGES_PER_TARGET} images`);
  }
}

/**
 * Proposals: a resident's idea, from draft to completion. Every state change runs under a row lock
 * on the proposal, checks the lifecycle graph (proposal.policy.ts) and who may make it, and writes
 * its timeline event in the same transaction. Supports move the count in the transaction that
 * inserts or deletes the support row. Proposals are followable (proposal-targets.ts): the author follows from creation, each supporter from their support, and
 * every change queues its notification to the followers (never the actor) in the transaction that
 * makes it, delivered through the outbox once that transaction has committed.
 */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly repo: ProposalsRepository,
    private readonly tx: TransactionRunner,
    private readonly commune: CommuneService,
    private readonly districts: DistrictsService,
    private readonly clock: Clock,
    private readonly media: MediaService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Creates a DRAFT, visible to its author only, who follows it from now on (same transaction).
   * Residents only (FORBIDDEN RESIDENT_ONLY); BAD_USER_INPUT on input.title / input.body (blank), input.categoryId (unknown),
   * input.district (not one of the commune's). Text is stored exactly as typed. Photos
   * (input.imageIds, the author's own uploads, at most 6, in order) are attached in the same
   * transaction, so a refused photo creates nothing (BAD_USER_INPUT on input.imageIds:
   * IMAGE_NOT_FOUND, IMAGE_NOT_YOURS, IMAGE_ALREADY_ATTACHED, DUPLICATE_IMAGE, TOO_MANY_IMAGES).
   */
  async create(viewer: Viewer, input: ProposalDraftInput & { title: string; body: string }): Promise<ProposalRow> {
    if (!isResident(viewer)) throw AppError.forbidden(ProposalError.RESIDENT_ONLY);
    assertNotBlank(input.title, 'input.title');
    assertNotBlank(input.body, 'input.body');
    const imageIds = input.imageIds ?? [];
    assertImageCount(imageIds, 'input.imageIds');
    await this.checkReferences(input);
    return this.tx.run(async (tx) => {
      await this.districts.assertUsable(tx, input.district, 'input.district');
      const draft = await this.repo.insertDraft(tx, {
        authorId: viewer.id,
        title: input.title,
        body: input.body,
        categoryId: input.categoryId ?? null,
        district: input.district ?? null,
        locationLat: input.location?.lat ?? null,
        locationLng: input.location?.lng ?? null,
      });
      await this.media.attachImages(tx, viewer.id, imageIds, imageTarget(draft.id), 'input.imageIds');
      // The author hears of everything that happens to their proposal (they may unfollow).
      await this.notifications.follow(tx, viewer.id, PROPOSAL_TARGET, draft.id);
      return draft;
    });
  }

  /**
   * Changes a draft; only the fields given (null clears category, district or location).
   * `imageIds` given makes the draft's photos exactly that list, in that order (null or [] removes
   * them; removed ones are deleted by the media cleanup), same rules as at creation, in the same
   * transaction. NOT_FOUND (someone else's draft); FORBIDDEN NOT_AUTHOR; CONFLICT NOT_DRAFT; BAD_USER_INPUT.
   */
  async update(viewer: Viewer, id: string, input: ProposalDraftInput): Promise<ProposalRow> {
    const patch: DraftPatch = {};
    if (input.title !== undefined) {
      assertNotBlank(input.title, 'input.title');
      patch.title = input.title;
    }
    if (input.body !== undefined) {
      assertNotBlank(input.body, 'input.body');
      patch.body = input.body;
    }
    if (input.categoryId !== undefined) patch.categoryId = input.categoryId;
    if (input.district !== undefined) patch.district = input.district;
    if (input.location !== undefined) {
      patch.locationLat = input.location?.lat ?? null;
      patch.locationLng = input.location?.lng ?? null;
    }
    const imageIds = input.imageIds === undefined ? undefined : (input.imageIds ?? []);
    if (imageIds) assertImageCount(imageIds, 'input.imageIds');
    await this.checkReferences(input);
    return this.tx.run(async (tx) => {
      // The district's lock first, then the proposal's (a rename takes them in that order too).
      const district = await this.districts.lockForUse(tx, input.district, 'input.district');
      const p = await this.lockVisible(tx, viewer, id);
      if (!isAuthor(viewer, p)) throw AppError.forbidden(ProposalError.NOT_AUTHOR);
      if (p.status !== S.DRAFT) throw AppError.conflict(ProposalError.NOT_DRAFT);
      // A draft may keep the district it has, even once archived.
      district.assertActiveUnless(p.district);
      const updated = (await this.repo.updateDraft(tx, id, patch)) as ProposalRow;
      if (imageIds) await this.media.replaceImages(tx, viewer.id, imageIds, imageTarget(id), 'input.imageIds');
      return updated;
    });
  }

  /**
   * DRAFT → PUBLISHED by its author: supports open for PROPOSAL_SUPPORT_DAYS with the configured
   * PROPOSAL_SUPPORT_THRESHOLD. Event PUBLISHED.
   */
  publish(viewer: Viewer, id: string): Promise<ProposalRow> {
    return this.move(viewer, id, S.PUBLISHED, async (tx) => {
      // No notification: a draft has no follower but its author, who is the one publishing.
      const deadline = new Date(this.clock.now().getTime() + this.config.PROPOSAL_SUPPORT_DAYS * DAY_MS);
      const row = await this.repo.publish(tx, id, this.config.PROPOSAL_SUPPORT_THRESHOLD, deadline);
      await this.repo.insertEvent(tx, {
        proposalId: id,
        kind: ProposalEventKind.PUBLISHED,
        fromStatus: S.DRAFT,
        toStatus: S.PUBLISHED,
        authorId: viewer.id,
      });
      return row;
    });
  }

  /**
   * PUBLISHED | UNDER_REVIEW → WITHDRAWN by its author, before any answer. Event WITHDRAWN;
   * followers notified (PROPOSAL_WITHDRAWN).
   */
  withdraw(viewer: Viewer, id: string): Promise<ProposalRow> {
    return this.move(viewer, id, S.WITHDRAWN, async (tx, p) => {
      const row = await this.repo.changeStatus(tx, id, p.status, S.WITHDRAWN);
      await this.repo.insertEvent(tx, {
        proposalId: id,
        kind: ProposalEventKind.WITHDRAWN,
        fromStatus: p.status,
        toStatus: S.WITHDRAWN,
        authorId: viewer.id,
      });
      await this.notify(tx, p, N.WITHDRAWN, viewer.id, { fromStatus: p.status, toStatus: S.WITHDRAWN });
      return row;
    });
  }

  /**
   * The council's answer: UNDER_REVIEW (from PUBLISHED), ACCEPTED or REJECTED (from UNDER_REVIEW),
   * with a public text that becomes the official answer. FORBIDDEN COUNCIL_ONLY; CONFLICT
   * INVALID_TRANSITION. Event UNDER_REVIEW or ANSWERED; followers notified
   * (PROPOSAL_UNDER_REVIEW with cause COUNCIL, or PROPOSAL_ANSWERED).
   */
  answer(viewer: Viewer, id: string, status: S, body: string): Promise<ProposalRow> {
    assertNotBlank(body, 'input.body');
    return this.move(viewer, id, status, async (tx, p) => {
      const row = await this.repo.answer(tx, id, p.status, status, body, viewer.id);
      await this.repo.insertEvent(tx, {
        proposalId: id,
        kind: status === S.UNDER_REVIEW ? ProposalEventKind.UNDER_REVIEW : ProposalEventKind.ANSWERED,
        fromStatus: p.status,
        toStatus: status,
        body,
        authorId: viewer.id,
      });
      const change = { fromStatus: p.status, toStatus: status, message: body };
      if (status === S.UNDER_REVIEW) {
        await this.notify(tx, p, N.UNDER_REVIEW, viewer.id, {
          ...change,
          cause: UnderReviewCause.COUNCIL,
          supportCount: row?.supportCount ?? p.supportCount,
        });
      } else {
        await this.notify(tx, p, N.ANSWERED, viewer.id, change);
      }
      return row;
    });
  }

  /**
   * A dated progress update by the council on an ACCEPTED or IN_PROGRESS proposal. Without a
   * status, an ACCEPTED proposal moves to IN_PROGRESS; COMPLETED needs progress 100
   * (BAD_USER_INPUT input.progress). FORBIDDEN COUNCIL_ONLY; CONFLICT INVALID_TRANSITION.
   * Event PROGRESS_UPDATE, or COMPLETED; followers notified (PROPOSAL_PROGRESS or PROPOSAL_COMPLETED).
   */
  async addProgressUpdate(viewer: Viewer, id: string, input: { body: string; progress: number; status?: S | null }): Promise<ProposalRow> {
    assertNotBlank(input.body, 'input.body');
    if (input.status === S.COMPLETED && input.progress !== 100) {
      throw AppError.field('input.progress', 'equals100', 'must be 100 to complete the proposal');
    }
    return this.tx.run(async (tx) => {
      const p = await this.lockVisible(tx, viewer, id);
      if (!isCouncil(viewer)) throw AppError.forbidden(ProposalError.COUNCIL_ONLY);
      const to = input.status ?? (p.status === S.ACCEPTED ? S.IN_PROGRESS : p.status);
      const stays = to === p.status && p.status === S.IN_PROGRESS;
      if (!stays && !canTransition(p.status, to)) throw this.invalidTransition(p.status, to);
      const row = await this.repo.setProgress(tx, id, p.status, to, input.progress);
      await this.repo.insertEvent(tx, {
        proposalId: id,
        kind: to === S.COMPLETED ? ProposalEventKind.COMPLETED : ProposalEventKind.PROGRESS_UPDATE,
        fromStatus: stays ? null : p.status,
        toStatus: stays ? null : to,
        body: input.body,
        progress: input.progress,
        authorId: viewer.id,
      });
      await this.notify(tx, p, to === S.COMPLETED ? N.COMPLETED : N.PROGRESS, viewer.id, {
        fromStatus: stays ? null : p.status,
        toStatus: stays ? null : to,
        progress: input.progress,
        message: input.body,
      });
      return row as ProposalRow;
    });
  }

  /**
   * Supports a proposal. Idempotent: supporting again changes nothing. The support row (unique per
   * resident) and the count move together under the proposal's lock; the support that reaches the
   * threshold records THRESHOLD_REACHED and sends a PUBLISHED proposal UNDER_REVIEW (followers
   * notified: PROPOSAL_UNDER_REVIEW, cause THRESHOLD_REACHED). A new supporter follows the
   * proposal in the same transaction; withdrawing the support later does not unfollow.
   * FORBIDDEN RESIDENT_ONLY; NOT_FOUND; CONFLICT SUPPORTS_CLOSED, PROPOSAL_HIDDEN (hidden by a moderator).
   */
  async support(viewer: Viewer, id: string): Promise<ProposalRow> {
    if (!isResident(viewer)) throw AppError.forbidden(ProposalError.RESIDENT_ONLY);
    // The viewer supports it in every answer: the field needs no further statement.
    const supporting = (row: ProposalRow): ProposalRow => ({ ...row, viewerSupports: true });
    return this.tx.run(async (tx) => {
      const p = await this.lockVisible(tx, viewer, id);
      if (p.hiddenAt) throw AppError.conflict(ProposalError.PROPOSAL_HIDDEN);
      if (!supportsOpen(p, this.clock.now())) {
        if ((await this.repo.supportedBy(tx, viewer.id, [id])).length) return supporting(p);
        throw AppError.conflict(ProposalError.SUPPORTS_CLOSED);
      }
      if (!(await this.repo.insertSupportIfAbsent(tx, id, viewer.id))) return supporting(p);
      await this.notifications.follow(tx, viewer.id, PROPOSAL_TARGET, id);
      // The support that reaches the threshold has its THRESHOLD_REACHED event written with the count.
      const counted = await this.repo.addSupport(tx, p);
      if (counted.status !== p.status) {
        // The supporter whose support tipped it over is the actor: they see the new status in their answer.
        await this.notify(tx, p, N.UNDER_REVIEW, viewer.id, {
          fromStatus: p.status,
          toStatus: counted.status,
          cause: UnderReviewCause.THRESHOLD_REACHED,
          message: null,
          supportCount: counted.supportCount,
        });
      }
      return supporting(counted);
    });
  }

  /**
   * Withdraws the viewer's support while supports are collected; without a support, nothing
   * changes. The status never goes back (a threshold reached stays reached).
   * NOT_FOUND; CONFLICT SUPPORTS_CLOSED.
   */
  async withdrawSupport(viewer: Viewer, id: string): Promise<ProposalRow> {
    if (!isResident(viewer)) throw AppError.forbidden(ProposalError.RESIDENT_ONLY);
    return this.tx.run(async (tx) => {
      const p = await this.lockVisible(tx, viewer, id);
      // Deleted first, in one statement: closed supports throw below, and the rollback keeps the row.
      if (!(await this.repo.deleteSupport(tx, id, viewer.id))) return { ...p, viewerSupports: false };
      if (!supportsOpen(p, this.clock.now())) throw AppError.conflict(ProposalError.SUPPORTS_CLOSED);
      return { ...(await this.repo.removeSupport(tx, id)), viewerSupports: false };
    });
  }

  /** One proposal, or null when missing or someone else's draft. */
  async findVisible(viewer: Viewer | null, id: string): Promise<ProposalRow | null> {
    if (!isUuid(id)) return null;
    const p = await this.repo.proposalForViewer(this.tx.reader, id, viewer?.id ?? null);
    return p && canView(viewer, p) ? p : null;
  }

  /**
   * The list: public proposals not hidden by moderators (the viewer's own drafts when filtering on
   * DRAFT; their own hidden ones when filtering on themselves as author), filtered,
   * searched in French with accents ignored, ordered by date (published, else created), supports
   * or comments, keyset-paged.
   */
  async list(viewer: Viewer | null, args: ProposalListArgs): Promise<ConnectionShape<ProposalRow>> {
    const field = args.orderBy?.field ?? 'CREATED_AT';
    const descending = (args.orderBy?.direction ?? 'DESC') === 'DESC';
    const sort = SORT_KEYS[field];
    const f = args.filter ?? {};
    if (f.categoryId && !isUuid(f.categoryId)) throw AppError.field('filter.categoryId', 'isUuid', 'is not a category id');
    if (f.authorId && !isUuid(f.authorId)) throw AppError.field('filter.authorId', 'isUuid', 'is not a user id');
    const filter: ProposalFilterSql = {
      status: f.status,
      categoryId: f.categoryId,
      district: f.district,
      authorId: f.authorId,
      search: searchQuery(f.search ?? '', '&', 20) ?? undefined,
      viewerId: viewer?.id ?? null,
      // Hidden proposals leave public lists; an author's own list still shows theirs.
      showHidden: !!viewer && f.authorId === viewer.id,
    };
    // Drafts are private: a visitor asking for DRAFT gets an empty list, not an error.
    if (f.status === S.DRAFT && !viewer) return toConnection([], args.first, () => ['', ''], 0);
    const after = this.decodeListCursor(args.after, sort);
    const rows = await this.repo.page(this.tx.reader, filter, sort, descending, args.first + 1, after);
    const keyOf = (p: ProposalRow): [string | number, string] => [
      sort === 'date' ? p.dateKey : sort === 'supports' ? p.supportCount : p.commentCount,
      p.id,
    ];
    return toConnection(rows, args.first, keyOf, () => this.repo.count(this.tx.reader, filter), !!after);
  }

  /**
   * Public proposals most like a title and body being written, most similar first, so a resident
   * can support one instead of filing a twin (trigram similarity of titles + French full-text).
   */
  async similar(title: string, body: string | null | undefined, first: number): Promise<ProposalRow[]> {
    const anyWord = searchQuery(`${title} ${body ?? ''}`, '|', 60, 4);
    if (title.trim().length < 3 && !anyWord) return [];
    return this.repo.similar(this.tx.reader, title, anyWord ?? '', first);
  }

  /** The configured threshold, for drafts (a published proposal keeps the one it was published with). */
  get defaultThreshold(): number {
    return this.config.PROPOSAL_SUPPORT_THRESHOLD;
  }

  /** Whether supports are being collected now. */
  supportsOpen(p: ProposalRow): boolean {
    return supportsOpen(p, this.clock.now());
  }

  /** Loader factory: whether a user supports a proposal, keyed `${userId}:${proposalId}`. */
  readonly viewerSupports = () =>
    new DataLoader<string, boolean>(async (keys) => {
      const byUser = new Map<string, string[]>();
      for (const key of keys) {
        const [userId, proposalId] = key.split(':');
        byUser.set(userId, [...(byUser.get(userId) ?? []), proposalId]);
      }
      const found = new Set<string>();
      for (const [userId, ids] of byUser) {
        for (const id of await this.repo.supportedBy(this.tx.reader, userId, ids)) found.add(`${userId}:${id}`);
      }
      return keys.map((k) => found.has(k));
    });

  /** Loader factory: the public timeline of each proposal (callers show only visible proposals). */
  readonly eventsByProposal = () =>
    new DataLoader<string, ProposalEventRow[]>(async (ids) =>
      groupByKeys(ids, await this.repo.eventsOf(this.tx.reader, ids), (e) => e.proposalId),
    );

  /**
   * The common shape of a transition: lock, visibility (drafts are NOT_FOUND to others), who may
   * (FORBIDDEN), the graph (CONFLICT INVALID_TRANSITION), then the change and its event.
   */
  private move(viewer: Viewer, id: string, to: S, work: (tx: Tx, p: ProposalRow) => Promise<ProposalRow | null>): Promise<ProposalRow> {
    return this.tx.run(async (tx) => {
      const p = await this.lockVisible(tx, viewer, id);
      if (!mayMoveTo(viewer, p, to)) {
        const reason = to === S.PUBLISHED || to === S.WITHDRAWN ? ProposalError.NOT_AUTHOR : ProposalError.COUNCIL_ONLY;
        throw AppError.forbidden(reason);
      }
      if (!canTransition(p.status, to)) throw this.invalidTransition(p.status, to);
      return (await work(tx, p)) as ProposalRow;
    });
  }

  /**
   * Notifies the proposal's followers (the actor excluded) in the change's transaction. The title
   * is the proposal's as locked by this transaction (a published proposal's title no longer changes).
   */
  private async notify(tx: Tx, p: ProposalRow, kind: string, actorId: string, facts: Record<string, unknown>): Promise<void> {
    await this.notifications.notifyFollowers(tx, {
      targetType: PROPOSAL_TARGET,
      targetId: p.id,
      kind,
      actorId,
      payload: { title: p.title, ...facts },
    });
  }

  private invalidTransition(from: S, to: S): AppError {
    return new AppError('CONFLICT', ProposalError.INVALID_TRANSITION, undefined, { from, to });
  }

  private async lockVisible(tx: Tx, viewer: Viewer | null, id: string): Promise<ProposalRow> {
    const p = isUuid(id) ? await this.repo.lockProposal(tx, id) : null;
    if (!p || !canView(viewer, p)) throw AppError.notFound(ProposalError.PROPOSAL_NOT_FOUND);
    return p;
  }

  private async checkReferences(input: ProposalDraftInput): Promise<void> {
    if (input.categoryId != null) await this.commune.assertCategoryExists(input.categoryId, 'input.categoryId');
    // The district is checked in the transaction, under its lock (DistrictsService.lockForUse).
  }

  private decodeListCursor(after: string | undefined, sort: ProposalSortKey): [string | number, string] | undefined {
    return sort === 'date' ? decodeCursor(after, 'timestamp') : decodeCursor(after, 'int');
  }
}
