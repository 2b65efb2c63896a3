import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { useT } from '@/i18n';
import { Button, Card, FormError, Notice, Select, TextArea, useFormErrors } from '@/ui';
import { MERGE_BUDGET_PROJECTS, type BudgetProjectDetailData } from '../graphql/budgets.graphql';

/**
 * The council merges this project into another of its envelope (a duplicate, or two ideas made
 * one) before voting, with a public note; the project's followers move to the other one.
 */
export function MergeForm({
  project,
  candidates,
  more,
  done,
  onMerged,
}: {
  project: BudgetProjectDetailData;
  candidates: { id: string; title: string | null }[];
  more: boolean;
  /** Held by the page: the project's query may reload once merged, and the confirmation must stay. */
  done: boolean;
  onMerged: () => void;
}) {
  const t = useT();
  const form = useFormErrors();
  const [merge, { loading }] = useMutation(MERGE_BUDGET_PROJECTS);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const variables = { id: project.id, intoId: String(f.get('intoId') ?? ''), note: String(f.get('note') ?? '') };
    const result = await form.run(() => merge({ variables }));
    if (result?.data) onMerged();
  }

  return (
    <Card title={t('budgets.merge.title')} id="merge">
      {done ? (
        <Notice tone="success" live focus>
          {t('budgets.merge.done')}
        </Notice>
      ) : candidates.length === 0 ? (
        <p className="p-muted">{t('budgets.merge.none')}</p>
      ) : (
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <p className="p-muted">{t('budgets.merge.lead')}</p>
          <FormError form={form} />
          <Select
            label={t('budgets.merge.into')}
            hint={more ? t('budgets.merge.more') : undefined}
            required
            options={candidates.map((c) => ({ value: c.id, label: c.title ?? t('budgets.project.hiddenTitle') }))}
            {...form.field('intoId')}
          />
          <TextArea label={t('budgets.merge.note')} hint={t('budgets.merge.noteHint')} required rows={3} {...form.field('note')} />
          <Button type="submit" variant="danger" loading={loading} loadingLabel={t('budgets.merge.saving')}>
            {t('budgets.merge.save')}
          </Button>
        </form>
      )}
    </Card>
  );
}
