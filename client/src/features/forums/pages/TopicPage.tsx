import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useAuth } from '@/app';
import { CommentThread } from '@/features/comments';
import { ReportButton } from '@/features/moderation';
import { FollowControl } from '@/features/notifications';
import { useI18n } from '@/i18n';
import { Badge, ButtonLink, Card, EmptyState, ErrorMessage, Gallery, Notice, PageHeader, PlainText, Spinner } from '@/ui';
import { ModeratorPanel } from '../components/ModeratorPanel';
import { FORUM_TOPIC, FORUM_TOPIC_COMMENT_COUNT, FORUM_TOPIC_COMMENTS } from '../graphql/forums.graphql';

/**
 * A topic: its forum, title, author, dates, text and photos, following it, moderators' pin and
 * lock, and the shared comment thread (closed, with a notice saying why, once locked, hidden or in
 * an archived forum). A hidden topic shows that it was hidden; its author and moderators still
 * read it, with the reason.
 */
export function TopicPage() {
  const { t, formatDateTime } = useI18n();
  const { id = '' } = useParams();
  const client = useApolloClient();
  const { hasRole } = useAuth();
  const { data, loading, error, refetch } = useQuery(FORUM_TOPIC, { variables: { id } });
  const [moreComments, setMoreComments] = useState<{ loading: boolean; error: unknown }>({ loading: false, error: null });
  const x = data?.forumTopic;

  async function loadMoreComments(after: string | null) {
    setMoreComments({ loading: true, error: null });
    try {
      await client.query({ query: FORUM_TOPIC_COMMENTS, variables: { id, after }, fetchPolicy: 'network-only' });
      setMoreComments({ loading: false, error: null });
    } catch (e) {
      setMoreComments({ loading: false, error: e });
    }
  }

  // The server keeps the count and the last activity (deleted comments leave the count): ask it.
  const refreshCount = () =>
    void client.query({ query: FORUM_TOPIC_COMMENT_COUNT, variables: { id }, fetchPolicy: 'network-only' }).catch(() => undefined);

  const heading = x ? (x.title ?? t('forums.topic.hiddenTitle')) : t('forums.topic.title');
  return (
    <>
      <PageHeader title={heading} />
      {x && (
        <p>
          {t('forums.topic.inForum')} <Link to={`/forums/${x.forum.id}`}>{x.forum.title}</Link>
        </p>
      )}
      {loading && !data && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && !x && (
        <EmptyState title={t('forums.topic.notFound')} action={<Link to="/forums">{t('forums.forum.backToList')}</Link>}>
          <p>{t('forums.topic.notFoundBody')}</p>
        </EmptyState>
      )}
      {x && (
        <div className="p-stack">
          {x.hidden && (
            <Notice tone="warning">
              {x.title === null ? t('forums.topic.hiddenPublic') : t('forums.topic.hiddenVisibleToYou', { reason: x.hiddenReason ?? '' })}
            </Notice>
          )}
          {(x.pinned || x.locked || x.hidden) && (
            <p className="fo-badges">
              {x.pinned && <Badge tone="info">{t('forums.topic.pinned')}</Badge>}
              {x.locked && <Badge tone="warning">{t('forums.topic.locked')}</Badge>}
              {x.hidden && <Badge tone="danger">{t('forums.topic.hidden')}</Badge>}
            </p>
          )}
          {x.locked && <Notice tone="warning">{t('forums.topic.lockedNotice')}</Notice>}
          {!x.locked && x.forum.archived && <Notice tone="warning">{t('forums.topic.archivedNotice')}</Notice>}
          {x.body !== null && (
            <Card title={t('forums.topic.about')} id="topic">
              <p className="p-muted fo-facts">
                <span>{t('forums.topic.byOn', { name: x.author.displayName, date: formatDateTime(x.createdAt) })}</span>
                {x.editedAt && <span>{t('forums.topic.editedOn', { date: formatDateTime(x.editedAt) })}</span>}
                <span>{t('forums.topic.lastActivity', { date: formatDateTime(x.lastActivityAt) })}</span>
              </p>
              <PlainText text={x.body} />
              <Gallery
                images={x.images}
                label={t('forums.topic.photos')}
                describe={(position, count) => t('forums.topic.photoAlt', { position, count, title: x.title ?? '' })}
              />
              {x.viewerCanEdit && (
                <p>
                  <ButtonLink to={`/forums/topics/${x.id}/edit`} variant="secondary" size="small">
                    {t('forums.topic.edit')}
                  </ButtonLink>
                </p>
              )}
              <ReportButton
                target={{ type: 'FORUM_TOPIC', id: x.id }}
                authorId={x.author.id}
                what={t('forums.topic.reportWhat', { title: x.title ?? '' })}
                hidden={x.hidden}
              />
            </Card>
          )}
          {!x.hidden && (
            <Card title={t('forums.topic.followTitle')} id="follow-topic">
              <p className="p-muted">{t('forums.topic.followLead')}</p>
              <FollowControl
                target={{ type: 'FORUM_TOPIC', typename: 'ForumTopic', id: x.id }}
                followerCount={x.followerCount}
                viewerIsFollowing={x.viewerIsFollowing}
                messages="forums.topicFollow"
              />
            </Card>
          )}
          {hasRole('MODERATOR', 'ADMIN') && <ModeratorPanel topic={x} />}
          {x.body !== null && (
            <CommentThread
              target={{
                type: 'FORUM_TOPIC',
                id: x.id,
                owner: client.cache.identify({ __typename: 'ForumTopic', id: x.id }) ?? `ForumTopic:${x.id}`,
              }}
              connection={x.comments}
              count={x.commentCount}
              open={x.commentsOpen}
              loadingMore={moreComments.loading}
              onLoadMore={() => void loadMoreComments(x.comments.pageInfo.endCursor)}
              onChanged={refreshCount}
            />
          )}
          {moreComments.error != null && <ErrorMessage error={moreComments.error} />}
        </div>
      )}
    </>
  );
}
