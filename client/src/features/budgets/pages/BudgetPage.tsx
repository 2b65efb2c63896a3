import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useAuth } from '@/app';
import { CommentThread } from '@/features/comments';
import { FollowControl } from '@/features/notifications';
import { useI18n } from '@/i18n';
import { Button, ButtonLink, Card, EmptyState, ErrorMessage, FormError, Notice, PageHeader, PlainText, Spinner, useFormErrors } from '@/ui';
import { BallotForm } from '../components/BallotForm';
import { useEuros } from '../components/money';
import { PhaseTimeline } from '../components/PhaseTimeline';
import { ProgressBar } from '../components/ProgressBar';
import { ResultsTable } from '../components/ResultsTable';
import { StatusTag } from '../components/StatusTag';
import { ADVANCE_BUDGET_PHASE, BUDGET, BUDGET_COMMENT_COUNT, BUDGET_COMMENTS, type BudgetDetailData } from '../graphql/budgets.graphql';

const AFTER_RESULTS = ['RESULTS', 'WORKS', 'CLOSED'];
const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 1 };

/**
 * An edition: its phases, rules and envelopes with their projects; during voting, the viewer's
 * ballot in the envelopes they may vote in; from the results, the results tables, participation
 * and the progress of the works; for the council, closing the current phase.
 */
export function BudgetPage() {
  const { t, formatNumber } = useI18n();
  const euros = useEuros();
  const { id = '' } = useParams();
  const { viewer, hasRole } = useAuth();
  const { data, loading, error, refetch } = useQuery(BUDGET, { variables: { id } });
  const b = data?.budget;
  const resultsOut = !!b && AFTER_RESULTS.includes(b.phase);
  return (
    <>
      <PageHeader title={b?.title ?? t('budgets.edition.title')} lead={b ? t(`budgets.phase.${b.phase}`) : undefined} />
      {loading && !data && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && !b && (
        <EmptyState title={t('budgets.edition.notFound')} action={<Link to="/budgets">{t('budgets.edition.backToList')}</Link>} />
      )}
      {b && (
        <div className="p-stack">
          {b.description && <PlainText text={b.description} />}
          <p>
            {t('budgets.list.total', { amount: euros(b.totalAmount) })} ·{' '}
            {t('budgets.edition.voters', { count: b.voterCount, formatted: formatNumber(b.voterCount) })}
          </p>
          {b.phase === 'SUBMISSION' && (
            <p>
              <ButtonLink to={`/budgets/${b.id}/submit`}>{t('budgets.edition.submit')}</ButtonLink>
            </p>
          )}
          <Card title={t('budgets.edition.phasesTitle')} id="phases">
            <PhaseTimeline budget={b} />
          </Card>
          <Card title={t('budgets.edition.rulesTitle')} id="rules">
            <p>
              {b.votingStyle === 'KNAPSACK'
                ? t('budgets.edition.styleKNAPSACK')
                : t('budgets.edition.styleAPPROVAL', { max: b.maxChoices ?? 0 })}
              {b.minProjects ? ` ${t('budgets.edition.minimum', { min: b.minProjects })}` : ''}
            </p>
            <p>{t('budgets.edition.selectionRule')}</p>
            {b.rules && <PlainText text={b.rules} />}
          </Card>
          {b.phase === 'VOTING' && <BallotSection budget={b} district={viewer?.district ?? null} signedIn={!!viewer} />}
          {resultsOut && <ResultsSection budget={b} />}
          <Card title={t('budgets.edition.envelopesTitle')} id="envelopes">
            {b.envelopes.map((e) => (
              <section key={e.id} className="p-section" aria-labelledby={`envelope-${e.id}`}>
                <h3 id={`envelope-${e.id}`}>{e.name}</h3>
                <p className="p-muted">
                  {e.district ? t('budgets.edition.districtOf', { district: e.district }) : t('budgets.edition.cityWide')} ·{' '}
                  {t('budgets.edition.amount', { amount: euros(e.amount) })} ·{' '}
                  {t('budgets.edition.projects', { count: e.projects.totalCount })}
                </p>
                {e.projects.edges.length === 0 ? (
                  <p className="p-muted">{t('budgets.edition.noProjects')}</p>
                ) : (
                  <ul className="bu-projects">
                    {e.projects.edges.map(({ node: p }) => (
                      <li key={p.id}>
                        <Link to={`/budgets/projects/${p.id}`}>{p.title ?? t('budgets.project.hiddenTitle')}</Link>
                        <StatusTag status={p.status} />
                        <span className="p-muted">{euros(p.cost ?? p.estimatedCost)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </Card>
          {hasRole('COUNCIL', 'ADMIN') && b.phase !== 'CLOSED' && <CouncilPanel budget={b} />}
          <Card title={t('budgets.edition.followTitle')} id="follow-budget">
            <p className="p-muted">{t('budgets.edition.followLead')}</p>
            <FollowControl
              target={{ type: 'BUDGET', typename: 'Budget', id: b.id }}
              followerCount={b.followerCount}
              viewerIsFollowing={b.viewerIsFollowing}
              messages="budgets.editionFollow"
            />
          </Card>
          <EditionComments budget={b} />
        </div>
      )}
    </>
  );
}

function BallotSection({ budget, district, signedIn }: { budget: BudgetDetailData; district: string | null; signedIn: boolean }) {
  const { t } = useI18n();
  const eligible = budget.envelopes.filter((e) => e.district === null || e.district === district);
  return (
    <Card title={t('budgets.ballot.title')} id="ballot">
      <p>{t('budgets.ballot.lead')}</p>
      {!signedIn ? (
        <p>
          <ButtonLink to={`/sign-in?next=${encodeURIComponent(`/budgets/${budget.id}`)}`} variant="secondary">
            {t('budgets.ballot.signIn')}
          </ButtonLink>
        </p>
      ) : (
        eligible.map((e) => <BallotForm key={e.id} budget={budget} envelope={e} />)
      )}
    </Card>
  );
}

function ResultsSection({ budget }: { budget: BudgetDetailData }) {
  const { t, formatNumber } = useI18n();
  return (
    <>
      <Card title={t('budgets.results.title')} id="results">
        <p>{t('budgets.edition.selectionRule')}</p>
        {budget.envelopes.map((e) => (
          <ResultsTable key={e.id} envelope={e} />
        ))}
        <h3 className="bu-open-data-title">{t('budgets.results.openDataTitle')}</h3>
        <p>{t('budgets.results.openDataLead')}</p>
        <ul className="bu-open-data">
          <li>
            <a href="/open-data/budget-results.csv" download>
              {t('budgets.results.openDataCsv')}
            </a>
          </li>
          <li>
            <a href="/open-data/budget-results.json">{t('budgets.results.openDataJson')}</a>
          </li>
          <li>
            <a href="/open-data/schemas/budget-results.json">{t('budgets.results.openDataSchema')}</a>
          </li>
        </ul>
      </Card>
      {budget.progress !== null && budget.progress !== undefined && (
        <Card title={t('budgets.edition.progressTitle')} id="progress">
          <ProgressBar
            value={budget.progress}
            label={t('budgets.edition.progressLabel')}
            text={t('budgets.edition.progress', { value: formatNumber(budget.progress) })}
          />
        </Card>
      )}
      {budget.participation && budget.participation.length > 0 && (
        <Card title={t('budgets.edition.participationTitle')} id="participation">
          {/* Wider than a phone: a region the keyboard can reach and scroll. */}
          <div className="bu-table-wrap" role="region" tabIndex={0} aria-labelledby="participation-caption">
            <table className="bu-table">
              <caption id="participation-caption">{t('budgets.edition.participationCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('budgets.edition.district')}</th>
                  <th scope="col">{t('budgets.edition.voters')}</th>
                  <th scope="col">{t('budgets.edition.residents')}</th>
                  <th scope="col">{t('budgets.edition.share')}</th>
                </tr>
              </thead>
              <tbody>
                {budget.participation.map((p) => (
                  <tr key={p.district ?? ''}>
                    <th scope="row">{p.district ?? t('budgets.edition.noDistrict')}</th>
                    <td>{formatNumber(p.voters)}</td>
                    <td>{formatNumber(p.residents)}</td>
                    <td>{p.share == null ? '—' : formatNumber(p.share, PERCENT)}</td>
                  </tr>
                ))}
              </tbody>
              {budget.turnout && (
                <tfoot>
                  <tr>
                    <th scope="row">{t('budgets.edition.allDistricts')}</th>
                    <td>{formatNumber(budget.turnout.voters)}</td>
                    <td>{formatNumber(budget.turnout.residents)}</td>
                    <td>{budget.turnout.share == null ? '—' : formatNumber(budget.turnout.share, PERCENT)}</td>
                  </tr>
                </tfoot>
              )}
            </table>
          </div>
        </Card>
      )}
    </>
  );
}

function CouncilPanel({ budget }: { budget: BudgetDetailData }) {
  const { t } = useI18n();
  const form = useFormErrors();
  const [advance, { loading }] = useMutation(ADVANCE_BUDGET_PHASE);
  const [opened, setOpened] = useState<string | null>(null);
  async function onAdvance() {
    setOpened(null);
    const result = await form.run(() => advance({ variables: { id: budget.id } }));
    if (result?.data) setOpened(result.data.advanceBudgetPhase.phase);
  }
  return (
    <Card title={t('budgets.edition.council')} id="council">
      <FormError form={form} />
      <p>
        <Link to={`/budgets/${budget.id}/edit`}>{t('budgets.edit.link')}</Link>
      </p>
      <p className="p-muted">{t('budgets.edition.advanceHint')}</p>
      <Button variant="secondary" loading={loading} onClick={() => void onAdvance()}>
        {t('budgets.edition.advance', { phase: t(`budgets.phase.${budget.phase}`) })}
      </Button>
      {opened && (
        <Notice tone="success" live focus>
          {t('budgets.edition.advanced', { phase: t(`budgets.phase.${opened}`) })}
        </Notice>
      )}
    </Card>
  );
}

function EditionComments({ budget }: { budget: BudgetDetailData }) {
  const client = useApolloClient();
  const [more, setMore] = useState<{ loading: boolean; error: unknown }>({ loading: false, error: null });
  async function loadMore(after: string | null) {
    setMore({ loading: true, error: null });
    try {
      await client.query({ query: BUDGET_COMMENTS, variables: { id: budget.id, after }, fetchPolicy: 'network-only' });
      setMore({ loading: false, error: null });
    } catch (e) {
      setMore({ loading: false, error: e });
    }
  }
  return (
    <>
      <CommentThread
        target={{
          type: 'BUDGET',
          id: budget.id,
          owner: client.cache.identify({ __typename: 'Budget', id: budget.id }) ?? `Budget:${budget.id}`,
        }}
        connection={budget.comments}
        count={budget.commentCount}
        open
        loadingMore={more.loading}
        onLoadMore={() => void loadMore(budget.comments.pageInfo.endCursor)}
        onChanged={() =>
          void client
            .query({ query: BUDGET_COMMENT_COUNT, variables: { id: budget.id }, fetchPolicy: 'network-only' })
            .catch(() => undefined)
        }
      />
      {more.error != null && <ErrorMessage error={more.error} />}
    </>
  );
}
