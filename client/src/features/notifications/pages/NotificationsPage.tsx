import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ConnectionLoadMore } from '@/app';
import { useI18n } from '@/i18n';
import { Badge, Button, Checkbox, Cluster, EmptyState, ErrorMessage, FormError, Notice, PageHeader, Spinner, useFormErrors } from '@/ui';
import { MARK_READ, NOTIFICATIONS, UNREAD_COUNT } from '../graphql/notifications.graphql';
import { notificationView } from '../notification-view';

const PAGE = 20;

/** `/notifications`: what happened to what the user follows, newest first; read state in words. */
export function NotificationsPage() {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('unread') === '1';
  // The box follows the click at once; the URL (and so the list) follows in a router transition,
  // which may render later under load: without this the controlled box would spring back meanwhile.
  const [unreadChecked, setUnreadChecked] = useState(unreadOnly);
  useEffect(() => setUnreadChecked(unreadOnly), [unreadOnly]);
  const form = useFormErrors();
  const [done, setDone] = useState<number | null>(null);
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(NOTIFICATIONS, {
    variables: { first: PAGE, unreadOnly },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const count = useQuery(UNREAD_COUNT, { fetchPolicy: 'cache-and-network' });
  const [markRead, marking] = useMutation(MARK_READ, {
    // Marks the read ones in the cache and lowers the unread count by what the server changed.
    update: (cache, { data: result }, { variables }) => {
      const changed = result?.markNotificationsRead ?? 0;
      const ids = variables?.ids ?? data?.notifications.edges.map((e) => e.node.id) ?? [];
      for (const id of ids) cache.modify({ id: cache.identify({ __typename: 'Notification', id }), fields: { read: () => true } });
      cache.modify({ fields: { unreadNotificationCount: (n: number) => (variables?.ids ? Math.max(0, n - changed) : 0) } });
    },
  });

  const unread = count.data?.unreadNotificationCount ?? 0;
  const list = data?.notifications;

  async function mark(ids: string[] | null) {
    setDone(null);
    const result = await form.run(() => markRead({ variables: { ids } }));
    if (result?.data && !ids) setDone(result.data.markNotificationsRead);
  }

  return (
    <>
      <PageHeader
        title={unread > 0 ? t('notifications.titleUnread', { count: unread }) : t('notifications.title')}
        lead={t('notifications.lead')}
      />
      <FormError form={form} />
      <div role="status">
        {done !== null && (
          <Notice tone="success">
            <p>{t('notifications.allMarked', { count: done })}</p>
          </Notice>
        )}
      </div>
      <Cluster>
        <Checkbox
          label={t('notifications.unreadOnly')}
          name="unreadOnly"
          checked={unreadChecked}
          onChange={(e) => {
            setUnreadChecked(e.target.checked);
            setParams(e.target.checked ? { unread: '1' } : {});
          }}
        />
        <Button variant="secondary" size="small" disabled={unread === 0} loading={marking.loading} onClick={() => void mark(null)}>
          {t('notifications.markAllRead')}
        </Button>
      </Cluster>
      {!list && networkStatus === NetworkStatus.loading && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {list && list.edges.length === 0 && <EmptyState title={unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')} />}
      {list && list.edges.length > 0 && (
        <ul className="p-list" aria-label={t('notifications.listLabel')}>
          {list.edges.map(({ node }) => {
            const { text, message, link: target } = notificationView(node, i18n);
            const when = formatDateTime(node.createdAt);
            return (
              <li key={node.id}>
                <div className="p-list__main">
                  <p>
                    {node.read ? <Badge>{t('notifications.read')}</Badge> : <Badge tone="info">{t('notifications.unread')}</Badge>}{' '}
                    {node.read ? text : <strong>{text}</strong>}
                  </p>
                  {message && <p style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{message}</p>}
                  <p className="p-muted">
                    <time dateTime={node.createdAt}>{when}</time>
                  </p>
                  {target && (
                    <p>
                      <Link
                        to={target.to}
                        onClick={() => void (!node.read && markRead({ variables: { ids: [node.id] } }).catch(() => undefined))}
                      >
                        {target.label}
                      </Link>
                    </p>
                  )}
                </div>
                {!node.read && (
                  <Button
                    variant="ghost"
                    size="small"
                    aria-label={t('notifications.markReadLabel', { date: when })}
                    onClick={() => void mark([node.id])}
                  >
                    {t('notifications.markRead')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {list && <ConnectionLoadMore connection={list} networkStatus={networkStatus} fetchMore={fetchMore} />}
    </>
  );
}
