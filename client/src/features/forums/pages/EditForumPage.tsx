import { useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { flash } from '@/app';
import { useT } from '@/i18n';
import { Button, ButtonLink, Cluster, EmptyState, ErrorMessage, PageHeader, Spinner, useFormErrors } from '@/ui';
import { ForumForm, readForumForm } from '../components/ForumForm';
import { FORUM_SUMMARY_BY_ID } from '../graphql/forums.graphql';
import { useUpdateForum } from '../hooks/useForumMutations';

/** The council edits a forum's title and description, then goes back to the list. */
export function EditForumPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(FORUM_SUMMARY_BY_ID, { variables: { id } });
  const form = useFormErrors();
  const [update, saving] = useUpdateForum();
  const forum = data?.forum;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = readForumForm(event.currentTarget);
    const result = await form.run(() => update({ variables: { id, input } }));
    if (result?.data) void navigate('/forums', flash('forums.council.saved', { title: result.data.updateForum.title }));
  }

  return (
    <>
      <PageHeader title={forum ? t('forums.council.editTitle', { title: forum.title }) : t('forums.forum.title')} />
      {loading && !data && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && !forum && (
        <EmptyState title={t('forums.forum.notFound')} action={<Link to="/forums">{t('forums.forum.backToList')}</Link>} />
      )}
      {forum && (
        <ForumForm form={form} initial={{ title: forum.title, description: forum.description }} onSubmit={onSubmit}>
          <Cluster>
            <Button type="submit" loading={saving.loading} loadingLabel={t('forums.council.saving')}>
              {t('forums.council.save')}
            </Button>
            <ButtonLink to="/forums" variant="ghost">
              {t('ui.cancel')}
            </ButtonLink>
          </Cluster>
        </ForumForm>
      )}
    </>
  );
}
