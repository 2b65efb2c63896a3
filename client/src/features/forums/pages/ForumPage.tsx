import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { FollowControl } from '@/features/notifications';
import { useT } from '@/i18n';
import { Button, ButtonLink, Card, EmptyState, ErrorMessage, LoadMore, Notice, PageHeader, PlainText, Select, Spinner } from '@/ui';
import { TopicCard, topicLinkId } from '../components/TopicCard';
import { FORUM, TOPIC_ORDERS, TOPICS_PAGE, type ForumTopicOrder } from '../graphql/forums.graphql';

function orderFrom(params: URLSearchParams): ForumTopicOrder {
  const order = params.get('order');
  return TOPIC_ORDERS.includes(order as ForumTopicOrder) ? (order as ForumTopicOrder) : 'LAST_ACTIVITY';
}

/**
 * A forum: what it is for, following it, opening a topic, and its topics (pinned first, then in
 * the chosen order, kept in the URL), a page at a time. After "load more", focus goes to the
 * first topic that came.
 */
export function ForumPage() {
  const t = useT();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const orderBy = orderFrom(params);
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(FORUM, {
    variables: { id, first: TOPICS_PAGE, orderBy },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [focusTopic, setFocusTopic] = useState<string | null>(null);
  const forum = data?.forum;
  const topics = forum?.topics;

  useEffect(() => {
    if (!focusTopic) return;
    document.getElementById(topicLinkId(focusTopic))?.focus();
    setFocusTopic(null);
  }, [focusTopic, topics]);

  async function loadMore() {
    if (!topics) return;
    const shown = topics.edges.length;
    const result = await fetchMore({ variables: { after: topics.pageInfo.endCursor } });
    const next = result.data?.forum?.topics.edges[0]?.node.id;
    if (next && shown > 0) setFocusTopic(next);
  }

  function onSort(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const order = String(new FormData(event.currentTarget).get('order') ?? '');
    const next = new URLSearchParams(params);
    if (order && order !== 'LAST_ACTIVITY') next.set('order', order);
    else next.delete('order');
    setParams(next, { replace: true });
  }

  return (
    <>
      <PageHeader
        title={forum?.title ?? t('forums.forum.title')}
        actions={forum && !forum.archived && <ButtonLink to={`/forums/${forum.id}/new-topic`}>{t('forums.forum.newTopic')}</ButtonLink>}
      />
      <p>
        <Link to="/forums">{t('forums.forum.allForums')}</Link>
      </p>
      {!data && networkStatus !== NetworkStatus.error && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && !forum && (
        <EmptyState title={t('forums.forum.notFound')} action={<Link to="/forums">{t('forums.forum.backToList')}</Link>}>
          <p>{t('forums.forum.notFoundBody')}</p>
        </EmptyState>
      )}
      {forum && (
        <div className="p-stack">
          {forum.archived && <Notice tone="warning">{t('forums.forum.archived')}</Notice>}
          {forum.description && (
            <div className="fo-description">
              <PlainText text={forum.description} />
            </div>
          )}
          <Card title={t('forums.forum.followTitle')} id="follow-forum">
            <p className="p-muted">{t('forums.forum.followLead')}</p>
            <FollowControl
              target={{ type: 'FORUM', typename: 'Forum', id: forum.id }}
              followerCount={forum.followerCount}
              viewerIsFollowing={forum.viewerIsFollowing}
              messages="forums.follow"
            />
          </Card>
          <section className="p-section p-stack" aria-labelledby="topics-heading">
            <h2 id="topics-heading">{topics ? t('forums.forum.results', { count: topics.totalCount }) : t('forums.forum.topicsTitle')}</h2>
            <form className="fo-sort" onSubmit={onSort} noValidate>
              <Select
                label={t('forums.forum.order')}
                name="order"
                noMarker
                placeholder={false}
                defaultValue={orderBy}
                key={orderBy}
                options={TOPIC_ORDERS.map((o) => ({ value: o, label: t(`forums.forum.orders.${o}`) }))}
              />
              <Button type="submit" variant="secondary">
                {t('forums.forum.orderApply')}
              </Button>
            </form>
            {topics && topics.edges.length === 0 && <EmptyState title={t('forums.forum.empty')} />}
            {topics && topics.edges.length > 0 && (
              <ol className="fo-topics">
                {topics.edges.map(({ node }) => (
                  <li key={node.id}>
                    <TopicCard topic={node} />
                  </li>
                ))}
              </ol>
            )}
            {topics && (
              <LoadMore
                hasNextPage={topics.pageInfo.hasNextPage}
                loading={networkStatus === NetworkStatus.fetchMore}
                shown={topics.edges.length}
                total={topics.totalCount}
                onLoadMore={() => void loadMore()}
              />
            )}
          </section>
        </div>
      )}
    </>
  );
}
