import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useT } from '@/i18n';
import { Button, Card, FormError, Notice, Select, TextArea, TextField, useFormErrors } from '@/ui';
import {
  ADD_PROGRESS_UPDATE,
  ANSWER_PROPOSAL,
  type AnswerStatus,
  type ProposalDetailData,
  type ProposalStatus,
} from '../graphql/proposals.graphql';

/** The council's decisions open from each status (proposal.policy.ts on the server has the last word). */
const ANSWERS_FROM: Partial<Record<ProposalStatus, AnswerStatus[]>> = {
  PUBLISHED: ['UNDER_REVIEW'],
  UNDER_REVIEW: ['ACCEPTED', 'REJECTED'],
};
const PROGRESS_FROM: ProposalStatus[] = ['ACCEPTED', 'IN_PROGRESS'];

/** Shown to COUNCIL and ADMIN only (the server refuses others: FORBIDDEN ROLE_REQUIRED). */
export function CouncilPanel({ proposal: p }: { proposal: ProposalDetailData }) {
  const t = useT();
  // Kept here, not in the forms: an answer changes the status, which swaps the form shown.
  const [done, setDone] = useState<Done | null>(null);
  const answers = ANSWERS_FROM[p.status];
  const canProgress = PROGRESS_FROM.includes(p.status);
  if (!answers && !canProgress && !done) return null;
  return (
    <Card title={t('proposals.council.title')} id="council">
      <p className="p-muted">{t('proposals.council.lead')}</p>
      <div role="status">
        {done && (
          <Notice tone="success">
            <p>
              {done.kind === 'answered'
                ? t('proposals.council.answered', { status: t(`proposals.status.${done.status}`) })
                : t('proposals.council.progressAdded')}
            </p>
          </Notice>
        )}
      </div>
      {answers && <AnswerForm proposal={p} choices={answers} onStart={() => setDone(null)} onDone={setDone} />}
      {canProgress && <ProgressForm proposal={p} onStart={() => setDone(null)} onDone={setDone} />}
    </Card>
  );
}

/** What the last action published (translated when shown, so a language switch follows). */
type Done = { kind: 'answered'; status: AnswerStatus } | { kind: 'progress' };

interface FormProps {
  proposal: ProposalDetailData;
  onStart: () => void;
  onDone: (done: Done) => void;
}

function AnswerForm({ proposal: p, choices, onStart, onDone }: FormProps & { choices: AnswerStatus[] }) {
  const t = useT();
  const form = useFormErrors();
  const [answer, { loading }] = useMutation(ANSWER_PROPOSAL);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onStart();
    const el = event.currentTarget;
    const data = new FormData(el);
    const status = String(data.get('input.status') ?? '') as AnswerStatus;
    if (!status) {
      form.setError({ errors: [{ extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'input.status', constraint: 'required' }] } }] });
      return;
    }
    const result = await form.run(() => answer({ variables: { id: p.id, input: { status, body: String(data.get('input.body') ?? '') } } }));
    if (result?.data) {
      el.reset();
      onDone({ kind: 'answered', status });
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="answer-form-title">
      <h3 id="answer-form-title">{t('proposals.council.answerTitle')}</h3>
      <FormError form={form} />
      <Select
        label={t('proposals.council.decision')}
        required
        options={choices.map((s) => ({ value: s, label: t(`proposals.council.decisions.${s}`) }))}
        {...form.field('input.status')}
      />
      <TextArea
        label={t('proposals.council.answerBody')}
        hint={t('proposals.council.answerHint')}
        required
        rows={5}
        maxLength={10000}
        {...form.field('input.body')}
      />
      <Button type="submit" loading={loading} loadingLabel={t('proposals.council.publishing')}>
        {t('proposals.council.publishAnswer')}
      </Button>
    </form>
  );
}

function ProgressForm({ proposal: p, onStart, onDone }: FormProps) {
  const t = useT();
  const form = useFormErrors();
  const [add, { loading }] = useMutation(ADD_PROGRESS_UPDATE);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onStart();
    const el = event.currentTarget;
    const data = new FormData(el);
    const raw = String(data.get('input.progress') ?? '').trim();
    const progress = Number(raw);
    if (!raw || !Number.isInteger(progress)) {
      form.setError({
        errors: [{ extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'input.progress', constraint: raw ? 'isInt' : 'required' }] } }],
      });
      return;
    }
    const status = (String(data.get('input.status') ?? '') || null) as 'IN_PROGRESS' | 'COMPLETED' | null;
    const result = await form.run(() =>
      add({ variables: { id: p.id, input: { body: String(data.get('input.body') ?? ''), progress, status } } }),
    );
    if (result?.data) {
      el.reset();
      onDone({ kind: 'progress' });
    }
  }

  // Only one of the two council forms shows at a time (their statuses differ), so field ids stay unique.
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="progress-form-title" className="p-section">
      <h3 id="progress-form-title">{t('proposals.council.progressTitle')}</h3>
      <FormError form={form} />
      <TextArea label={t('proposals.council.progressBody')} required rows={4} maxLength={10000} {...form.field('input.body')} />
      <TextField
        label={t('proposals.council.progressPercent')}
        hint={t('proposals.council.progressPercentHint')}
        required
        type="number"
        min={0}
        max={100}
        step={1}
        inputMode="numeric"
        defaultValue={String(p.progress)}
        {...form.field('input.progress')}
      />
      <Select
        label={t('proposals.council.progressStatus')}
        placeholder={t('proposals.council.statusUnchanged')}
        options={(['IN_PROGRESS', 'COMPLETED'] as const).map((s) => ({ value: s, label: t(`proposals.status.${s}`) }))}
        {...form.field('input.status')}
      />
      <Button type="submit" loading={loading} loadingLabel={t('proposals.council.publishing')}>
        {t('proposals.council.publishProgress')}
      </Button>
    </form>
  );
}
