import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { BarChart, Button, Card, ErrorMessage, PageHeader, Spinner } from '@/ui';
import { useStatsFormat } from '../components/format';
import { RequestTotals } from '../components/RequestTotals';
import { PeriodForm, PeriodScope, usePeriodFilters } from '../components/PeriodForm';
import { BILAN_STATS } from '../graphql/dashboard.graphql';
import { fillMonths, monthDate, periodVariables } from '../lib';
import '../dashboard.css';

/** A mandate: six years. */
const MANDATE_MONTHS = 72;

/**
 * `/bilan`: the “bilan de mandat”, month by month over a long period (default: the last six
 * years), months without requests shown as zeros; printable (dashboard.css hides the chrome).
 */
export function BilanPage() {
  const { t, formatDate } = useI18n();
  const f = useStatsFormat();
  const { period, district, scopeRef, form } = usePeriodFilters(MANDATE_MONTHS);
  const { data, error, refetch, loading } = useQuery(BILAN_STATS, {
    variables: { ...periodVariables(period), district: district || null },
    fetchPolicy: 'cache-and-network',
  });
  const stats = data?.stats;
  const months = stats ? fillMonths(stats.requestsByMonth, period) : [];
  const monthLabel = (month: string) => formatDate(monthDate(month), { month: 'long', year: 'numeric' });
  return (
    <>
      <PageHeader title={t('dashboard.bilan.title')} />
      <p>{t('dashboard.bilan.intro')}</p>
      <div className="db-no-print">
        <PeriodForm {...form} />
        <p>
          <Button variant="secondary" onClick={() => window.print()}>
            {t('dashboard.bilan.print')}
          </Button>{' '}
          <Link to="/dashboard">{t('dashboard.nav')}</Link>
        </p>
      </div>
      <PeriodScope ref={scopeRef} period={period} district={district} />
      {!stats && loading && <Spinner label={t('dashboard.loading')} />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {stats && (
        <>
          <p className="p-muted">{t('dashboard.generatedAt', { date: stats.generatedAt })}</p>
          <Card title={t('dashboard.bilan.totals')} id="totals">
            <dl className="p-dl db-summary">
              <RequestTotals stats={stats} />
              <dt>{t('dashboard.bilan.proposals')}</dt>
              <dd>{f.count(stats.proposals.published)}</dd>
              <dt>{t('dashboard.bilan.accepted')}</dt>
              <dd>{f.count(stats.proposals.accepted)}</dd>
              <dt>{t('dashboard.bilan.consultations')}</dt>
              <dd>{f.count(stats.consultationCount)}</dd>
            </dl>
          </Card>
          <Card title={t('dashboard.bilan.chartTitle')} id="months">
            <BarChart
              vertical
              labels={months.map((m) => formatDate(monthDate(m.month), { month: 'short', year: '2-digit' }))}
              values={months.map((m) => m.count)}
              label={t('dashboard.bilan.chart')}
              integers
              className="db-chart"
            />
            <div className="db-table-wrap" tabIndex={0} role="region" aria-label={t('dashboard.bilan.caption')}>
              <table className="db-table">
                <caption>{t('dashboard.bilan.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.col.month')}</th>
                    <th scope="col">{t('dashboard.col.requests')}</th>
                    <th scope="col">{t('dashboard.col.open')}</th>
                    <th scope="col">{t('dashboard.col.resolved')}</th>
                    <th scope="col">{t('dashboard.col.resolve')}</th>
                  </tr>
                </thead>
                <tbody>
                  {months.map((m) => (
                    <tr key={m.month}>
                      <th scope="row">{monthLabel(m.month)}</th>
                      <td className="db-num">{f.count(m.count)}</td>
                      <td className="db-num">{f.count(m.open)}</td>
                      <td className="db-num">{f.count(m.resolved)}</td>
                      <td className="db-num">{f.delay('medianHoursToResolve' in m ? m.medianHoursToResolve : null)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
        </>
      )}
    </>
  );
}
