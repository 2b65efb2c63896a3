import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ConnectionLoadMore } from '@/app';
import { useI18n } from '@/i18n';
import { Checkbox, ErrorMessage, PageHeader, Spinner } from '@/ui';
import { ModerationNav } from '../components/ModerationNav';
import { StatusRegion } from '../components/StatusRegion';
import { SuspensionItem } from '../components/SuspensionItem';
import { SUSPENSIONS, SUSPENSIONS_PAGE } from '../graphql/moderation.graphql';
import { nextStatus, usePendingFocus, type StatusLine } from '../hooks/usePendingFocus';
import { nextFocus } from '../lib';

const LIST_TITLE = 'suspensions-list-title';
const headingIdOf = (id: string) => `suspension-${id}`;

/**
 * `/moderation/suspensions`: the suspensions in force, newest first (or all of them, `?ended=1`),
 * each with « Lever la suspension ». A lifted one leaves the list of those in force and focus goes
 * to the next one's heading (or the list's heading), with the result in a status line.
 */
export function SuspensionsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const includeEnded = params.get('ended') === '1';
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(SUSPENSIONS, {
    variables: { first: SUSPENSIONS_PAGE, after: null, includeEnded },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [status, setStatus] = useState<StatusLine | null>(null);
  const focusLater = usePendingFocus();
  const list = data?.suspensions;
  const ids = list?.edges.map((e) => e.node.id) ?? [];

  return (
    <>
      <PageHeader title={t('moderation.suspensions.title')} lead={t('moderation.suspensions.lead')} />
      <ModerationNav />
      <Checkbox
        name="ended"
        label={t('moderation.suspensions.showEnded')}
        checked={includeEnded}
        onChange={(e) => {
          const next = new URLSearchParams(params);
          if (e.currentTarget.checked) next.set('ended', '1');
          else next.delete('ended');
          setParams(next, { replace: true });
        }}
      />
      <StatusRegion status={status} />
      {loading && !data && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {list && (
        <section aria-labelledby={LIST_TITLE}>
          <h2 id={LIST_TITLE} tabIndex={-1}>
            {includeEnded
              ? t('moderation.suspensions.all', { count: list.totalCount })
              : t('moderation.suspensions.current', { count: list.totalCount })}
          </h2>
          {list.edges.length === 0 ? (
            <p>{includeEnded ? t('moderation.suspensions.emptyAll') : t('moderation.suspensions.empty')}</p>
          ) : (
            <ol className="md-items">
              {list.edges.map(({ node }) => (
                <li key={node.id}>
                  <SuspensionItem
                    suspension={node}
                    level={3}
                    headingId={headingIdOf(node.id)}
                    onLifted={(lifted) => {
                      const message = t('moderation.suspensions.lifted', { name: lifted.user.displayName });
                      setStatus(nextStatus(message));
                      if (includeEnded) {
                        focusLater(headingIdOf(lifted.id));
                        return;
                      }
                      const next = nextFocus(ids, lifted.id);
                      focusLater(next ? headingIdOf(next) : LIST_TITLE);
                    }}
                  />
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
