import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useAuth } from '@/app';
import { CommentThread } from '@/features/comments';
import { FollowControl } from '@/features/notifications';
import { useI18n } from '@/i18n';
import { Card, EmptyState, ErrorMessage, Gallery, Notice, PageHeader, PlainText, Spinner } from '@/ui';
import { useEuros } from '../components/money';
import { ProgressBar } from '../components/ProgressBar';
import { MergeForm } from '../components/MergeForm';
import { ReviewForm } from '../components/ReviewForm';
import { StatusTag } from '../components/StatusTag';
import { WorksUpdateForm } from '../components/WorksUpdateForm';
import { BUDGET_PROJECT, BUDGET_PROJECT_COMMENT_COUNT, BUDGET_PROJECT_COMMENTS, MERGE_CANDIDATES } from '../graphql/budgets.graphql';

const WINNER = ['SELECTED', 'IN_PROGRESS', 'COMPLETED'];

/**
 * A project: its edition and envelope, status, costs, review note, place and photos; votes once the
 * results are out; for winners, the progress and the dated works updates; following and comments.
 * The council reviews it before voting and reports on its works after.
 */
export function ProjectPage() {
  const { t, formatDate, formatDateTime, formatNumber } = useI18n();
  const euros = useEuros();
  const { id = '' } = useParams();
  const client = useApolloClient();
  const { hasRole } = useAuth();
  const { data, loading, error, refetch } = useQuery(BUDGET_PROJECT, { variables: { id } });
  const [more, setMore] = useState<{ loading: boolean; error: unknown }>({ loading: false, error: null });
  const p = data?.budgetProject;
  const council = hasRole('COUNCIL', 'ADMIN');
  const beforeVoting = !!p && council && ['SUBMISSION', 'REVIEW'].includes(p.budget.phase);
  const reviewing = beforeVoting && p?.status !== 'MERGED';
  // Kept once merged here, so the confirmation stays and takes the focus.
  const [mergedHere, setMergedHere] = useState(false);
  const mergeable = useQuery(MERGE_CANDIDATES, { variables: { id: p?.budget.id ?? '' }, skip: !beforeVoting || !hasRole('COUNCIL') });
  const envelopeProjects = mergeable.data?.budget?.envelopes.find((e) => e.id === p?.envelope.id)?.projects;
  const candidates = (envelopeProjects?.edges ?? []).map((e) => e.node).filter((n) => n.id !== p?.id && n.status !== 'MERGED');

  async function loadMoreComments(after: string | null) {
    setMore({ loading: true, error: null });
    try {
      await client.query({ query: BUDGET_PROJECT_COMMENTS, variables: { id, after }, fetchPolicy: 'network-only' });
      setMore({ loading: false, error: null });
    } catch (e) {
      setMore({ loading: false, error: e });
    }
  }
  const refreshCount = () =>
    void client.query({ query: BUDGET_PROJECT_COMMENT_COUNT, variables: { id }, fetchPolicy: 'network-only' }).catch(() => undefined);

  return (
    <>
      <PageHeader title={p ? (p.title ?? t('budgets.project.hiddenTitle')) : t('budgets.project.title')} />
      {loading && !data && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && !p && (
        <EmptyState title={t('budgets.project.notFound')} action={<Link to="/budgets">{t('budgets.edition.backToList')}</Link>} />
      )}
      {p && (
        <div className="p-stack">
          <p>
            {t('budgets.project.inEdition')} <Link to={`/budgets/${p.budget.id}`}>{p.budget.title}</Link> ·{' '}
            {t('budgets.project.envelope', { name: p.envelope.name })}
          </p>
          <p>
            <StatusTag status={p.status} />
          </p>
          {p.hidden && (
            <Notice tone="warning">
              {p.title === null
                ? t('budgets.project.hiddenPublic')
                : t('budgets.project.hiddenVisibleToYou', { reason: p.hiddenReason ?? '' })}
            </Notice>
          )}
          {p.description !== null && (
            <Card title={t('budgets.project.about')} id="project">
              <p className="p-muted">{t('budgets.project.byOn', { name: p.author.displayName, date: formatDate(p.createdAt) })}</p>
              <PlainText text={p.description} />
              <ul>
                <li>{t('budgets.project.estimatedCost', { amount: euros(p.estimatedCost) })}</li>
                {p.cost !== null && <li>{t('budgets.project.cost', { amount: euros(p.cost) })}</li>}
                {p.actualCost !== null && <li>{t('budgets.project.actualCost', { amount: euros(p.actualCost) })}</li>}
                {p.voteCount !== null && <li>{t('budgets.project.votes', { count: p.voteCount })}</li>}
                {p.location?.address && <li>{t('budgets.project.place', { address: p.location.address })}</li>}
              </ul>
              {p.reviewNote && <p>{t('budgets.project.reviewNote', { note: p.reviewNote })}</p>}
              {p.mergedInto && (
                <p>
                  {t('budgets.project.mergedInto')} <Link to={`/budgets/projects/${p.mergedInto.id}`}>{p.mergedInto.title}</Link>
                </p>
              )}
              {p.proposal && (
                <p>
                  {t('budgets.project.fromProposal')} <Link to={`/proposals/${p.proposal.id}`}>{p.proposal.title}</Link>
                </p>
              )}
              <Gallery
                images={p.images}
                label={t('budgets.project.photos')}
                describe={(position, count) => t('budgets.project.photoAlt', { position, count, title: p.title ?? '' })}
              />
            </Card>
          )}
          {WINNER.includes(p.status) && (
            <Card title={t('budgets.project.updatesTitle')} id="works">
              <ProgressBar
                value={p.progress}
                label={t('budgets.project.progressLabel')}
                text={t('budgets.project.progress', { value: formatNumber(p.progress) })}
              />
              {p.updates.edges.length === 0 ? (
                <p className="p-muted">{t('budgets.project.noUpdates')}</p>
              ) : (
                <ul className="bu-updates">
                  {p.updates.edges.map(({ node: u }) => (
                    <li key={u.id}>
                      <h3>{t('budgets.project.updateOn', { date: formatDateTime(u.createdAt), progress: formatNumber(u.progress) })}</h3>
                      {u.body !== null && <PlainText text={u.body} />}
                      <Gallery
                        images={u.images}
                        label={t('budgets.project.photos')}
                        describe={(position, count) => t('budgets.project.updatePhotoAlt', { position, count })}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          )}
          {reviewing && <ReviewForm project={p} />}
          {(reviewing || mergedHere) && envelopeProjects && (
            <MergeForm
              project={p}
              candidates={candidates}
              more={envelopeProjects.pageInfo.hasNextPage}
              done={mergedHere}
              onMerged={() => setMergedHere(true)}
            />
          )}
          {council && WINNER.includes(p.status) && <WorksUpdateForm project={p} />}
          {!p.hidden && (
            <Card title={t('budgets.project.followTitle')} id="follow-project">
              <p className="p-muted">{t('budgets.project.followLead')}</p>
              <FollowControl
                target={{ type: 'BUDGET_PROJECT', typename: 'BudgetProject', id: p.id }}
                followerCount={p.followerCount}
                viewerIsFollowing={p.viewerIsFollowing}
                messages="budgets.follow"
              />
            </Card>
          )}
          {p.description !== null && (
            <CommentThread
              target={{
                type: 'BUDGET_PROJECT',
                id: p.id,
                owner: client.cache.identify({ __typename: 'BudgetProject', id: p.id }) ?? `BudgetProject:${p.id}`,
              }}
              connection={p.comments}
              count={p.commentCount}
              open={!p.hidden}
              loadingMore={more.loading}
              onLoadMore={() => void loadMoreComments(p.comments.pageInfo.endCursor)}
              onChanged={refreshCount}
            />
          )}
          {more.error != null && <ErrorMessage error={more.error} />}
        </div>
      )}
    </>
  );
}
