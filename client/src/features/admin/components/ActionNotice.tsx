import { useCallback, useState, type ReactNode } from 'react';
import { describeError, useT } from '@/i18n';
import { Notice, type NoticeTone } from '@/ui';

export interface ActionResult {
  tone: NoticeTone;
  text: string;
  /** More to say or do (a link to the next step). */
  extra?: ReactNode;
  /** Changes with each result, so the notice is new (announced and focused) even when the text repeats. */
  serial: number;
}

/**
 * The outcome of an action taken from a list (rename, archive, move…): said in a live region and
 * focused, so keyboard and screen-reader users land on what happened, never on the page's body.
 */
export function useActionResult() {
  const t = useT();
  const [result, setResult] = useState<ActionResult | null>(null);
  const show = useCallback(
    (tone: NoticeTone, text: string, extra?: ReactNode) => setResult((r) => ({ tone, text, extra, serial: (r?.serial ?? 0) + 1 })),
    [],
  );
  const fail = useCallback(
    (error: unknown, extra?: ReactNode) => show('danger', describeError(error, t)?.message ?? t('errors.UNKNOWN'), extra),
    [show, t],
  );
  return { result, show, fail, clear: () => setResult(null) };
}

export function ActionNotice({ result }: { result: ActionResult | null }) {
  if (!result) return null;
  return (
    <Notice key={result.serial} tone={result.tone} live focus>
      <p>{result.text}</p>
      {result.extra}
    </Notice>
  );
}
