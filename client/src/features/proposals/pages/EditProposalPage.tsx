import { useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { flash } from '@/app';
import { useT } from '@/i18n';
import { Button, Cluster, EmptyState, ErrorMessage, Notice, PageHeader, Spinner, useFormErrors, usePhotoPicker } from '@/ui';
import { ProposalForm, readProposalForm } from '../components/ProposalForm';
import { SimilarProposals } from '../components/SimilarProposals';
import { PROPOSAL_DETAIL_ONLY, PROPOSAL_FORM_OPTIONS, type ProposalDetailData } from '../graphql/proposals.graphql';
import { useUpdateProposal } from '../hooks/useProposalMutations';
import { useSimilarProposals } from '../hooks/useSimilarProposals';

/** Change one's draft (the server refuses once it is published: NOT_DRAFT). */
export function EditProposalPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PROPOSAL_DETAIL_ONLY, { variables: { id } });
  const p = data?.proposal;

  return (
    <>
      <PageHeader title={t('proposals.edit.title')} lead={p?.title} />
      {loading && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && !p && <EmptyState title={t('proposals.notFound')} action={<Link to="/proposals">{t('proposals.backToList')}</Link>} />}
      {p && p.status !== 'DRAFT' && (
        <Notice tone="warning">
          <p>{t('proposals.edit.notDraft')}</p>
          <Link to={`/proposals/${id}`}>{t('proposals.edit.back')}</Link>
        </Notice>
      )}
      {p && p.status === 'DRAFT' && <DraftForm key={p.id} proposal={p} />}
    </>
  );
}

/** The form, once the draft is loaded: its photos start as the draft's (kept, reordered or removed). */
function DraftForm({ proposal: p }: { proposal: ProposalDetailData }) {
  const t = useT();
  const navigate = useNavigate();
  const options = useQuery(PROPOSAL_FORM_OPTIONS);
  const form = useFormErrors();
  const [update, updating] = useUpdateProposal();
  const { similar, onTextInput } = useSimilarProposals();
  const photos = usePhotoPicker(p.images);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clear();
    const input = readProposalForm(event.currentTarget, form);
    if (!input) return;
    const imageIds = await photos.settled();
    if (!imageIds) return;
    // The whole list, in the order shown: the draft's photos become exactly these.
    const result = await form.run(() => update({ variables: { id: p.id, input: { ...input, imageIds } } }));
    if (result?.data) void navigate(`/proposals/${p.id}`, flash('proposals.edit.saved'));
  }

  return (
    <ProposalForm
      form={form}
      options={options.data}
      photos={photos}
      initial={{ title: p.title, body: p.body, categoryId: p.category?.id ?? null, district: p.district, location: p.location }}
      onSubmit={onSubmit}
      onTextInput={onTextInput}
      afterBody={<SimilarProposals proposals={similar} />}
    >
      <Cluster>
        <Button
          type="submit"
          loading={updating.loading || photos.waiting}
          loadingLabel={photos.waiting ? t('ui.photos.waiting') : t('proposals.new.saving')}
        >
          {t('proposals.edit.submit')}
        </Button>
        <Link to={`/proposals/${p.id}`}>{t('ui.cancel')}</Link>
      </Cluster>
    </ProposalForm>
  );
}
