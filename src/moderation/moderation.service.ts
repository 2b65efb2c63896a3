import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Viewer } from '../auth/viewer';
import { AppError } from '../common/app-error';
import { Capabilities } from '../common/capability';
import { Clock } from '../common/clock';
import { isUuid } from '../common/ids';
import { TransactionRunner, Tx } from '../database/transaction';
import { byKeys, groupByKeys, RequestLoaders } from '../graphql/loaders';
import { ConnectionShape, decodeCursor, toConnection } from '../graphql/pagination';
import { NotificationsService } from '../notifications/notifications.service';
import { DescribedContent, FLAG_TARGETS, FlagRefusal, FlagTarget, FlagTargetType } from './flag-target';
import { ModerationError } from './moderation.errors';
import { ACCOUNT_TARGET, ModerationNotification } from './moderation.notifications';
import { defaultGround, FLAG_NOTE_MAX, isModerator, MODERATION_REASON_MAX, optionalText, startOfMonthsBefore } from './moderation.policy';
import {
  GroundCountRow,
  ItemRow,
  LogEntry,
  LogFilterSql,
  LogRow,
  ModerationRepository,
  MonthCountRow,
  NoteRow,
} from './moderation.repository';
import { FlagReason, MODERATION_ACTIONS, ModerationActions } from './moderation-vocabulary';

const SEP = '\u0000';
const MONTH_MS = 31 * 86_400_000;
/** The transparency report covers at most five years at once (sixty months, five grounds: at most 300 lines). */
export const TRANSPARENCY_MAX_MONTHS = 60;

/** What a moderator names: an item by its type and id. */
export interface TargetInput {
  targetType: FlagTargetType;
  targetId: string;
}

/** A moderator's decision on an item, as the log records it (`record`). */
export interface ModerationRecord extends LogEntry {
  /** The moderator, council member or admin who acted (null: the system). */
  actorId: string | null;
  /** A value of `ModerationAction` (moderation's own, or one another domain added). */
  action: string;
}

/** One line of the transparency report: what was hidden and restored, in one month, on one ground. */
export type TransparencyGroundCount = GroundCountRow;
export type TransparencyMonth = MonthCountRow;

/** The first `n` characters of a text, for a notification (never the whole of a long text). */
const excerpt = (text: string | null, n = 200) => (text === null ? null : text.length > n ? `${text.slice(0, n - 1)}…` : text);

/**
 * Moderation: flags from users, the moderators' queue, hiding and restoring content, dismissing
 * flags, the moderation log and the public transparency counts. Generic: the content belongs to the
 * domains that declared it `@Flaggable` (flag-target.ts), which keep its hidden state in their own
 * tables; moderation keeps one row per item it has met (`moderation_items`, locked by every action
 * on the item), the flags, and the log. Every action writes its log row and queues its notification
 * to the author (through the outbox) in its own transaction.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly repo: ModerationRepository,
    private readonly tx: TransactionRunner,
    private readonly capabilities: Capabilities,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
  ) {}

  // ---- for other domains ----

  /**
   * Records a moderation action of another domain (e.g. a forum topic pinned or locked) in the
   * moderation log, inside that domain's transaction, so the log has it exactly when the action
   * committed. `action` must be a value the domain added to `ModerationActions` (a programming
   * error otherwise); `reason` at most 1000 characters, checked by the caller's input.
   */
  async record(tx: Tx, entry: ModerationRecord): Promise<void> {
    if (!ModerationActions.has(entry.action)) throw new Error(`unknown moderation action ${entry.action}: add it to ModerationActions`);
    await this.repo.insertLog(tx, entry);
  }

  // ---- flags ----

  /**
   * Flags an item (any signed-in user). One flag per user per item: a second flag, whatever its
   * reason, changes nothing and answers true again. The flag row (unique per user and item) and the
   * item's open count move together under the item's lock. NOT_FOUND TARGET_NOT_FOUND (unknown
   * type or id, or not visible to the viewer); FORBIDDEN OWN_CONTENT; CONFLICT ALREADY_HIDDEN;
   * BAD_USER_INPUT on `note` (over 1000 characters).
   */
  async flag(viewer: Viewer, input: TargetInput & { reason: FlagReason; note?: string | null }): Promise<boolean> {
    const note = optionalText(input.note);
    if (note && note.length > FLAG_NOTE_MAX) throw AppError.field('note', 'maxLength', `must be at most ${FLAG_NOTE_MAX} characters`);
    const target = this.targetOf(input);
    const refusal = await target.flagRefusal(viewer, input.targetId);
    if (refusal) throw refusalError(refusal);
    await this.tx.run(async (tx) => {
      const item = await this.repo.lockItem(tx, input.targetType, input.targetId);
      const flag = await this.repo.insertFlagIfAbsent(tx, { itemId: item.id, flaggerId: viewer.id, reason: input.reason, note });
      if (flag) await this.repo.countNewFlag(tx, item.id, flag.createdAt);
    });
    return true;
  }

  // ---- the queue ----

  /** Items with open flags, oldest first open flag first (moderators; the resolver checks the role). */
  async queue(args: { first: number; after?: string }): Promise<ConnectionShape<ItemRow>> {
    const after = decodeCursor(args.after, 'timestamp');
    const types = this.capabilities.keys(FLAG_TARGETS);
    const rows = await this.repo.queuePage(this.tx.reader, types, args.first + 1, after);
    return toConnection(
      rows,
      args.first,
      (i) => [i.cursorAt, i.id],
      () => this.repo.queueCount(this.tx.reader, types),
      !!after,
    );
  }

  /**
   * One item as moderators see it, flagged or not (to hide something met in passing). Null when
   * the type is not served, the id is not one, or the item does not exist for moderators.
   */
  async item(input: TargetInput): Promise<ItemRow | null> {
    const target = this.capabilities.get(FLAG_TARGETS, input.targetType);
    if (!target || !isUuid(input.targetId)) return null;
    const [content] = await target.describe([input.targetId]);
    if (!content) return null;
    return (
      (await this.repo.itemByTarget(this.tx.reader, input.targetType, input.targetId)) ?? {
        id: input.targetId,
        targetType: input.targetType,
        targetId: input.targetId,
        openFlagCount: 0,
        firstOpenFlagAt: null,
        lastFlaggedAt: null,
        hiddenGround: null,
        cursorAt: null,
      }
    );
  }

  // ---- decisions ----

  /**
   * Hides an item (moderators), flagged or not: the domain hides it in its own table with the
   * reason, the open flags are resolved (the item leaves the queue), the log records HIDE with the
   * ground (given, else the most frequent open flag reason, else OTHER), and the author is told
   * (CONTENT_HIDDEN), all in one transaction under the item's lock. FORBIDDEN MODERATOR_ONLY;
   * NOT_FOUND TARGET_NOT_FOUND; CONFLICT ALREADY_HIDDEN; BAD_USER_INPUT on `reason` (blank).
   */
  async hide(viewer: Viewer, input: TargetInput & { reason: string; ground?: FlagReason | null }): Promise<boolean> {
    assertModerator(viewer);
    const reason = requiredReason(input.reason);
    return this.decide(input, async (tx, target, item, content) => {
      if (content.hiddenAt) throw AppError.conflict(ModerationError.ALREADY_HIDDEN);
      const ground = input.ground ?? (await this.defaultGround(tx, item.id));
      const now = this.clock.now();
      const hidden = await target.setHidden(tx, input.targetId, { reason, at: now });
      if (!hidden) throw AppError.notFound(ModerationError.TARGET_NOT_FOUND);
      const resolved = await this.repo.resolveOpenFlags(tx, item.id, 'HIDDEN', now);
      await this.repo.setHiddenGround(tx, item.id, ground);
      const authorId = hidden.authorId ?? content.authorId;
      await this.repo.insertLog(tx, {
        actorId: viewer.id,
        action: MODERATION_ACTIONS.HIDE,
        targetType: input.targetType,
        targetId: input.targetId,
        subjectUserId: authorId,
        reason,
        ground,
        details: { flagsResolved: resolved },
      });
      await this.tellAuthor(tx, authorId, viewer, ModerationNotification.CONTENT_HIDDEN, input, content, { reason, ground });
    });
  }

  /**
   * Shows a hidden item again (moderators): the domain clears its hidden state, the log records
   * RESTORE (with the ground of the hiding it undoes, for the transparency report) and the author
   * is told (CONTENT_RESTORED). Flags resolved by the hiding stay resolved: new flags bring the item
   * back to the queue. FORBIDDEN MODERATOR_ONLY; NOT_FOUND TARGET_NOT_FOUND; CONFLICT NOT_HIDDEN.
   */
  async restore(viewer: Viewer, input: TargetInput & { reason?: string | null }): Promise<boolean> {
    assertModerator(viewer);
    const reason = optionalReason(input.reason);
    return this.decide(input, async (tx, target, item, content) => {
      if (!content.hiddenAt) throw AppError.conflict(ModerationError.NOT_HIDDEN);
      const restored = await target.setHidden(tx, input.targetId, null);
      if (!restored) throw AppError.notFound(ModerationError.TARGET_NOT_FOUND);
      const ground = item.hiddenGround ?? FlagReason.OTHER;
      await this.repo.setHiddenGround(tx, item.id, null);
      const authorId = restored.authorId ?? content.authorId;
      await this.repo.insertLog(tx, {
        actorId: viewer.id,
        action: MODERATION_ACTIONS.RESTORE,
        targetType: input.targetType,
        targetId: input.targetId,
        subjectUserId: authorId,
        reason,
        ground,
      });
      await this.tellAuthor(tx, authorId, viewer, ModerationNotification.CONTENT_RESTORED, input, content, { reason });
    });
  }

  /**
   * Dismisses the open flags of an item (moderators): they are resolved as DISMISSED, the item
   * leaves the queue (new flags by others bring it back), the log records DISMISS_FLAGS. The author
   * is not told (nothing changed for them). FORBIDDEN MODERATOR_ONLY; NOT_FOUND TARGET_NOT_FOUND;
   * CONFLICT NO_OPEN_FLAGS.
   */
  async dismiss(viewer: Viewer, input: TargetInput & { reason?: string | null }): Promise<boolean> {
    assertModerator(viewer);
    const reason = optionalReason(input.reason);
    return this.decide(input, async (tx, _target, item, content) => {
      const dismissed = await this.repo.resolveOpenFlags(tx, item.id, 'DISMISSED', this.clock.now());
      if (!dismissed) throw AppError.conflict(ModerationError.NO_OPEN_FLAGS);
      await this.repo.insertLog(tx, {
        actorId: viewer.id,
        action: MODERATION_ACTIONS.DISMISS_FLAGS,
        targetType: input.targetType,
        targetId: input.targetId,
        subjectUserId: content.authorId,
        reason,
        details: { flagsDismissed: dismissed },
      });
    });
  }

  /**
   * The frame of a moderator's decision on an item (the caller has checked the role and the input):
   * one transaction holding the item's lock, with the content read again under it (NOT_FOUND
   * TARGET_NOT_FOUND when gone).
   */
  private async decide(
    input: TargetInput,
    act: (tx: Tx, target: FlagTarget, item: ItemRow, content: DescribedContent) => Promise<void>,
  ): Promise<boolean> {
    const target = this.targetOf(input);
    await this.tx.run(async (tx) => {
      const item = await this.repo.lockItem(tx, input.targetType, input.targetId);
      await act(tx, target, item, await this.contentUnderLock(tx, target, input.targetId));
    });
    return true;
  }

  // ---- the log and transparency ----

  /** The moderation log, newest first, filtered (moderators; the resolver checks the role). */
  async log(args: { first: number; after?: string; filter?: LogFilterSql }): Promise<ConnectionShape<LogRow>> {
    const after = decodeCursor(args.after, 'timestamp');
    const filter = args.filter ?? {};
    for (const key of ['actorId', 'subjectUserId', 'targetId'] as const) {
      if (filter[key] !== undefined && !isUuid(filter[key])) {
        // An id that cannot exist matches nothing.
        return toConnection([], args.first, () => [null, ''], 0);
      }
    }
    const rows = await this.repo.logPage(this.tx.reader, filter, args.first + 1, after);
    return toConnection(
      rows,
      args.first,
      (r) => [r.cursorAt, r.id],
      () => this.repo.logCount(this.tx.reader, filter),
      !!after,
    );
  }

  /**
   * The public transparency counts over [from, to) (default: the last twelve months to now): per
   * month (Paris time) and ground, the hide actions and the restores of hidings on that ground;
   * per month, the flags received, hides, restores and suspensions. No content, no names.
   * BAD_USER_INPUT on `to` (not after `from`) or `from` (more than five years before `to`).
   */
  async transparency(args: { from?: Date | null; to?: Date | null }): Promise<{
    from: Date;
    to: Date;
    byGround: TransparencyGroundCount[];
    byMonth: TransparencyMonth[];
  }> {
    const to = args.to ?? this.clock.now();
    const from = args.from ?? startOfMonthsBefore(to, 11);
    if (to.getTime() <= from.getTime()) throw AppError.field('to', 'isAfterFrom', 'must be after `from`');
    if (to.getTime() - from.getTime() > TRANSPARENCY_MAX_MONTHS * MONTH_MS) {
      throw AppError.field('from', 'maxPeriod', `the period must be at most ${TRANSPARENCY_MAX_MONTHS} months`);
    }
    const [byGround, byMonth] = await Promise.all([
      this.repo.groundCounts(this.tx.reader, from, to),
      this.repo.monthCounts(this.tx.reader, from, to),
    ]);
    return { from, to, byGround, byMonth };
  }

  // ---- loaders for the queue (one query per page, whatever its size) ----

  /** Loader factory: open flags per reason, by item id. */
  readonly reasonCounts = () =>
    new DataLoader<string, { reason: string; count: number }[]>(async (ids) =>
      groupByKeys(ids, await this.repo.openReasonCounts(this.tx.reader, ids), (r) => r.itemId),
    );

  /** Loader factory: the content of items, keyed `${type}\0${id}`: one `describe` per type in the batch. */
  readonly content = () =>
    new DataLoader<string, DescribedContent | null>(async (keys) => {
      const byType = new Map<string, string[]>();
      for (const key of keys) {
        const [type, id] = key.split(SEP);
        if (isUuid(id)) byType.set(type, [...(byType.get(type) ?? []), id]);
      }
      const found = new Map<string, DescribedContent>();
      for (const [type, ids] of byType) {
        const target = this.capabilities.get(FLAG_TARGETS, type);
        if (!target) continue;
        for (const c of await target.describe([...new Set(ids)])) found.set(`${type}${SEP}${c.id}`, c);
      }
      return keys.map((k) => found.get(k) ?? null);
    });

  contentOf(loaders: RequestLoaders, item: { targetType: string; targetId: string }): Promise<DescribedContent | null> {
    return loaders.get(this.content).load(`${item.targetType}${SEP}${item.targetId}`);
  }

  /** The open flags' notes of an item, oldest first, batched across the items of a page. */
  async notesConnection(
    loaders: RequestLoaders,
    itemId: string,
    args: { first: number; after?: string },
  ): Promise<ConnectionShape<NoteRow>> {
    const after = decodeCursor(args.after, 'timestamp');
    // An item never flagged (looked up by `moderationItem`) has a made-up id: no notes.
    const rows = await loaders.get(this.notePages).load([args.first, args.after ?? '', itemId].join(SEP));
    return toConnection(
      rows,
      args.first,
      (n) => [n.cursorAt, n.id],
      () => loaders.get(this.noteCount).load(itemId),
      !!after,
    );
  }

  private readonly notePages = () =>
    new DataLoader<string, NoteRow[]>(async (keys) => {
      const groups = new Map<string, string[]>();
      for (const key of keys) {
        const [first, after, itemId] = key.split(SEP);
        groups.set(`${first}${SEP}${after}`, [...(groups.get(`${first}${SEP}${after}`) ?? []), itemId]);
      }
      const result = new Map<string, NoteRow[]>();
      for (const [shape, ids] of groups) {
        const [first, after] = shape.split(SEP);
        const rows = await this.repo.notePages(
          this.tx.reader,
          [...new Set(ids)],
          Number(first) + 1,
          decodeCursor(after || undefined, 'timestamp'),
        );
        for (const row of rows) {
          const key = `${shape}${SEP}${row.itemId}`;
          result.set(key, [...(result.get(key) ?? []), row]);
        }
      }
      return keys.map((k) => result.get(k) ?? []);
    });

  private readonly noteCount = () =>
    new DataLoader<string, number>(async (ids) =>
      byKeys(ids, await this.repo.noteCounts(this.tx.reader, ids), (r) => r.itemId).map((r) => r?.n ?? 0),
    );

  // ---- helpers ----

  /** The declared target of a type, or NOT_FOUND (a type no domain serves, an id that is not one). */
  private targetOf(input: TargetInput): FlagTarget {
    const target = this.capabilities.get(FLAG_TARGETS, input.targetType);
    if (!target || !isUuid(input.targetId)) throw AppError.notFound(ModerationError.TARGET_NOT_FOUND);
    return target;
  }

  /** The item read again under its lock (in the transaction): NOT_FOUND when it is gone. */
  private async contentUnderLock(tx: Tx, target: FlagTarget, id: string): Promise<DescribedContent> {
    const [content] = await target.describe([id], tx);
    if (!content) throw AppError.notFound(ModerationError.TARGET_NOT_FOUND);
    return content;
  }

  private async defaultGround(tx: Tx, itemId: string): Promise<FlagReason> {
    const counts = await this.repo.openReasonCounts(tx, [itemId]);
    return defaultGround(new Map(counts.map((c) => [c.reason as FlagReason, c.count])));
  }

  /** CONTENT_HIDDEN / CONTENT_RESTORED to the author, through the outbox, in the decision's transaction. */
  private async tellAuthor(
    tx: Tx,
    authorId: string | null,
    moderator: Viewer,
    kind: string,
    input: TargetInput,
    content: DescribedContent,
    facts: Record<string, unknown>,
  ): Promise<void> {
    if (!authorId) return;
    await this.notifications.notifyUsers(tx, [authorId], {
      targetType: ACCOUNT_TARGET,
      targetId: authorId,
      kind,
      actorId: moderator.id,
      payload: {
        contentType: input.targetType,
        contentId: input.targetId,
        title: content.title,
        excerpt: excerpt(content.text),
        contextType: content.context?.type ?? null,
        contextTitle: content.context?.title ?? null,
        path: content.path,
        ...facts,
      },
    });
  }
}

export function assertModerator(viewer: Viewer): void {
  if (!isModerator(viewer)) throw AppError.forbidden(ModerationError.MODERATOR_ONLY);
}

function refusalError(refusal: FlagRefusal): AppError {
  switch (refusal) {
    case FlagRefusal.NOT_FOUND:
      return AppError.notFound(ModerationError.TARGET_NOT_FOUND);
    case FlagRefusal.OWN_CONTENT:
      return AppError.forbidden(ModerationError.OWN_CONTENT);
    case FlagRefusal.ALREADY_HIDDEN:
      return AppError.conflict(ModerationError.ALREADY_HIDDEN);
  }
}

/** A moderator's reason: required, not blank, at most 1000 characters (BAD_USER_INPUT on `reason`). */
export function requiredReason(value: string): string {
  const reason = optionalText(value);
  if (!reason) throw AppError.field('reason', 'isNotBlank', 'must not be blank');
  if (reason.length > MODERATION_REASON_MAX)
    throw AppError.field('reason', 'maxLength', `must be at most ${MODERATION_REASON_MAX} characters`);
  return reason;
}

/** An optional reason: blank means none; at most 1000 characters. */
export function optionalReason(value: string | null | undefined): string | null {
  const reason = optionalText(value);
  if (reason && reason.length > MODERATION_REASON_MAX) {
    throw AppError.field('reason', 'maxLength', `must be at most ${MODERATION_REASON_MAX} characters`);
  }
  return reason;
}
