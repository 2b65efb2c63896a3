import { useCallback, useEffect, useMemo, useRef, useState, type RefCallback } from 'react';
import { DraftWriter, draftKey, readDraft, removeDraft, useAuth, type DraftValues } from '@/app';
import type { FormErrors } from '@/ui';
import { emptyFields, fieldsOf, fillFields, formOf, readFields } from '../fields';

/** How long typing must pause before the draft is written. */
export const SAVE_DELAY_MS = 400;

export interface FormDraft {
  /** Put on the `<form>` (or an element around it). */
  ref: RefCallback<HTMLElement>;
  /** When the draft put back in the form had been saved (ISO 8601), or null: no draft restored. */
  restoredAt: string | null;
  /**
   * `lost`: the last send failed because the server could not be reached (the text stays);
   * `back`: since then the browser came back online (nothing is sent until the resident says so).
   */
  connection: 'ok' | 'lost' | 'back';
  /** Forgets the draft and empties its fields; focus goes to the form's first field. */
  discard: () => void;
  /** The server confirmed the submission: the draft is forgotten. */
  clear: () => void;
  /** Submits the form again, at the resident's request (focus on its first field meanwhile). */
  sendNow: () => void;
}

/**
 * Keeps what a signed-in resident writes in a form on this device (app/drafts.ts) as they type, and
 * puts it back when the form opens again (after a reload, a closed tab, offline). `form` and
 * `target` name the draft (`proposal`/`new`, `comment`/`PROPOSAL:12`): one per user, form and
 * target. `errors` is the form's `useFormErrors()`, from which a send that failed for a lost
 * connection is known. Call `clear()` once the server has confirmed. Nothing is ever sent by itself.
 */
export function useFormDraft({ form, target, errors }: { form: string; target: string; errors: FormErrors }): FormDraft {
  const { viewer } = useAuth();
  const key = viewer ? draftKey(viewer.id, form, target) : null;
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [back, setBack] = useState(false);
  const root = useRef<HTMLElement | null>(null);
  const writer = useMemo(() => new DraftWriter(SAVE_DELAY_MS), []);

  // What undoes the last element's set-up: run when React calls the ref again (null on unmount, or
  // another element), since React 18 ignores a cleanup returned by a ref callback.
  const detach = useRef<(() => void) | null>(null);
  const ref = useCallback(
    (el: HTMLElement | null) => {
      detach.current?.();
      detach.current = null;
      if (!el || !key) return;
      root.current = el;
      // Values not put back yet (a list without its options): kept as they were until they can be.
      let pending: DraftValues = {};
      const draft = readDraft(key);
      const retry = new MutationObserver(() => {
        const names = fillFields(el, pending);
        pending = Object.fromEntries(Object.entries(pending).filter(([name]) => names.has(name)));
        if (!Object.keys(pending).length) retry.disconnect();
      });
      if (draft) {
        const names = fillFields(el, draft.values);
        pending = Object.fromEntries(Object.entries(draft.values).filter(([name]) => names.has(name)));
        if (Object.keys(pending).length) retry.observe(el, { childList: true, subtree: true });
        setRestoredAt(draft.savedAt);
      }
      const save = (event?: Event) => {
        const name = (event?.target as { name?: unknown } | null)?.name;
        if (typeof name === 'string') delete pending[name]; // the resident chose anew
        writer.schedule(key, { ...readFields(el), ...pending });
      };
      const saveNow = () => {
        if (document.visibilityState === 'hidden') {
          save();
          writer.flush();
        }
      };
      el.addEventListener('input', save);
      el.addEventListener('change', save);
      document.addEventListener('visibilitychange', saveNow);
      window.addEventListener('pagehide', saveNow);
      detach.current = () => {
        el.removeEventListener('input', save);
        el.removeEventListener('change', save);
        document.removeEventListener('visibilitychange', saveNow);
        window.removeEventListener('pagehide', saveNow);
        retry.disconnect();
        writer.flush();
        root.current = null;
      };
    },
    [key, writer],
  );

  // A new failure (or a new attempt) starts again from "lost".
  const failed = errors.error?.code === 'NETWORK';
  useEffect(() => setBack(false), [errors.error]);
  useEffect(() => {
    if (!failed) return;
    const onOnline = () => setBack(true);
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [failed]);

  const clear = useCallback(() => {
    writer.cancel();
    if (key) removeDraft(key);
    setRestoredAt(null);
  }, [key, writer]);

  const discard = useCallback(() => {
    const el = root.current;
    if (el) emptyFields(el, Object.keys(readFields(el)));
    clear();
    if (el) fieldsOf(el)[0]?.focus();
  }, [clear]);

  const sendNow = useCallback(() => {
    const el = root.current;
    const formEl = el && formOf(el);
    if (!formEl) return;
    // Focus on the text being sent (the submit button is disabled while it runs, which would drop
    // focus to the page); a refusal then moves it to the form's error summary.
    fieldsOf(formEl)[0]?.focus();
    formEl.requestSubmit(formEl.querySelector<HTMLButtonElement>('button[type="submit"]') ?? undefined);
  }, []);

  return { ref, restoredAt, connection: failed ? (back ? 'back' : 'lost') : 'ok', discard, clear, sendNow };
}
