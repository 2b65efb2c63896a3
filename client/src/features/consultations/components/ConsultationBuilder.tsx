import { useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useT } from '@/i18n';
import { Button, Card, Checkbox, FormError, Select, TextArea, TextField, type FormErrors } from '@/ui';
import {
  DISTRICTS,
  type ConsultationDetailData,
  type QuestionData,
  type QuestionInput,
  type QuestionKind,
  type ResultsVisibility,
} from '../graphql/consultations.graphql';
import { move } from './answers';
import { ResponseForm } from './ResponseForm';

const KINDS: QuestionKind[] = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RANKING', 'SCALE', 'FREE_TEXT'];
const VISIBILITIES: ResultsVisibility[] = ['AFTER_CLOSE', 'LIVE'];
const WITH_OPTIONS = new Set<QuestionKind>(['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RANKING']);

/** A question as the builder edits it (options one per line, numbers as typed). */
interface DraftQuestion {
  key: number;
  kind: QuestionKind;
  prompt: string;
  required: boolean;
  options: string;
  maxChoices: string;
  maxLength: string;
  scaleMinLabel: string;
  scaleMaxLabel: string;
}

/** What the builder sends: the create input; the edit page sends the same fields as changes. */
export interface BuiltConsultation {
  title: string;
  description: string;
  opensAt: string;
  closesAt: string;
  districts: string[];
  resultsVisibility: ResultsVisibility;
  questions: QuestionInput[];
}

/** `datetime-local` values are the browser's local time; the server takes ISO 8601 UTC. */
const toLocalInput = (iso: string) => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
const fromLocalInput = (value: string) => (value ? new Date(value).toISOString() : '');
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const intOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

let nextKey = 1;
const newQuestion = (kind: QuestionKind = 'SINGLE_CHOICE'): DraftQuestion => ({
  key: nextKey++,
  kind,
  prompt: '',
  required: false,
  options: '',
  maxChoices: '',
  maxLength: '',
  scaleMinLabel: '',
  scaleMaxLabel: '',
});

const fromQuestion = (q: QuestionData): DraftQuestion => ({
  key: nextKey++,
  kind: q.kind,
  prompt: q.prompt,
  required: q.required,
  options: q.options.map((o) => o.label).join('\n'),
  maxChoices: q.maxChoices == null ? '' : String(q.maxChoices),
  maxLength: q.kind === 'FREE_TEXT' && q.maxLength != null ? String(q.maxLength) : '',
  scaleMinLabel: q.scaleMinLabel ?? '',
  scaleMaxLabel: q.scaleMaxLabel ?? '',
});

function toInput(q: DraftQuestion): QuestionInput {
  const input: QuestionInput = { kind: q.kind, prompt: q.prompt, required: q.required };
  if (WITH_OPTIONS.has(q.kind)) input.options = lines(q.options);
  if (q.kind === 'MULTIPLE_CHOICE') input.maxChoices = intOrNull(q.maxChoices);
  if (q.kind === 'FREE_TEXT') input.maxLength = intOrNull(q.maxLength);
  if (q.kind === 'SCALE') {
    input.scaleMinLabel = q.scaleMinLabel || null;
    input.scaleMaxLabel = q.scaleMaxLabel || null;
  }
  return input;
}

/** The preview's questions: the same shape the answer form takes, with ids local to the page. */
function toPreview(questions: DraftQuestion[]): QuestionData[] {
  return questions.map((q, i) => ({
    __typename: 'Question',
    id: `q${q.key}`,
    position: i + 1,
    kind: q.kind,
    prompt: q.prompt || `${i + 1}.`,
    required: q.required,
    maxChoices: q.kind === 'MULTIPLE_CHOICE' ? intOrNull(q.maxChoices) : null,
    maxLength: q.kind === 'FREE_TEXT' ? (intOrNull(q.maxLength) ?? 2000) : null,
    scaleMin: q.kind === 'SCALE' ? 1 : null,
    scaleMax: q.kind === 'SCALE' ? 5 : null,
    scaleMinLabel: q.kind === 'SCALE' ? q.scaleMinLabel || null : null,
    scaleMaxLabel: q.kind === 'SCALE' ? q.scaleMaxLabel || null : null,
    options: WITH_OPTIONS.has(q.kind)
      ? lines(q.options).map((label, j) => ({ __typename: 'Option', id: `q${q.key}o${j}`, label, position: j + 1 }))
      : [],
  }));
}

interface Props {
  initial?: ConsultationDetailData;
  form: FormErrors;
  loading: boolean;
  submitLabel: string;
  onSubmit: (built: BuiltConsultation) => void;
}

/** The council's builder: the consultation's text, dates, districts, questions and a preview of the form. */
export function ConsultationBuilder({ initial, form, loading, submitLabel, onSubmit }: Props) {
  const t = useT();
  const districts = useQuery(DISTRICTS);
  const root = useRef<HTMLDivElement>(null);
  const [questions, setQuestions] = useState<DraftQuestion[]>(() => (initial ? initial.questions.map(fromQuestion) : [newQuestion()]));
  const [news, setNews] = useState('');
  const defaults = (() => {
    const opens = new Date(Date.now() + 24 * 3600_000);
    opens.setMinutes(0, 0, 0);
    return { opens: opens.toISOString(), closes: new Date(opens.getTime() + 30 * 24 * 3600_000).toISOString() };
  })();

  const update = (key: number, change: Partial<DraftQuestion>) =>
    setQuestions((qs) => qs.map((q) => (q.key === key ? { ...q, ...change } : q)));
  const focusSoon = (selector: string) => requestAnimationFrame(() => root.current?.querySelector<HTMLElement>(selector)?.focus());

  function add() {
    const q = newQuestion();
    setQuestions((qs) => [...qs, q]);
    setNews(t('consultations.builder.added', { position: questions.length + 1 }));
    focusSoon(`[data-question="${q.key}"] textarea`);
  }
  function remove(index: number) {
    setQuestions((qs) => qs.filter((_, i) => i !== index));
    setNews(t('consultations.builder.removed'));
    focusSoon('[data-add-question]');
  }
  function shift(index: number, by: -1 | 1) {
    const q = questions[index];
    const next = move(questions, index, by);
    if (!q || next === questions) return;
    setQuestions(next);
    const position = index + by + 1;
    setNews(t('consultations.builder.moved', { position }));
    const atEnd = position === 1 || position === next.length;
    const dir = by < 0 ? (atEnd ? 'down' : 'up') : atEnd ? 'up' : 'down';
    focusSoon(`[data-question="${q.key}"] [data-move="${dir}"]`);
  }

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    onSubmit({
      title: String(data.get('input.title') ?? ''),
      description: String(data.get('input.description') ?? ''),
      opensAt: fromLocalInput(String(data.get('input.opensAt') ?? '')),
      closesAt: fromLocalInput(String(data.get('input.closesAt') ?? '')),
      districts: data.getAll('input.districts').map(String),
      resultsVisibility: String(data.get('input.resultsVisibility') ?? 'AFTER_CLOSE') as ResultsVisibility,
      questions: questions.map(toInput),
    });
  }

  return (
    <div ref={root} className="p-stack">
      <form onSubmit={submit} noValidate>
        <FormError form={form} />
        <TextField label={t('consultations.builder.title')} required defaultValue={initial?.title} {...form.field('input.title')} />
        <TextArea
          label={t('consultations.builder.description')}
          hint={t('consultations.builder.descriptionHint')}
          required
          rows={8}
          defaultValue={initial?.description}
          {...form.field('input.description')}
        />
        <TextField
          label={t('consultations.builder.opensAt')}
          type="datetime-local"
          required
          defaultValue={toLocalInput(initial?.opensAt ?? defaults.opens)}
          {...form.field('input.opensAt')}
        />
        <TextField
          label={t('consultations.builder.closesAt')}
          type="datetime-local"
          required
          defaultValue={toLocalInput(initial?.closesAt ?? defaults.closes)}
          {...form.field('input.closesAt')}
        />
        {(districts.data?.districts.length ?? 0) > 0 && (
          <fieldset className="cs-question">
            <legend>{t('consultations.builder.districts')}</legend>
            <p className="p-muted">{t('consultations.builder.districtsHint')}</p>
            {districts.data?.districts.map((d, i) => (
              <Checkbox
                key={d}
                id={`district-${i}`}
                name="input.districts"
                value={d}
                label={d}
                defaultChecked={initial?.districts.includes(d)}
              />
            ))}
          </fieldset>
        )}
        <Select
          label={t('consultations.builder.resultsVisibility')}
          placeholder={false}
          defaultValue={initial?.resultsVisibility ?? 'AFTER_CLOSE'}
          options={VISIBILITIES.map((v) => ({ value: v, label: t(`consultations.visibility.${v}`) }))}
          {...form.field('input.resultsVisibility')}
        />
        <h2>{t('consultations.builder.questions')}</h2>
        {questions.map((q, i) => {
          const position = i + 1;
          const path = `input.questions.${i}`;
          // The server names the question at fault (`input.questions.<index>`): said under its legend.
          const problem = form.field(path);
          return (
            <fieldset key={q.key} className="cs-builder-question" data-question={q.key}>
              <legend>{t('consultations.builder.question', { position })}</legend>
              {problem.error && (
                <p className="p-field__error" id={problem.id} tabIndex={-1}>
                  {problem.error}
                </p>
              )}
              <TextArea
                label={t('consultations.builder.prompt', { position })}
                rows={2}
                required
                value={q.prompt}
                onChange={(e) => update(q.key, { prompt: e.target.value })}
                {...form.field(`${path}.prompt`)}
              />
              <Select
                label={t('consultations.builder.kind', { position })}
                placeholder={false}
                value={q.kind}
                onChange={(e) => update(q.key, { kind: e.target.value as QuestionKind })}
                options={KINDS.map((k) => ({ value: k, label: t(`consultations.builder.kinds.${k}`) }))}
                {...form.field(`${path}.kind`)}
              />
              {WITH_OPTIONS.has(q.kind) && (
                <TextArea
                  label={t('consultations.builder.options')}
                  hint={t('consultations.builder.optionsHint')}
                  rows={4}
                  value={q.options}
                  onChange={(e) => update(q.key, { options: e.target.value })}
                  {...form.field(`${path}.options`)}
                />
              )}
              {q.kind === 'MULTIPLE_CHOICE' && (
                <TextField
                  label={t('consultations.builder.maxChoices')}
                  hint={t('consultations.builder.maxChoicesHint')}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  value={q.maxChoices}
                  onChange={(e) => update(q.key, { maxChoices: e.target.value })}
                  {...form.field(`${path}.maxChoices`)}
                />
              )}
              {q.kind === 'SCALE' && (
                <>
                  <TextField
                    label={t('consultations.builder.scaleMinLabel')}
                    value={q.scaleMinLabel}
                    onChange={(e) => update(q.key, { scaleMinLabel: e.target.value })}
                    {...form.field(`${path}.scaleMinLabel`)}
                  />
                  <TextField
                    label={t('consultations.builder.scaleMaxLabel')}
                    value={q.scaleMaxLabel}
                    onChange={(e) => update(q.key, { scaleMaxLabel: e.target.value })}
                    {...form.field(`${path}.scaleMaxLabel`)}
                  />
                </>
              )}
              {q.kind === 'FREE_TEXT' && (
                <TextField
                  label={t('consultations.builder.maxLength')}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  value={q.maxLength}
                  onChange={(e) => update(q.key, { maxLength: e.target.value })}
                  {...form.field(`${path}.maxLength`)}
                />
              )}
              <Checkbox
                id={`question-${q.key}-required`}
                name={`${path}.required`}
                label={t('consultations.builder.requiredQuestion')}
                checked={q.required}
                onChange={(e) => update(q.key, { required: e.target.checked })}
              />
              <p>
                <Button size="small" variant="secondary" data-move="up" disabled={i === 0} onClick={() => shift(i, -1)}>
                  {t('consultations.builder.moveUp', { position })}
                </Button>{' '}
                <Button size="small" variant="secondary" data-move="down" disabled={i === questions.length - 1} onClick={() => shift(i, 1)}>
                  {t('consultations.builder.moveDown', { position })}
                </Button>{' '}
                <Button size="small" variant="danger" disabled={questions.length === 1} onClick={() => remove(i)}>
                  {t('consultations.builder.removeQuestion', { position })}
                </Button>
              </p>
            </fieldset>
          );
        })}
        <p className="p-muted" role="status">
          {news}
        </p>
        <p>
          <Button variant="secondary" data-add-question onClick={add}>
            {t('consultations.builder.addQuestion')}
          </Button>
        </p>
        <Button type="submit" loading={loading} loadingLabel={t('consultations.builder.saving')}>
          {submitLabel}
        </Button>
      </form>
      <Card title={t('consultations.builder.preview')} id="preview">
        <p className="p-muted">{t('consultations.builder.previewLead')}</p>
        <ResponseForm consultationId="preview" questions={toPreview(questions)} preview />
      </Card>
    </div>
  );
}
