import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { describeError, useT, type DescribedError } from '@/i18n';
import { fieldId } from './fields';

export interface FormErrors {
  /** The translated error of the last failed `run`, or null. */
  error: DescribedError | null;
  /**
   * Props for a field whose GraphQL input path is `path`: `{ name, id, error }`. Spread them into
   * TextField/TextArea/Select: `<TextField label=… {...form.field('input.email')} />`.
   */
  field: (path: string) => { name: string; id: string; error?: string };
  /** Runs a mutation; on failure keeps its translated error and resolves to undefined. */
  run: <T>(work: () => Promise<T>) => Promise<T | undefined>;
  /** Shows an error that did not come from `run` (e.g. a check made in the page). */
  setError: (error: unknown) => void;
  clear: () => void;
  /** Paths some field of the form displays (FormError links to those). @internal */
  readonly shown: ReadonlySet<string>;
}

/**
 * The form-side half of error display: run a mutation through `form.run(...)`, spread
 * `form.field(path)` into each field, and put `<FormError form={form} />` at the top of the form.
 */
export function useFormErrors(): FormErrors {
  const t = useT();
  const [raw, setRaw] = useState<unknown>(null);
  const shown = useRef(new Set<string>()).current;
  // Described at render time so a language switch re-translates the shown errors.
  const error = useMemo(() => (raw ? describeError(raw, t) : null), [raw, t]);

  const run = useCallback(async <T,>(work: () => Promise<T>) => {
    setRaw(null);
    try {
      return await work();
    } catch (e) {
      setRaw(e ?? new Error('UNKNOWN'));
      return undefined;
    }
  }, []);

  const field = useCallback(
    (path: string) => {
      shown.add(path);
      const message = error?.fields[path];
      return message ? { name: path, id: fieldId(path), error: message } : { name: path, id: fieldId(path) };
    },
    [error, shown],
  );

  return useMemo(
    () => ({ error, field, run, setError: (e: unknown) => setRaw(e), clear: () => setRaw(null), shown }),
    [error, field, run, shown],
  );
}

/**
 * The summary at the top of a form: the general message and a link to each field at fault.
 * It takes focus when it appears, so keyboard and screen-reader users land on it after submitting.
 *
 * Links go to the id derived from each input path, which only one form on the page may own. A
 * form repeated on one page (a reply form under each comment) has one field with its own id:
 * pass it as `fieldDomId` and every message links there.
 */
export function FormError({ form, fieldDomId }: { form: FormErrors; fieldDomId?: string }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const { error } = form;
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const entries = Object.entries(error.fields);
  return (
    <div className="p-form-error" role="alert" tabIndex={-1} ref={ref}>
      <p className="p-form-error__title">{entries.length ? t('ui.formErrors', { count: entries.length }) : error.message}</p>
      {entries.length > 0 && (
        <ul>
          {entries.map(([path, message]) => {
            const target = fieldDomId ?? (form.shown.has(path) ? fieldId(path) : null);
            return (
              <li key={path}>
                {target ? (
                  <a
                    href={`#${target}`}
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(target)?.focus();
                    }}
                  >
                    {message}
                  </a>
                ) : (
                  message
                )}
              </li>
            );
          })}
        </ul>
      )}
      {error.code === 'INTERNAL_SERVER_ERROR' && error.requestId && (
        <p className="p-form-error__ref">{t('ui.requestId', { id: error.requestId })}</p>
      )}
    </div>
  );
}

/**
 * The error on a group of fields as a whole (e.g. envelopes that must add up to a total), under the
 * group, with the id the summary at the top of the form links to.
 */
export function GroupError({ form, path }: { form: FormErrors; path: string }) {
  const { id, error } = form.field(path);
  if (!error) return null;
  return (
    <p id={id} tabIndex={-1} className="p-field__error">
      {error}
    </p>
  );
}
