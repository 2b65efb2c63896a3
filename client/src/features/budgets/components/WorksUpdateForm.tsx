import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useT } from '@/i18n';
import { Button, Card, FormError, Notice, PhotoPicker, TextArea, TextField, useFormErrors, usePhotoPicker } from '@/ui';
import { ADD_BUDGET_PROJECT_UPDATE, type BudgetProjectDetailData } from '../graphql/budgets.graphql';

/** The council reports on a winning project's works: text, progress, actual cost, photos. */
export function WorksUpdateForm({ project }: { project: BudgetProjectDetailData }) {
  const t = useT();
  // A new, empty form after each update (its photos included); the confirmation stays above it.
  const [round, setRound] = useState(0);
  return (
    <Card title={t('budgets.works.title')} id="works-update">
      {round > 0 && (
        <Notice tone="success" live focus key={round}>
          {t('budgets.works.saved')}
        </Notice>
      )}
      <WorksFields key={round} project={project} onSaved={() => setRound((r) => r + 1)} />
    </Card>
  );
}

function WorksFields({ project, onSaved }: { project: BudgetProjectDetailData; onSaved: () => void }) {
  const t = useT();
  const form = useFormErrors();
  const photos = usePhotoPicker();
  const [add, { loading }] = useMutation(ADD_BUDGET_PROJECT_UPDATE);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const imageIds = await photos.settled();
    if (!imageIds) return;
    const costText = String(f.get('input.actualCost') ?? '').trim();
    const input = {
      body: String(f.get('input.body') ?? ''),
      progress: Math.round(Number(f.get('input.progress') ?? 0)),
      actualCost: costText ? Math.round(Number(costText)) : null,
      imageIds,
    };
    const result = await form.run(() => add({ variables: { id: project.id, input } }));
    if (result?.data) onSaved();
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <FormError form={form} />
      <TextArea label={t('budgets.works.body')} required rows={4} maxLength={10000} {...form.field('input.body')} />
      <TextField
        label={t('budgets.works.progress')}
        required
        inputMode="numeric"
        defaultValue={String(project.progress)}
        {...form.field('input.progress')}
      />
      <TextField label={t('budgets.works.actualCost')} inputMode="numeric" {...form.field('input.actualCost')} />
      <PhotoPicker photos={photos} hint={t('budgets.works.photosHint', { max: photos.max })} {...form.field('input.imageIds')} />
      <Button type="submit" loading={loading || photos.waiting} loadingLabel={t('budgets.works.saving')}>
        {t('budgets.works.save')}
      </Button>
    </form>
  );
}
