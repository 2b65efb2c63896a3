import { useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { flash } from '@/app';
import { useT } from '@/i18n';
import { Button, ButtonLink, Cluster, EmptyState, ErrorMessage, Notice, PageHeader, Spinner, useFormErrors, usePhotoPicker } from '@/ui';
import { readTopicForm, TopicForm } from '../components/TopicForm';
import { FORUM_SUMMARY_BY_ID, FORUM_TOPIC, type ForumTopicDetailData } from '../graphql/forums.graphql';
import { useCreateTopic, useUpdateTopic } from '../hooks/useForumMutations';

/** Open a topic in a forum: published at once; its author follows it. */
export function NewTopicPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const forumQuery = useQuery(FORUM_SUMMARY_BY_ID, { variables: { id } });
  const form = useFormErrors();
  const [create, { loading }] = useCreateTopic();
  const photos = usePhotoPicker();
  const forum = forumQuery.data?.forum;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = readTopicForm(event.currentTarget);
    // Photos still uploading are waited for; one refused meanwhile stops here, its reason on screen.
    const imageIds = await photos.settled();
    if (!imageIds) return;
    const result = await form.run(() => create({ variables: { input: { ...input, forumId: id, imageIds } } }));
    if (result?.data) void navigate(`/forums/topics/${result.data.createForumTopic.id}`, flash('forums.new.created'));
  }

  return (
    <>
      <PageHeader title={t('forums.new.title')} lead={forum ? t('forums.new.lead', { forum: forum.title }) : undefined} />
      {forumQuery.loading && !forumQuery.data && <Spinner />}
      {forumQuery.error && <ErrorMessage error={forumQuery.error} onRetry={() => void forumQuery.refetch()} />}
      {forumQuery.data && !forum && (
        <EmptyState title={t('forums.forum.notFound')} action={<Link to="/forums">{t('forums.forum.backToList')}</Link>} />
      )}
      {forum?.archived && <Notice tone="warning">{t('forums.forum.archived')}</Notice>}
      {forum && !forum.archived && (
        <TopicForm form={form} photos={photos} onSubmit={onSubmit}>
          <Cluster>
            <Button
              type="submit"
              loading={loading || photos.waiting}
              loadingLabel={photos.waiting ? t('ui.photos.waiting') : t('forums.new.saving')}
            >
              {t('forums.new.submit')}
            </Button>
            <ButtonLink to={`/forums/${forum.id}`} variant="ghost">
              {t('ui.cancel')}
            </ButtonLink>
          </Cluster>
        </TopicForm>
      )}
    </>
  );
}

/** The author edits their topic (while nobody has replied, or within 15 minutes of opening it). */
export function EditTopicPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(FORUM_TOPIC, { variables: { id } });
  const topic = data?.forumTopic;
  return (
    <>
      <PageHeader title={t('forums.editTopic.title')} lead={t('forums.topic.editHint')} />
      {loading && !data && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && !topic && (
        <EmptyState title={t('forums.topic.notFound')} action={<Link to="/forums">{t('forums.forum.backToList')}</Link>} />
      )}
      {topic && !topic.viewerCanEdit && (
        <EmptyState
          title={t('forums.editTopic.cannot')}
          action={<Link to={`/forums/topics/${topic.id}`}>{t('forums.editTopic.back')}</Link>}
        />
      )}
      {topic?.viewerCanEdit && <EditTopicForm topic={topic} />}
    </>
  );
}

function EditTopicForm({ topic }: { topic: ForumTopicDetailData }) {
  const t = useT();
  const navigate = useNavigate();
  const form = useFormErrors();
  const [update, { loading }] = useUpdateTopic();
  const photos = usePhotoPicker(topic.images);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = readTopicForm(event.currentTarget);
    const imageIds = await photos.settled();
    if (!imageIds) return;
    const result = await form.run(() => update({ variables: { id: topic.id, input: { ...input, imageIds } } }));
    if (result?.data) void navigate(`/forums/topics/${topic.id}`, flash('forums.editTopic.saved'));
  }

  return (
    <TopicForm form={form} photos={photos} initial={{ title: topic.title ?? '', body: topic.body ?? '' }} onSubmit={onSubmit}>
      <Cluster>
        <Button
          type="submit"
          loading={loading || photos.waiting}
          loadingLabel={photos.waiting ? t('ui.photos.waiting') : t('forums.editTopic.saving')}
        >
          {t('forums.editTopic.submit')}
        </Button>
        <ButtonLink to={`/forums/topics/${topic.id}`} variant="ghost">
          {t('ui.cancel')}
        </ButtonLink>
      </Cluster>
    </TopicForm>
  );
}
