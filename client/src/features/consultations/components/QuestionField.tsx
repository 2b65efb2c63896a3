import { useRef, useState } from 'react';
import { useI18n } from '@/i18n';
import { Button, TextArea, VisuallyHidden } from '@/ui';
import type { QuestionData } from '../graphql/consultations.graphql';
import { move, type Draft } from './answers';

interface Props {
  question: QuestionData;
  draft: Draft;
  onChange: (next: Draft) => void;
  /** The translated error of this question, shown under its legend and read with its inputs. */
  error?: string;
  /** Prefix of the DOM ids (the preview and the real form may share a page). */
  idPrefix: string;
  /** The id the form's error summary links to (on the question's first input). */
  firstInputId: string;
  name: string;
}

/** One question as a fieldset: its legend, hint, error, then the inputs its kind takes. */
export function QuestionField({ question: q, draft, onChange, error, idPrefix, firstInputId, name }: Props) {
  const { t } = useI18n();
  const base = `${idPrefix}-${q.id}`;
  const hintId = `${base}-hint`;
  const errorId = `${base}-error`;
  const describedBy = [hintId, error ? errorId : null].filter(Boolean).join(' ');
  const inputId = (i: number, suffix: string) => (i === 0 ? firstInputId : `${base}-${suffix}`);
  const common = { 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined };

  let hint: string | null = null;
  let body: React.ReactNode = null;
  switch (q.kind) {
    case 'SINGLE_CHOICE':
      body = q.options.map((o, i) => (
        <div className="cs-choice" key={o.id}>
          <input
            type="radio"
            id={inputId(i, o.id)}
            name={name}
            value={o.id}
            checked={draft.optionIds[0] === o.id}
            onChange={() => onChange({ ...draft, optionIds: [o.id] })}
            {...common}
          />
          <label htmlFor={inputId(i, o.id)}>{o.label}</label>
        </div>
      ));
      break;
    case 'MULTIPLE_CHOICE': {
      const max = q.maxChoices ?? q.options.length;
      const full = draft.optionIds.length >= max;
      hint = q.maxChoices ? t('consultations.form.maxChoices', { count: q.maxChoices }) : t('consultations.form.anyChoices');
      body = (
        <>
          {q.options.map((o, i) => {
            const checked = draft.optionIds.includes(o.id);
            return (
              <div className="cs-choice" key={o.id}>
                <input
                  type="checkbox"
                  id={inputId(i, o.id)}
                  name={name}
                  value={o.id}
                  checked={checked}
                  // At the most allowed, the others wait until one is unticked (said below, politely).
                  disabled={!checked && full}
                  onChange={() =>
                    onChange({
                      ...draft,
                      optionIds: checked
                        ? draft.optionIds.filter((x) => x !== o.id)
                        : q.options.map((x) => x.id).filter((x) => x === o.id || draft.optionIds.includes(x)),
                    })
                  }
                  {...common}
                />
                <label htmlFor={inputId(i, o.id)}>{o.label}</label>
              </div>
            );
          })}
          <p className="p-muted" aria-live="polite">
            {q.maxChoices && full ? t('consultations.form.tooMany', { count: q.maxChoices }) : ''}
          </p>
        </>
      );
      break;
    }
    case 'RANKING':
      hint = t('consultations.form.rankingHint');
      body = <Ranking question={q} draft={draft} onChange={onChange} base={base} firstInputId={firstInputId} describedBy={describedBy} />;
      break;
    case 'SCALE':
      hint = t('consultations.form.scaleHint', { min: q.scaleMinLabel ?? '1', max: q.scaleMaxLabel ?? '5' });
      body = [1, 2, 3, 4, 5].map((v, i) => {
        const end = v === 1 ? q.scaleMinLabel : v === 5 ? q.scaleMaxLabel : null;
        return (
          <div className="cs-choice" key={v}>
            <input
              type="radio"
              id={inputId(i, String(v))}
              name={name}
              value={v}
              checked={draft.scale === v}
              onChange={() => onChange({ ...draft, scale: v })}
              {...common}
            />
            <label htmlFor={inputId(i, String(v))}>
              {end
                ? t('consultations.form.scaleValueLabelled', { value: v, label: end })
                : t('consultations.form.scaleValue', { value: v })}
            </label>
          </div>
        );
      });
      break;
    case 'FREE_TEXT': {
      const max = q.maxLength ?? 2000;
      return (
        <div className="cs-question">
          <TextArea
            label={q.prompt}
            name={name}
            id={firstInputId}
            required={q.required}
            rows={5}
            maxLength={max}
            value={draft.text}
            onChange={(e) => onChange({ ...draft, text: e.target.value })}
            hint={t('consultations.form.textCounter', { count: draft.text.length, max })}
            error={error}
          />
        </div>
      );
    }
  }
  return (
    <fieldset className="cs-question" aria-describedby={describedBy}>
      <legend>
        {q.prompt}
        {q.required && (
          <>
            {' '}
            <span aria-hidden="true">*</span>
            <VisuallyHidden>({t('consultations.form.required')})</VisuallyHidden>
          </>
        )}
      </legend>
      <p id={hintId} className="p-muted">
        {hint}
      </p>
      {error && (
        <p id={errorId} className="p-field__error">
          {error}
        </p>
      )}
      {body}
    </fieldset>
  );
}

/**
 * A ranking as an ordered list with "move up" / "move down" buttons: usable by keyboard, touch
 * and screen readers alike (no drag and drop). The new position is announced, and focus stays on
 * the moved item's button (on its other button when it reached an end).
 */
function Ranking({
  question: q,
  draft,
  onChange,
  base,
  firstInputId,
  describedBy,
}: {
  question: QuestionData;
  draft: Draft;
  onChange: (next: Draft) => void;
  base: string;
  firstInputId: string;
  describedBy: string;
}) {
  const { t } = useI18n();
  const list = useRef<HTMLOListElement>(null);
  const [news, setNews] = useState('');
  const labels = new Map(q.options.map((o) => [o.id, o.label]));
  const count = draft.ranking.length;

  function shift(index: number, by: -1 | 1) {
    const id = draft.ranking[index];
    if (id === undefined) return;
    const next = move(draft.ranking, index, by);
    if (next === draft.ranking) return;
    onChange({ ...draft, ranking: next, ranked: true });
    const position = index + by + 1;
    setNews(t('consultations.form.moved', { label: labels.get(id) ?? '', position, count }));
    // After React re-rendered the list: the same item's button, or its other one at an end.
    requestAnimationFrame(() => {
      const want = by < 0 ? 'up' : 'down';
      const atEnd = (by < 0 && position === 1) || (by > 0 && position === count);
      const dir = atEnd ? (want === 'up' ? 'down' : 'up') : want;
      list.current?.querySelector<HTMLButtonElement>(`[data-option="${id}"][data-move="${dir}"]`)?.focus();
    });
  }

  return (
    <>
      <ol className="cs-ranking" ref={list} aria-describedby={describedBy}>
        {draft.ranking.map((id, i) => {
          const label = labels.get(id) ?? '';
          return (
            <li key={id}>
              <span className="cs-ranking__label">
                {t('consultations.form.position', { position: i + 1 })} {label}
              </span>
              <Button size="small" variant="secondary" data-option={id} data-move="up" disabled={i === 0} onClick={() => shift(i, -1)}>
                {t('consultations.form.moveUp', { label })}
              </Button>
              <Button
                size="small"
                variant="secondary"
                // The first item's "move down" is never disabled: the error summary links to it.
                id={i === 0 ? firstInputId : `${base}-${id}-down`}
                data-option={id}
                data-move="down"
                disabled={i === count - 1}
                onClick={() => shift(i, 1)}
              >
                {t('consultations.form.moveDown', { label })}
              </Button>
            </li>
          );
        })}
      </ol>
      <p className="p-muted" role="status" aria-live="polite">
        {news}
      </p>
    </>
  );
}
