import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { Button, Card, ErrorMessage, Spinner } from '@/ui';
import { SUSPENSIONS } from '../graphql/moderation.graphql';
import { nextStatus, usePendingFocus, type StatusLine } from '../hooks/usePendingFocus';
import { StatusRegion } from './StatusRegion';
import { SuspendForm } from './SuspendForm';
import { SuspensionItem } from './SuspensionItem';

const TITLE = 'user-suspension-title';

/**
 * A person's suspension on their page (admins): the one in force with « Lever la suspension », or
 * « Suspendre » with its form; the past ones below; a link to what the log holds about them. After
 * each decision, the result in a status line and focus on the card's heading.
 */
export function UserSuspensionCard({ user }: { user: { id: string; displayName: string } }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(SUSPENSIONS, {
    variables: { first: 10, after: null, userId: user.id, includeEnded: true },
    fetchPolicy: 'cache-and-network',
  });
  const [suspending, setSuspending] = useState(false);
  const [status, setStatus] = useState<StatusLine | null>(null);
  const focusLater = usePendingFocus();
  const all = data?.suspensions.edges.map((e) => e.node) ?? [];
  const current = all.find((s) => s.active) ?? null;
  const past = all.filter((s) => !s.active);

  return (
    <Card title={t('moderation.suspensions.userCardTitle')} id="user-suspension">
      <StatusRegion status={status} />
      {loading && !data && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && (
        <>
          <h3 id={TITLE} tabIndex={-1} className="md-item__heading">
            {current ? t('moderation.suspensions.suspendedUntil', { until: current.until }) : t('moderation.suspensions.notSuspended')}
          </h3>
          {current && (
            <SuspensionItem
              suspension={current}
              headingId="user-suspension-current"
              level={4}
              showName={false}
              onLifted={(lifted) => {
                setStatus(nextStatus(t('moderation.suspensions.lifted', { name: lifted.user.displayName })));
                void refetch().finally(() => focusLater(TITLE));
              }}
            />
          )}
          {!suspending && (
            <Button
              id="user-suspend-button"
              variant={current ? 'secondary' : 'danger'}
              size="small"
              onClick={() => {
                setSuspending(true);
                window.setTimeout(() => document.getElementById('user-suspend-first')?.focus(), 0);
              }}
            >
              {t('moderation.suspend.submitFor', { name: user.displayName })}
            </Button>
          )}
          {suspending && (
            <SuspendForm
              domId="user-suspend"
              user={user}
              onCancel={() => {
                setSuspending(false);
                window.setTimeout(() => document.getElementById('user-suspend-button')?.focus(), 0);
              }}
              onDone={(s) => {
                setSuspending(false);
                setStatus(nextStatus(t('moderation.suspend.done', { name: s.user.displayName, until: s.until })));
                focusLater(TITLE);
              }}
            />
          )}
          <h3>{t('moderation.suspensions.history')}</h3>
          {past.length === 0 ? (
            <p className="p-muted">{t('moderation.suspensions.noHistory')}</p>
          ) : (
            <ol className="md-items">
              {past.map((s) => (
                <li key={s.id}>
                  <SuspensionItem
                    suspension={s}
                    headingId={`user-suspension-${s.id}`}
                    level={4}
                    showName={false}
                    onLifted={() => undefined}
                  />
                </li>
              ))}
            </ol>
          )}
          <p>
            <Link to={`/moderation/log?user=${encodeURIComponent(user.id)}`}>
              {t('moderation.suspensions.userLog', { name: user.displayName })}
            </Link>
          </p>
        </>
      )}
    </Card>
  );
}
