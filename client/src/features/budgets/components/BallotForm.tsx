import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useI18n } from '@/i18n';
import { Button, FormError, Notice, useFormErrors } from '@/ui';
import { SET_BALLOT, type BudgetDetailData } from '../graphql/budgets.graphql';
import { useEuros } from './money';

type Envelope = BudgetDetailData['envelopes'][number];

/**
 * The ballot of one envelope: a checkbox per project on the ballot with its cost, a running total
 * against the envelope (KNAPSACK) or a count against the maximum (APPROVAL), announced politely as
 * it changes, and the save button. The server checks every change; its refusal is shown with the
 * field and focused. After saving, focus moves to the confirmation.
 */
export function BallotForm({ budget, envelope }: { budget: BudgetDetailData; envelope: Envelope }) {
  const { t, formatNumber } = useI18n();
  const euros = useEuros();
  const form = useFormErrors();
  const chosenBefore = (budget.viewerBallot ?? []).filter((c) => c.envelopeId === envelope.id).map((c) => c.projectId);
  const [chosen, setChosen] = useState<string[]>(chosenBefore);
  const [saved, setSaved] = useState<'saved' | 'withdrawn' | null>(null);
  const [setBallot, { loading }] = useMutation(SET_BALLOT);
  const projects = envelope.projects.edges.map((e) => e.node).filter((p) => p.status === 'FEASIBLE');
  const total = projects.filter((p) => chosen.includes(p.id)).reduce((sum, p) => sum + (p.cost ?? 0), 0);
  const knapsack = budget.votingStyle === 'KNAPSACK';
  const over = knapsack ? total - envelope.amount : 0;
  const fieldsetId = `ballot-${envelope.id}`;
  const fieldError = form.field('projectIds').error;

  function toggle(id: string, on: boolean) {
    setSaved(null);
    setChosen((list) => (on ? [...list, id] : list.filter((x) => x !== id)));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const result = await form.run(() => setBallot({ variables: { budgetId: budget.id, envelopeId: envelope.id, projectIds: chosen } }));
    if (result?.data) setSaved(chosen.length ? 'saved' : 'withdrawn');
  }

  if (!projects.length) return <p className="p-muted">{t('budgets.ballot.none', { name: envelope.name })}</p>;
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="bu-ballot">
      <FormError form={form} fieldDomId={fieldsetId} />
      <fieldset
        id={fieldsetId}
        tabIndex={-1}
        aria-describedby={[fieldError ? `${fieldsetId}-error` : null, `${fieldsetId}-total`].filter(Boolean).join(' ')}
      >
        <legend>{t('budgets.ballot.envelope', { name: envelope.name, amount: euros(envelope.amount) })}</legend>
        {projects.map((p) => (
          <div className="p-checkbox" key={p.id}>
            <input
              type="checkbox"
              id={`${fieldsetId}-${p.id}`}
              checked={chosen.includes(p.id)}
              onChange={(e) => toggle(p.id, e.currentTarget.checked)}
            />
            <label htmlFor={`${fieldsetId}-${p.id}`}>
              {t('budgets.ballot.option', { title: p.title ?? '', cost: euros(p.cost ?? 0) })}
            </label>
          </div>
        ))}
        {fieldError && (
          <p id={`${fieldsetId}-error`} className="p-field__error">
            {fieldError}
          </p>
        )}
        <p id={`${fieldsetId}-total`} role="status" aria-live="polite" className={over > 0 ? 'bu-ballot__over' : 'bu-ballot__total'}>
          {knapsack
            ? t('budgets.ballot.total', { total: euros(total), amount: euros(envelope.amount) })
            : t('budgets.ballot.count', { count: formatNumber(chosen.length), max: formatNumber(budget.maxChoices ?? 0) })}
          {over > 0 && <> {t('budgets.ballot.over', { amount: euros(over) })}</>}
        </p>
      </fieldset>
      <Button type="submit" loading={loading} loadingLabel={t('budgets.ballot.saving')}>
        {t('budgets.ballot.save', { name: envelope.name })}
      </Button>
      {saved && (
        <Notice tone="success" live focus>
          {t(saved === 'saved' ? 'budgets.ballot.saved' : 'budgets.ballot.withdrawn', { name: envelope.name })}
        </Notice>
      )}
    </form>
  );
}
