import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ConnectionLoadMore } from '@/app';
import { useI18n } from '@/i18n';
import { Button, ErrorMessage, Spinner } from '@/ui';
import { ARCHIVED_FORUMS } from '../graphql/forums.graphql';
import { useRestoreForum } from '../hooks/useForumMutations';

/** The council's archive: forums taken out of the list, each of which can be restored (it comes back last). */
export function ArchivedForums({ onRestored }: { onRestored: (title: string) => void }) {
  const { t, formatDate } = useI18n();
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(ARCHIVED_FORUMS, { notifyOnNetworkStatusChange: true });
  const [restore] = useRestoreForum();
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const list = data?.archivedForums;

  async function onRestore(id: string, title: string) {
    setActionError(null);
    setBusy(id);
    try {
      await restore({ variables: { id } });
      onRestored(title);
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="p-section p-stack" aria-labelledby="archived-forums">
      <h2 id="archived-forums">{t('forums.council.archivedTitle')}</h2>
      <p className="p-muted">{t('forums.council.archivedLead')}</p>
      {!list && networkStatus !== NetworkStatus.error && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {actionError != null && <ErrorMessage error={actionError} />}
      {list && list.edges.length === 0 && <p className="p-muted">{t('forums.council.archivedEmpty')}</p>}
      {list && list.edges.length > 0 && (
        <ul className="p-list">
          {list.edges.map(({ node: f }) => (
            <li key={f.id} className="fo-archived">
              <div className="p-list__main">
                <strong>{f.title}</strong>
                {f.archivedAt && <span className="p-muted"> · {t('forums.council.archivedOn', { date: formatDate(f.archivedAt) })}</span>}
              </div>
              <Button
                variant="secondary"
                size="small"
                loading={busy === f.id}
                aria-label={t('forums.council.restoreNamed', { title: f.title })}
                onClick={() => void onRestore(f.id, f.title)}
              >
                {t('forums.council.restore')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {list && <ConnectionLoadMore connection={list} networkStatus={networkStatus} fetchMore={fetchMore} />}
    </section>
  );
}
