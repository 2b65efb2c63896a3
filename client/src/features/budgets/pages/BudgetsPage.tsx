import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { ConnectionLoadMore, useAuth } from '@/app';
import { useI18n } from '@/i18n';
import { ButtonLink, EmptyState, ErrorMessage, PageHeader, Spinner } from '@/ui';
import { useEuros } from '../components/money';
import { BUDGETS, BUDGETS_PAGE } from '../graphql/budgets.graphql';

/** The editions, newest first, each with its current phase, amount and voters. */
export function BudgetsPage() {
  const { t, formatNumber } = useI18n();
  const euros = useEuros();
  const { hasRole } = useAuth();
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(BUDGETS, {
    variables: { first: BUDGETS_PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const list = data?.budgets;
  return (
    <>
      <PageHeader
        title={t('budgets.list.title')}
        lead={t('budgets.list.lead')}
        actions={hasRole('COUNCIL') ? <ButtonLink to="/budgets/new">{t('budgets.create.newEdition')}</ButtonLink> : undefined}
      />
      {loading && !data && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {list && list.edges.length === 0 && <EmptyState title={t('budgets.list.empty')} />}
      {list && list.edges.length > 0 && (
        <ul className="p-list">
          {list.edges.map(({ node: b }) => (
            <li key={b.id}>
              <div className="p-list__main">
                <h2>
                  <Link to={`/budgets/${b.id}`}>{b.title}</Link>
                </h2>
                <p className="p-muted">
                  {t('budgets.list.phaseNow', { phase: t(`budgets.phase.${b.phase}`) })} ·{' '}
                  {t('budgets.list.total', { amount: euros(b.totalAmount) })} ·{' '}
                  {t('budgets.list.voters', { count: b.voterCount, formatted: formatNumber(b.voterCount) })}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
      {list && <ConnectionLoadMore connection={list} networkStatus={networkStatus} fetchMore={fetchMore} />}
    </>
  );
}
