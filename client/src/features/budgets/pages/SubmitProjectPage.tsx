import { useMutation, useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { flash } from '@/app';
import { useT } from '@/i18n';
import {
  Button,
  ButtonLink,
  Cluster,
  EmptyState,
  ErrorMessage,
  FormError,
  Notice,
  PageHeader,
  PhotoPicker,
  Select,
  Spinner,
  TextArea,
  TextField,
  useFormErrors,
  usePhotoPicker,
} from '@/ui';
import { BUDGET, SUBMIT_BUDGET_PROJECT } from '../graphql/budgets.graphql';

/** A resident submits a project into one of the edition's envelopes, during submission. */
export function SubmitProjectPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data, loading: loadingBudget, error, refetch } = useQuery(BUDGET, { variables: { id } });
  const form = useFormErrors();
  const photos = usePhotoPicker();
  const [submit, { loading }] = useMutation(SUBMIT_BUDGET_PROJECT);
  const b = data?.budget;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const imageIds = await photos.settled();
    if (!imageIds) return;
    const cost = Number(f.get('input.estimatedCost'));
    const address = String(f.get('input.location') ?? '').trim();
    const input = {
      envelopeId: String(f.get('input.envelopeId') ?? ''),
      title: String(f.get('input.title') ?? ''),
      description: String(f.get('input.description') ?? ''),
      estimatedCost: Number.isFinite(cost) ? Math.round(cost) : 0,
      location: address ? { address } : null,
      imageIds,
    };
    const result = await form.run(() => submit({ variables: { input } }));
    if (result?.data) void navigate(`/budgets/projects/${result.data.submitBudgetProject.id}`, flash('budgets.submit.created'));
  }

  return (
    <>
      <PageHeader title={t('budgets.submit.title')} lead={b ? b.title : undefined} />
      {loadingBudget && !data && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && !b && (
        <EmptyState title={t('budgets.edition.notFound')} action={<Link to="/budgets">{t('budgets.edition.backToList')}</Link>} />
      )}
      {b && b.phase !== 'SUBMISSION' && <Notice tone="warning">{t('budgets.submit.closed')}</Notice>}
      {b && b.phase === 'SUBMISSION' && (
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <p>{t('budgets.submit.lead')}</p>
          <FormError form={form} />
          <Select
            label={t('budgets.submit.envelope')}
            hint={t('budgets.submit.envelopeHint')}
            required
            options={b.envelopes.map((e) => ({ value: e.id, label: e.name }))}
            {...form.field('input.envelopeId')}
          />
          <TextField label={t('budgets.submit.projectTitle')} required maxLength={150} {...form.field('input.title')} />
          <TextArea
            label={t('budgets.submit.description')}
            hint={t('budgets.submit.descriptionHint')}
            required
            rows={6}
            maxLength={10000}
            {...form.field('input.description')}
          />
          <TextField
            label={t('budgets.submit.cost')}
            hint={t('budgets.submit.costHint')}
            required
            inputMode="numeric"
            {...form.field('input.estimatedCost')}
          />
          <TextField label={t('budgets.submit.address')} maxLength={300} {...form.field('input.location')} />
          <PhotoPicker photos={photos} hint={t('budgets.submit.photosHint', { max: photos.max })} {...form.field('input.imageIds')} />
          <Cluster>
            <Button
              type="submit"
              loading={loading || photos.waiting}
              loadingLabel={photos.waiting ? t('ui.photos.waiting') : t('budgets.submit.saving')}
            >
              {t('budgets.submit.send')}
            </Button>
            <ButtonLink to={`/budgets/${b.id}`} variant="ghost">
              {t('ui.cancel')}
            </ButtonLink>
          </Cluster>
        </form>
      )}
    </>
  );
}
