import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useT } from '@/i18n';
import { Button, Card, FormError, Notice, Select, TextArea, TextField, useFormErrors } from '@/ui';
import { REVIEW_BUDGET_PROJECT, type BudgetProjectDetailData } from '../graphql/budgets.graphql';

/** The council's review: feasible with the town hall's cost, or not with a public reason. */
export function ReviewForm({ project }: { project: BudgetProjectDetailData }) {
  const t = useT();
  const form = useFormErrors();
  const [review, { loading }] = useMutation(REVIEW_BUDGET_PROJECT);
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const f = new FormData(event.currentTarget);
    const feasible = f.get('input.feasible') === 'yes';
    const costText = String(f.get('input.cost') ?? '').trim();
    const note = String(f.get('input.note') ?? '').trim();
    const input = { feasible, cost: costText ? Math.round(Number(costText)) : null, note: note || null };
    const result = await form.run(() => review({ variables: { id: project.id, input } }));
    if (result?.data) setSaved(true);
  }

  return (
    <Card title={t('budgets.review.title')} id="review">
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <FormError form={form} />
        <Select
          label={t('budgets.review.decision')}
          required
          defaultValue={project.status === 'NOT_FEASIBLE' ? 'no' : 'yes'}
          options={[
            { value: 'yes', label: t('budgets.review.feasible') },
            { value: 'no', label: t('budgets.review.notFeasible') },
          ]}
          {...form.field('input.feasible')}
        />
        <TextField
          label={t('budgets.review.cost')}
          hint={t('budgets.review.costHint')}
          inputMode="numeric"
          defaultValue={String(project.cost ?? project.estimatedCost)}
          {...form.field('input.cost')}
        />
        <TextArea
          label={t('budgets.review.note')}
          hint={t('budgets.review.noteHint')}
          rows={3}
          defaultValue={project.reviewNote ?? ''}
          {...form.field('input.note')}
        />
        <Button type="submit" loading={loading} loadingLabel={t('budgets.review.saving')}>
          {t('budgets.review.save')}
        </Button>
        {saved && (
          <Notice tone="success" live focus>
            {t('budgets.review.saved')}
          </Notice>
        )}
      </form>
    </Card>
  );
}
