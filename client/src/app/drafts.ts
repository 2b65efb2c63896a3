/**
 * Drafts kept on the device: what a resident is writing in a form (a proposal, a service request,
 * a comment), saved in localStorage as they type, so a reload, a closed tab or a lost connection
 * loses nothing. One entry per user, form and target (`parvis.draft:<user>:<form>:<target>`): a
 * draft is only ever shown to the account that wrote it, and all of an account's drafts are
 * forgotten when it signs out or is deleted (`forgetDraftsOf`, called by the auth provider).
 * Only the fields' text is kept: never passwords, files or photos.
 */

import { session } from './session';

const PREFIX = 'parvis.draft:';

/** The fields of a form by name; each name's values in document order (checkboxes: the checked ones). */
export type DraftValues = Record<string, string[]>;

export interface Draft {
  values: DraftValues;
  /** ISO 8601: when it was last saved. */
  savedAt: string;
}

/** Where a draft lives; `form` and `target` are chosen by the page (`proposal`, `new`; `comment`, `PROPOSAL:12`). */
export function draftKey(userId: string, form: string, target: string): string {
  return `${PREFIX}${encodeURIComponent(userId)}:${encodeURIComponent(form)}:${encodeURIComponent(target)}`;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled: drafts last as long as the page
  }
}

/** True when the draft has something worth keeping: some text typed in. */
export function hasContent(values: DraftValues): boolean {
  return Object.values(values).some((list) => list.some((v) => v.trim() !== ''));
}

function isDraft(value: unknown): value is Draft {
  if (!value || typeof value !== 'object') return false;
  const { values, savedAt } = value as Partial<Draft>;
  return (
    typeof savedAt === 'string' &&
    !!values &&
    typeof values === 'object' &&
    Object.values(values).every((list) => Array.isArray(list) && list.every((v) => typeof v === 'string'))
  );
}

export function readDraft(key: string): Draft | null {
  const raw = storage()?.getItem(key);
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isDraft(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Saves the values (an empty form removes the draft). False when the device refused (full, disabled). */
export function writeDraft(key: string, values: DraftValues, now = new Date()): boolean {
  const store = storage();
  if (!store) return false;
  try {
    if (!hasContent(values)) store.removeItem(key);
    else store.setItem(key, JSON.stringify({ values, savedAt: now.toISOString() } satisfies Draft));
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // nothing kept, nothing to remove
  }
}

/**
 * Writes only while a session is on this device: a save still waiting when its author signed out
 * (a field left as the « Se déconnecter » button was pressed) is dropped, not written back.
 */
export function writeDraftWhileSignedIn(key: string, values: DraftValues): boolean {
  return session.active ? writeDraft(key, values) : false;
}

/** Forgets every draft of this account on this device (sign-out, account deletion). */
export function forgetDraftsOf(userId: string): void {
  const store = storage();
  if (!store) return;
  const mine = `${PREFIX}${encodeURIComponent(userId)}:`;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(mine)) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
}

/**
 * Saves at most once per `delayMs` while typing: each `schedule` replaces the values waiting, which
 * are written when typing pauses, or at once by `flush` (the form goes away, the tab is hidden).
 */
export class DraftWriter {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private waiting: { key: string; values: DraftValues } | null = null;

  constructor(
    private readonly delayMs = 400,
    private readonly write: (key: string, values: DraftValues) => boolean = writeDraftWhileSignedIn,
  ) {}

  schedule(key: string, values: DraftValues): void {
    this.waiting = { key, values };
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting) this.write(waiting.key, waiting.values);
  }

  /** Drops what was waiting (the draft was sent or discarded). */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.waiting = null;
  }
}
