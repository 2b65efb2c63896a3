import { useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ConnectionLoadMore, useAuth } from '@/app';
import { useI18n, type TFunction } from '@/i18n';
import { Button, EmptyState, ErrorMessage, PageHeader, Select, Spinner } from '@/ui';
import { typeLabel } from '../components/ItemCard';
import { ModerationNav } from '../components/ModerationNav';
import { LOG_ACTIONS, LOG_PAGE, MODERATION_LOG, type ModerationAction, type ModerationLogEntryData } from '../graphql/moderation.graphql';
import { logDetails } from '../lib';

/** An action in words; one this client does not know (added by a newer server) still reads. */
function actionLabel(t: TFunction, action: string): string {
  const key = `moderation.log.actions.${action}`;
  const label = t(key);
  return label === key ? t('moderation.log.otherAction', { action }) : label;
}

/**
 * `/moderation/log`: every moderation action, newest first: who, what, on what or whom, why,
 * when. Filtered by action (`?action=`) or by the person concerned (`?user=`, from the admin's user
 * page); « load more ».
 */
export function LogPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const action = (LOG_ACTIONS as readonly string[]).includes(params.get('action') ?? '')
    ? (params.get('action') as ModerationAction)
    : null;
  const userId = params.get('user');
  const filter = action || userId ? { ...(action ? { action } : {}), ...(userId ? { userId } : {}) } : null;
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(MODERATION_LOG, {
    variables: { first: LOG_PAGE, after: null, filter },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const log = data?.moderationLog;
  // The person the log is filtered on, named by their entries (moderators cannot look accounts up).
  const subjectName = userId ? log?.edges.find((e) => e.node.subject?.id === userId)?.node.subject?.displayName : undefined;

  function onFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = String(new FormData(event.currentTarget).get('action') ?? '');
    const next = new URLSearchParams(params);
    if (chosen) next.set('action', chosen);
    else next.delete('action');
    setParams(next);
  }

  return (
    <>
      <PageHeader title={t('moderation.log.title')} lead={t('moderation.log.lead')} />
      <ModerationNav />
      <form className="md-filter" onSubmit={onFilter} aria-label={t('moderation.log.filter')}>
        <Select
          label={t('moderation.log.action')}
          name="action"
          noMarker
          placeholder={t('moderation.log.allActions')}
          options={LOG_ACTIONS.map((a) => ({ value: a, label: actionLabel(t, a) }))}
          defaultValue={action ?? ''}
          key={action ?? ''}
        />
        <Button type="submit" variant="secondary">
          {t('moderation.log.apply')}
        </Button>
      </form>
      {userId && (
        <p>
          {subjectName ? t('moderation.log.forUser', { name: subjectName }) : t('moderation.log.forSomeone')}{' '}
          <Link to="/moderation/log">{t('moderation.log.everyone')}</Link>
        </p>
      )}
      {loading && !data && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {log && (
        <section aria-labelledby="log-list-title">
          <h2 id="log-list-title">{t('moderation.log.count', { count: log.totalCount })}</h2>
          {log.edges.length === 0 ? (
            <EmptyState title={t('moderation.log.empty')} />
          ) : (
            <ol className="md-items">
              {log.edges.map(({ node }) => (
                <li key={node.id}>
                  <LogEntry entry={node} />
                </li>
              ))}
            </ol>
          )}
          <ConnectionLoadMore connection={log} networkStatus={networkStatus} fetchMore={fetchMore} />
        </section>
      )}
    </>
  );
}

function LogEntry({ entry }: { entry: ModerationLogEntryData }) {
  const { t, formatDateTime } = useI18n();
  const { hasRole } = useAuth();
  const details = logDetails(entry.details);
  const headingId = `log-${entry.id}`;
  const facts = [
    details.flagsResolved !== null ? t('moderation.log.flagsResolved', { count: details.flagsResolved }) : null,
    details.flagsDismissed !== null ? t('moderation.log.flagsDismissed', { count: details.flagsDismissed }) : null,
    details.until ? t('moderation.log.until', { until: details.until }) : null,
    details.replaced ? t('moderation.log.replaced') : null,
  ].filter((f): f is string => f !== null);
  const person = (user: { id: string; displayName: string }) =>
    hasRole('ADMIN') ? <Link to={`/admin/users/${user.id}`}>{user.displayName}</Link> : user.displayName;

  return (
    <article className="p-card" aria-labelledby={headingId}>
      <h3 className="md-item__heading" id={headingId}>
        {t('moderation.log.entry', { action: actionLabel(t, entry.action), date: formatDateTime(entry.createdAt) })}
      </h3>
      <dl className="p-dl">
        <dt>{t('moderation.log.by')}</dt>
        <dd>{entry.actor ? person(entry.actor) : t('moderation.log.system')}</dd>
        {entry.subject && (
          <>
            <dt>{t('moderation.log.subject')}</dt>
            <dd>{person(entry.subject)}</dd>
          </>
        )}
        {entry.targetType && entry.targetId && (
          <>
            <dt>{t('moderation.log.target')}</dt>
            <dd>
              <Link to={`/moderation/items/${entry.targetType}/${encodeURIComponent(entry.targetId)}`}>
                {t('moderation.log.viewItem', { type: typeLabel(t, entry.targetType) })}
              </Link>
            </dd>
          </>
        )}
        {entry.reason && (
          <>
            <dt>{t('moderation.log.why')}</dt>
            <dd className="md-pre">{entry.reason}</dd>
          </>
        )}
        {entry.ground && (
          <>
            <dt>{t('moderation.log.ground')}</dt>
            <dd>{t(`moderation.reasons.${entry.ground}`)}</dd>
          </>
        )}
        {facts.length > 0 && (
          <>
            <dt>{t('moderation.log.facts')}</dt>
            <dd>
              <ul className="md-inline-list">
                {facts.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}
