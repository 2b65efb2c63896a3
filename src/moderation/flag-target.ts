import { Role } from '../auth/role';
import { hasRole, Viewer } from '../auth/viewer';
import { Capability } from '../common/capability';
import type { Tx } from '../database/transaction';
import { OpenEnum } from '../graphql/open-enum';
import type { ImageObject } from '../media/dto/image.object';

/**
 * What can be flagged and hidden: one value per domain that declares a `@Flaggable` provider (the
 * public enum `FlagTargetType`; its values are what this server serves). Moderation knows no
 * other domain: it asks the declared target, and an undeclared type cannot even be named.
 */
export const FlagTargetTypes = new OpenEnum('FlagTargetType', 'The kinds of content a user can flag and a moderator can hide.');
export const FlagTargetType = FlagTargetTypes.values;
/** A flag target type's name, e.g. `PROPOSAL`: a string registered by its domain. */
export type FlagTargetType = string;

/** Why a viewer may not flag an item (`flagRefusal`); moderation answers each with its own error. */
export const FlagRefusal = {
  /** Unknown, deleted, or not visible to this viewer (answered NOT_FOUND, so nothing leaks). */
  NOT_FOUND: 'NOT_FOUND',
  /** One's own content (answered FORBIDDEN OWN_CONTENT: delete or edit it instead). */
  OWN_CONTENT: 'OWN_CONTENT',
  /** Already hidden by a moderator (answered CONFLICT ALREADY_HIDDEN). */
  ALREADY_HIDDEN: 'ALREADY_HIDDEN',
} as const;
export type FlagRefusal = (typeof FlagRefusal)[keyof typeof FlagRefusal];

/** Where an item sits, for moderators who see it out of its page (e.g. the proposal a comment is on). */
export interface ContentContext {
  /** The kind of the record around the item, as its domain names it (e.g. `PROPOSAL`, `CONSULTATION`). */
  type: string;
  id: string;
  /** Its title (or reference), plain text; null when it has none. */
  title: string | null;
}

/** One item as moderators see it in the queue: what it says, who wrote it, where it is. */
export interface DescribedContent {
  id: string;
  /** Who wrote or uploaded it (the author moderation notifies); null when unknown. */
  authorId: string | null;
  /** Its title, when the kind has one (a proposal's, a topic's). */
  title: string | null;
  /** Its text in full, plain text (a comment's body, a proposal's description); null for a photo. */
  text: string | null;
  /** The photo itself, for photos (with signed URLs when the photo is not public). */
  image: ImageObject | null;
  createdAt: Date;
  /** The record around it; null for a record that stands alone (a proposal). */
  context: ContentContext | null;
  /** The client's path to see it in its page, e.g. `/proposals/<id>#comment-<id>`; null when it has none. */
  path: string | null;
  /** When a moderator hid it (null while shown), and the reason they gave. */
  hiddenAt: Date | null;
  hiddenReason: string | null;
}

/** What `setHidden` writes: the moderator's reason and the moment; null restores the item. */
export interface HiddenMark {
  reason: string;
  at: Date;
}

/**
 * What a domain implements so its records can be flagged by users and hidden by moderators. Each
 * domain keeps the hidden state in its own table (`hidden_at`, `hidden_reason`) and shows a hidden
 * item as such: gone from public lists, "hidden by moderation" in its place, the content and the
 * reason to its author and to moderators only. Ids reach it checked as UUIDs.
 */
export interface FlagTarget {
  /**
   * Null when this viewer may flag the item, else why not: NOT_FOUND when it does not exist or the
   * viewer cannot see it, OWN_CONTENT for the viewer's own, ALREADY_HIDDEN when hidden.
   */
  flagRefusal(viewer: Viewer, id: string): Promise<FlagRefusal | null>;

  /**
   * The items as moderators see them, for a whole batch of ids in a constant number of queries
   * (one page of the queue asks once per type). Items that no longer exist, or that moderators may
   * not see (a draft), are left out. In `tx` when given (moderation reads the item again under its
   * lock before hiding it).
   */
  describe(ids: readonly string[], tx?: Tx): Promise<DescribedContent[]>;

  /**
   * Hides (with the moderator's reason and the moment) or restores (null) the item in the domain's
   * own table, inside moderation's transaction. Returns its author (to notify), or null when the
   * item does not exist or cannot be hidden (moderation then answers NOT_FOUND and rolls back).
   */
  setHidden(tx: Tx, id: string, hidden: HiddenMark | null): Promise<{ authorId: string | null } | null>;

  /**
   * Demo seed only: ids of a few public, visible items the demo residents may flag (newest
   * first). Optional: types without it get no demo flags.
   */
  demoItems?(limit: number): Promise<string[]>;
}

export const FLAG_TARGETS = new Capability<FlagTarget>('flag target', (type, description) => FlagTargetTypes.add(type, description));

/** Declares that the decorated provider makes records of `type` flaggable (`description`: the enum value's). */
export const Flaggable = (type: string, description: string) => FLAG_TARGETS.provider(type, description);

/**
 * Who reads hidden content: its author (with the reason) and moderators (ADMIN included). The
 * public sees that it was hidden, not what it said. Each domain applies it to its own fields.
 */
export function mayReadHidden(viewer: Viewer | null | undefined, authorId: string | null): boolean {
  if (!viewer) return false;
  return (authorId !== null && viewer.id === authorId) || hasRole(viewer, Role.MODERATOR);
}
