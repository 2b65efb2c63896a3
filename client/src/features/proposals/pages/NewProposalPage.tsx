import { useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { flash } from '@/app';
import { DraftNotice, useFormDraft } from '@/features/drafts';
import { useT } from '@/i18n';
import { Button, PageHeader, useFormErrors, usePhotoPicker } from '@/ui';
import { ProposalForm, readProposalForm } from '../components/ProposalForm';
import { SimilarProposals } from '../components/SimilarProposals';
import { PROPOSAL_FORM_OPTIONS } from '../graphql/proposals.graphql';
import { useCreateProposal } from '../hooks/useProposalMutations';
import { useSimilarProposals } from '../hooks/useSimilarProposals';

/** Write a proposal: saved as a draft that only its author sees, published from its page. */
export function NewProposalPage() {
  const t = useT();
  const navigate = useNavigate();
  const options = useQuery(PROPOSAL_FORM_OPTIONS);
  const form = useFormErrors();
  const [create, { loading }] = useCreateProposal();
  const { similar, onTextInput } = useSimilarProposals();
  const photos = usePhotoPicker();
  const draft = useFormDraft({ form: 'proposal', target: 'new', errors: form });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clear();
    const input = readProposalForm(event.currentTarget, form);
    if (!input) return;
    // Photos still uploading are waited for; one refused meanwhile stops here, its reason on screen.
    const imageIds = await photos.settled();
    if (!imageIds) return;
    const result = await form.run(() => create({ variables: { input: { ...input, imageIds } } }));
    if (!result?.data) return;
    draft.clear();
    void navigate(`/proposals/${result.data.createProposal.id}`, flash('proposals.new.saved'));
  }

  return (
    <>
      <PageHeader title={t('proposals.new.title')} lead={t('proposals.new.lead')} />
      <DraftNotice draft={draft} photos />
      <div ref={draft.ref}>
        <ProposalForm
          form={form}
          options={options.data}
          photos={photos}
          onSubmit={onSubmit}
          onTextInput={onTextInput}
          afterBody={<SimilarProposals proposals={similar} />}
        >
          <Button
            type="submit"
            loading={loading || photos.waiting}
            loadingLabel={photos.waiting ? t('ui.photos.waiting') : t('proposals.new.saving')}
          >
            {t('proposals.new.submit')}
          </Button>
        </ProposalForm>
      </div>
    </>
  );
}
