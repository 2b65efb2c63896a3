import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useI18n } from '@/i18n';
import { Badge, Button, Card, ErrorMessage, FormError, Notice, Spinner, useFormErrors } from '@/ui';
import { MY_SESSIONS, REVOKE_OTHER_SESSIONS, REVOKE_SESSION, type Session } from '../graphql/identity.graphql';
import { describeUserAgent } from './device';

export function SessionsCard() {
  const { t, formatDateTime } = useI18n();
  const { data, loading, error, refetch } = useQuery(MY_SESSIONS, { fetchPolicy: 'cache-and-network' });
  const actions = useFormErrors();
  const [notice, setNotice] = useState<string | null>(null);

  // Cache updates instead of a refetch: the server answered which sessions are gone.
  const [revokeSession, revoking] = useMutation(REVOKE_SESSION);
  const [revokeOthers, revokingOthers] = useMutation(REVOKE_OTHER_SESSIONS);

  const keep = (predicate: (s: Session) => boolean) => (cache: ApolloCache) =>
    cache.updateQuery({ query: MY_SESSIONS }, (prev) => (prev ? { mySessions: prev.mySessions.filter(predicate) } : prev));

  async function onRevoke(session: Session) {
    setNotice(null);
    const done = await actions.run(() => revokeSession({ variables: { id: session.id }, update: keep((s) => s.id !== session.id) }));
    if (done) setNotice(t('identity.sessions.revoked'));
  }

  async function onRevokeOthers() {
    setNotice(null);
    const done = await actions.run(() => revokeOthers({ update: keep((s) => s.current) }));
    if (done?.data) setNotice(t('identity.sessions.othersRevoked', { count: done.data.revokeOtherSessions }));
  }

  const sessions = data?.mySessions ?? [];
  return (
    <Card title={t('identity.sessions.title')} id="sessions">
      <p>{t('identity.sessions.lead')}</p>
      {notice && (
        <Notice tone="success" live>
          <p>{notice}</p>
        </Notice>
      )}
      <FormError form={actions} />
      {loading && !data && <Spinner />}
      {error && !data && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {sessions.length > 0 && (
        <ul className="p-list" aria-label={t('identity.sessions.title')}>
          {sessions.map((s) => {
            const device = describeUserAgent(s.userAgent) ?? t('identity.sessions.unknownDevice');
            return (
              <li key={s.id}>
                <div className="p-list__main">
                  <strong>{device}</strong> {s.current && <Badge tone="success">{t('identity.sessions.current')}</Badge>}
                  <br />
                  <span className="p-muted">
                    {t('identity.sessions.lastUsed', { date: formatDateTime(s.lastUsedAt) })} ·{' '}
                    {t('identity.sessions.started', { date: formatDateTime(s.createdAt) })}
                  </span>
                </div>
                {!s.current && (
                  <Button
                    variant="secondary"
                    size="small"
                    aria-label={t('identity.sessions.revokeLabel', { device })}
                    disabled={revoking.loading}
                    onClick={() => void onRevoke(s)}
                  >
                    {t('identity.sessions.revoke')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {sessions.some((s) => !s.current) && (
        <Button variant="danger" loading={revokingOthers.loading} onClick={() => void onRevokeOthers()}>
          {t('identity.sessions.revokeOthers')}
        </Button>
      )}
    </Card>
  );
}
