import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { flash } from '@/app';
import { useT } from '@/i18n';
import { EmptyState, ErrorMessage, Notice, PageHeader, Spinner, useFormErrors } from '@/ui';
import { ConsultationBuilder, type BuiltConsultation } from '../components/ConsultationBuilder';
import { CONSULTATION, CREATE_CONSULTATION, UPDATE_CONSULTATION } from '../graphql/consultations.graphql';

export function NewConsultationPage() {
  const t = useT();
  const navigate = useNavigate();
  const form = useFormErrors();
  const [create, { loading }] = useMutation(CREATE_CONSULTATION, {
    // The lists gain a consultation: fetched again when next shown.
    update: (cache) => cache.evict({ id: 'ROOT_QUERY', fieldName: 'consultations' }),
  });
  async function onSubmit(input: BuiltConsultation) {
    const result = await form.run(() => create({ variables: { input } }));
    if (result?.data) void navigate(`/consultations/${result.data.createConsultation.id}`, flash('consultations.builder.created'));
  }
  return (
    <>
      <PageHeader title={t('consultations.builder.newTitle')} lead={t('consultations.builder.lead')} />
      <ConsultationBuilder
        form={form}
        loading={loading}
        submitLabel={t('consultations.builder.create')}
        onSubmit={(i) => void onSubmit(i)}
      />
    </>
  );
}

export function EditConsultationPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const form = useFormErrors();
  const { data, loading, error, refetch } = useQuery(CONSULTATION, { variables: { id } });
  const [save, saving] = useMutation(UPDATE_CONSULTATION);
  const c = data?.consultation;
  async function onSubmit(input: BuiltConsultation) {
    const result = await form.run(() => save({ variables: { id, input } }));
    if (result?.data) void navigate(`/consultations/${id}`, flash('consultations.builder.saved'));
  }
  return (
    <>
      <PageHeader title={t('consultations.builder.editTitle')} />
      {loading && !data && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && !c && (
        <EmptyState title={t('consultations.notFound')} action={<Link to="/consultations">{t('consultations.backToList')}</Link>} />
      )}
      {c && c.state !== 'UPCOMING' && <Notice tone="warning">{t('consultations.builder.notEditable')}</Notice>}
      {c && c.state === 'UPCOMING' && (
        <ConsultationBuilder
          initial={c}
          form={form}
          loading={saving.loading}
          submitLabel={t('consultations.builder.save')}
          onSubmit={(i) => void onSubmit(i)}
        />
      )}
    </>
  );
}
