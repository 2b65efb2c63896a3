import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ConnectionLoadMore } from '@/app';
import { useI18n } from '@/i18n';
import { ErrorMessage, PageHeader, Spinner } from '@/ui';
import { ItemCard, type Decision } from '../components/ItemCard';
import { ModerationNav } from '../components/ModerationNav';
import { StatusRegion } from '../components/StatusRegion';
import { MODERATION_QUEUE, QUEUE_PAGE } from '../graphql/moderation.graphql';
import { nextStatus, usePendingFocus, type StatusLine } from '../hooks/usePendingFocus';
import { nextFocus } from '../lib';

const LIST_TITLE = 'queue-list-title';
export const headingIdOf = (itemId: string) => `item-${itemId.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/**
 * `/moderation`: the queue, oldest first flag first. Each decision is taken in the item's card;
 * an item hidden or dismissed leaves the list and focus goes to the heading of the item now in its
 * place (or the list's heading once it is empty), with the result said in a polite status line.
 * A suspension keeps the item (its content still needs a decision): focus goes back to its heading.
 */
export function QueuePage() {
  const { t } = useI18n();
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(MODERATION_QUEUE, {
    variables: { first: QUEUE_PAGE, after: null },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [status, setStatus] = useState<StatusLine | null>(null);
  const focusLater = usePendingFocus();
  const list = data?.moderationQueue;
  const ids = list?.edges.map((e) => e.node.id) ?? [];

  function onDecided(itemId: string, decision: Decision, message: string) {
    if (decision === 'hidden' || decision === 'dismissed') {
      const next = nextFocus(ids, itemId);
      setStatus(nextStatus(next ? `${message} ${t('moderation.actions.nextItem')}` : message));
      focusLater(next ? headingIdOf(next) : LIST_TITLE);
    } else {
      setStatus(nextStatus(message));
      focusLater(headingIdOf(itemId));
    }
  }

  return (
    <>
      <PageHeader title={t('moderation.queue.title')} lead={t('moderation.queue.lead')} />
      <ModerationNav />
      <StatusRegion status={status} />
      {loading && !data && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {list && (
        <section aria-labelledby={LIST_TITLE}>
          <h2 id={LIST_TITLE} tabIndex={-1}>
            {t('moderation.queue.listTitle', { count: list.totalCount })}
          </h2>
          {list.edges.length === 0 ? (
            <p>{t('moderation.queue.empty')}</p>
          ) : (
            <ol className="md-items">
              {list.edges.map(({ node }) => (
                <li key={node.id}>
                  <ItemCard item={node} level={3} headingId={headingIdOf(node.id)} onDecided={(d, m) => onDecided(node.id, d, m)} />
                </li>
              ))}
            </ol>
          )}
          <ConnectionLoadMore connection={list} networkStatus={networkStatus} fetchMore={fetchMore} />
        </section>
      )}
    </>
  );
}
