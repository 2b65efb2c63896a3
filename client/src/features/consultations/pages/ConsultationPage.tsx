import { useApolloClient, useQuery } from '@apollo/client/react';
import { lazy, Suspense, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useAuth } from '@/app';
import { CommentThread } from '@/features/comments';
import { FollowControl } from '@/features/notifications';
import { useI18n } from '@/i18n';
import { Card, EmptyState, ErrorMessage, Notice, PageHeader, PlainText, Spinner, StatusBadge } from '@/ui';
import { Conclusion } from '../components/Conclusion';
import { CouncilPanel } from '../components/CouncilPanel';
import { ResponseForm } from '../components/ResponseForm';
import { YourAnswers } from '../components/YourAnswers';
import { STATE_TONES } from '../components/state';
import { CONSULTATION, CONSULTATION_COMMENT_COUNT, CONSULTATION_COMMENTS } from '../graphql/consultations.graphql';

// The results bring the chart library: downloaded only when a page shows results.
const ResultsSection = lazy(() => import('../components/ResultsSection'));

export function ConsultationPage() {
  const { t, formatDateTime, formatNumber } = useI18n();
  const { id = '' } = useParams();
  const location = useLocation();
  const client = useApolloClient();
  const { hasRole } = useAuth();
  const { data, loading, error, refetch } = useQuery(CONSULTATION, { variables: { id } });
  const [thanked, setThanked] = useState(false);
  const [moreComments, setMoreComments] = useState<{ loading: boolean; error: unknown }>({ loading: false, error: null });
  const c = data?.consultation;

  async function loadMoreComments(after: string | null) {
    setMoreComments({ loading: true, error: null });
    try {
      await client.query({ query: CONSULTATION_COMMENTS, variables: { id, after }, fetchPolicy: 'network-only' });
      setMoreComments({ loading: false, error: null });
    } catch (e) {
      setMoreComments({ loading: false, error: e });
    }
  }

  // The server keeps the count (deleted comments leave it); ask it rather than counting here.
  const refreshCount = () =>
    void client.query({ query: CONSULTATION_COMMENT_COUNT, variables: { id }, fetchPolicy: 'network-only' }).catch(() => undefined);

  const kb = (size: number) => formatNumber(size / 1024, { maximumFractionDigits: 0 }) + ' kB';
  const reason = c?.viewerCanRespond.reason;

  return (
    <>
      <PageHeader title={c?.title ?? t('consultations.page.title')} />
      {loading && !data && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && !c && (
        <EmptyState title={t('consultations.notFound')} action={<Link to="/consultations">{t('consultations.backToList')}</Link>}>
          <p>{t('errors.CONSULTATION_NOT_FOUND')}</p>
        </EmptyState>
      )}
      {c && (
        <div className="p-stack">
          <p>
            <StatusBadge status={c.state} namespace="consultations.state" tones={STATE_TONES} />
          </p>
          <Card title={t('consultations.page.about')} id="about">
            <PlainText text={c.description} />
          </Card>
          <Card title={t('consultations.page.facts')} id="facts">
            <dl className="p-dl">
              <dt>{t('consultations.page.opensAt')}</dt>
              <dd>{formatDateTime(c.opensAt)}</dd>
              <dt>{t('consultations.page.closesAt')}</dt>
              <dd>{formatDateTime(c.closesAt)}</dd>
              <dt>{t('consultations.page.districts')}</dt>
              <dd>{c.districts.length ? c.districts.join(', ') : t('consultations.page.everyone')}</dd>
              <dt>{t('consultations.page.resultsVisibility')}</dt>
              <dd>{t(`consultations.visibility.${c.resultsVisibility}`)}</dd>
              <dt>{t('consultations.page.responses')}</dt>
              <dd>{formatNumber(c.responseCount)}</dd>
            </dl>
          </Card>
          {c.documents.length > 0 && (
            <Card title={t('consultations.page.documents')} id="documents">
              <ul>
                {c.documents.map((d) => (
                  <li key={d.id}>
                    <a href={d.url}>{t('consultations.page.documentLink', { title: d.title, size: kb(d.size) })}</a>
                  </li>
                ))}
              </ul>
            </Card>
          )}
          {!c.viewerResponse && (
            <Notice tone={c.viewerCanRespond.allowed ? 'success' : 'info'}>
              {c.viewerCanRespond.allowed || !reason ? t('consultations.eligibility.allowed') : t(`consultations.eligibility.${reason}`)}
              {reason === 'NOT_SIGNED_IN' && (
                <>
                  {' '}
                  <Link to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>{t('consultations.eligibility.signIn')}</Link>
                </>
              )}
            </Notice>
          )}
          {thanked && (
            <Notice tone="success" live focus>
              {t('consultations.form.thanks')}
            </Notice>
          )}
          {c.viewerCanRespond.allowed && (
            <Card title={t('consultations.form.title')} id="answer">
              <ResponseForm consultationId={c.id} questions={c.questions} onSubmitted={() => setThanked(true)} />
            </Card>
          )}
          {c.viewerResponse && <YourAnswers questions={c.questions} response={c.viewerResponse} />}
          {hasRole('COUNCIL', 'ADMIN') && <CouncilPanel consultation={c} />}
          {c.conclusion && <Conclusion conclusion={c.conclusion} />}
          {c.state !== 'UPCOMING' && (
            <Suspense fallback={<Spinner label={t('consultations.results.loading')} />}>
              <ResultsSection consultationId={c.id} questions={c.questions} />
            </Suspense>
          )}
          <Card title={t('consultations.page.followTitle')} id="follow">
            <p className="p-muted">{t('consultations.page.followLead')}</p>
            <FollowControl
              target={{ type: 'CONSULTATION', typename: 'Consultation', id: c.id }}
              followerCount={c.followerCount}
              viewerIsFollowing={c.viewerIsFollowing}
              messages="consultations.follow"
            />
          </Card>
          <CommentThread
            target={{
              type: 'CONSULTATION',
              id: c.id,
              owner: client.cache.identify({ __typename: 'Consultation', id: c.id }) ?? `Consultation:${c.id}`,
            }}
            connection={c.comments}
            count={c.commentCount}
            open
            loadingMore={moreComments.loading}
            onLoadMore={() => void loadMoreComments(c.comments.pageInfo.endCursor)}
            onChanged={refreshCount}
          />
          {moreComments.error != null && <ErrorMessage error={moreComments.error} />}
        </div>
      )}
    </>
  );
}
