import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useContentLang, useI18n } from '@/i18n';
import { BarChart, Card, Cluster, ErrorMessage, PageHeader, Spinner } from '@/ui';
import { useStatsFormat } from '../components/format';
import { RequestTotals } from '../components/RequestTotals';
import { OpenDataLinks } from '../components/OpenDataLinks';
import { PeriodForm, PeriodScope, usePeriodFilters } from '../components/PeriodForm';
import { DASHBOARD_STATS, type DashboardStatsData } from '../graphql/dashboard.graphql';
import { periodVariables } from '../lib';
import '../dashboard.css';

const REQUEST_STATUSES = ['SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT', 'RESOLVED', 'CLOSED', 'REJECTED'] as const;
const PROPOSAL_STATUSES = ['PUBLISHED', 'UNDER_REVIEW', 'ACCEPTED', 'REJECTED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN'] as const;

/** `/dashboard`: the town hall's public record over a period (default: the last 12 months) and a district. */
export function DashboardPage() {
  const { t } = useI18n();
  const { period, district, scopeRef, form } = usePeriodFilters(12);
  const { data, error, refetch, loading } = useQuery(DASHBOARD_STATS, {
    variables: { ...periodVariables(period), district: district || null },
    fetchPolicy: 'cache-and-network',
  });
  const stats = data?.stats;
  return (
    <>
      <PageHeader title={t('dashboard.title')} />
      <p>{t('dashboard.intro')}</p>
      <Cluster>
        <Link to={`/bilan${district ? `?district=${encodeURIComponent(district)}` : ''}`}>{t('dashboard.links.bilan')}</Link>
        <Link to="/service-requests">{t('dashboard.links.reports')}</Link>
      </Cluster>
      <PeriodForm {...form} />
      <PeriodScope ref={scopeRef} period={period} district={district} />
      {!stats && loading && <Spinner label={t('dashboard.loading')} />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {stats && (
        <>
          <p className="p-muted">{t('dashboard.generatedAt', { date: stats.generatedAt })}</p>
          <Figures stats={stats} />
        </>
      )}
      <OpenDataLinks />
    </>
  );
}

function Figures({ stats }: { stats: DashboardStatsData }) {
  const { t, formatDate } = useI18n();
  const lang = useContentLang();
  const f = useStatsFormat();
  const withOldest = stats.requestsByDepartment.filter((d) => d.oldestOpen.length > 0);
  return (
    <>
      <Card title={t('dashboard.summary.title')} id="summary">
        <dl className="p-dl db-summary">
          <RequestTotals stats={stats} />
        </dl>
      </Card>

      <Card title={t('dashboard.status.title')} id="by-status">
        <StatusCounts prefix="status" statuses={REQUEST_STATUSES} counts={stats.requestsByStatus} />
      </Card>

      <Card title={t('dashboard.departments.title')} id="by-department">
        {stats.requestsByDepartment.length === 0 ? (
          <p>{t('dashboard.departments.empty')}</p>
        ) : (
          <>
            <BarChart
              labels={stats.requestsByDepartment.map((d) => d.name)}
              values={stats.requestsByDepartment.map((d) => Math.round(((d.medianHoursToResolve ?? 0) / 24) * 10) / 10)}
              label={t('dashboard.departments.chart')}
              className="db-chart"
            />
            <DelayTable
              caption={t('dashboard.departments.caption')}
              nameHeader={t('dashboard.col.department')}
              rows={stats.requestsByDepartment}
            />
          </>
        )}
      </Card>

      {stats.requestsByService.length > 0 && (
        <Card title={t('dashboard.services.title')} id="by-service">
          <DelayTable
            caption={t('dashboard.services.caption')}
            nameHeader={t('dashboard.col.service')}
            rows={stats.requestsByService}
            target
          />
        </Card>
      )}

      <Card title={t('dashboard.oldest.title')} id="oldest">
        {withOldest.length === 0 && <p>{t('dashboard.oldest.none')}</p>}
        {withOldest.map((d) => (
          <div
            className="db-table-wrap"
            key={d.code}
            tabIndex={0}
            role="region"
            aria-label={t('dashboard.oldest.caption', { department: d.name })}
          >
            <table className="db-table">
              <caption>{t('dashboard.oldest.caption', { department: d.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.col.reference')}</th>
                  <th scope="col">{t('dashboard.col.service')}</th>
                  <th scope="col">{t('dashboard.col.status')}</th>
                  <th scope="col">{t('dashboard.col.submitted')}</th>
                  <th scope="col">{t('dashboard.col.age')}</th>
                </tr>
              </thead>
              <tbody>
                {d.oldestOpen.map((r) => (
                  <tr key={r.reference}>
                    <th scope="row">{r.reference}</th>
                    <td lang={lang}>{r.serviceName}</td>
                    <td>{t(`dashboard.status.${r.status}`)}</td>
                    <td>{formatDate(r.submittedAt)}</td>
                    <td className="db-num">{f.delay(r.ageDays * 24)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </Card>

      <Card title={t('dashboard.proposals.title')} id="proposals">
        <p>
          {t('dashboard.proposals.summary', {
            published: f.count(stats.proposals.published),
            accepted: f.count(stats.proposals.accepted),
            completed: f.count(stats.proposals.completed),
          })}
        </p>
        <StatusCounts prefix="proposals" statuses={PROPOSAL_STATUSES} counts={stats.proposalsByStatus} />
      </Card>

      <Card title={t('dashboard.consultations.title')} id="consultations">
        <p>{t('dashboard.consultations.count', { count: stats.consultationCount })}</p>
        {stats.consultationParticipation.length > 0 && (
          <div className="db-table-wrap" tabIndex={0} role="region" aria-label={t('dashboard.consultations.caption')}>
            <table className="db-table">
              <caption>{t('dashboard.consultations.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.col.consultation')}</th>
                  <th scope="col">{t('dashboard.col.dates')}</th>
                  <th scope="col">{t('dashboard.col.responses')}</th>
                  <th scope="col">{t('dashboard.col.participation')}</th>
                </tr>
              </thead>
              <tbody>
                {stats.consultationParticipation.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <Link to={`/consultations/${c.id}`} lang={lang}>
                        {c.title}
                      </Link>
                    </th>
                    <td>{t('dashboard.consultations.dates', { from: c.opensAt, to: c.closesAt })}</td>
                    <td className="db-num">{f.count(c.responses)}</td>
                    <td>
                      {t('dashboard.consultations.ofEligible', {
                        share: f.share(c.shareOfEligible),
                        eligible: f.count(c.eligibleResidents),
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}

interface DelayRow {
  code: string;
  name: string;
  count: number;
  open: number;
  resolved: number;
  medianHoursToAcknowledge?: number | null;
  medianHoursToResolve?: number | null;
  shareResolvedWithinTarget?: number | null;
  targetDays?: number;
}

/**
 * Counts by status, as a chart of the statuses that have some and a table of every status (zero
 * included): requests (`prefix` "status") or proposals ("proposals"), labelled by the prefix's texts.
 */
function StatusCounts({
  prefix,
  statuses,
  counts,
}: {
  prefix: 'status' | 'proposals';
  statuses: readonly string[];
  counts: readonly { key: string | null; count: number }[];
}) {
  const { t } = useI18n();
  const f = useStatsFormat();
  const byStatus = new Map(counts.map((s) => [s.key, s.count]));
  const shown = statuses.filter((s) => byStatus.has(s));
  return (
    <>
      {shown.length > 0 && (
        <BarChart
          labels={shown.map((s) => t(`dashboard.${prefix}.${s}`))}
          values={shown.map((s) => byStatus.get(s) ?? 0)}
          label={t(`dashboard.${prefix}.chart`)}
          integers
          className="db-chart"
        />
      )}
      <div className="db-table-wrap" tabIndex={0} role="region" aria-label={t(`dashboard.${prefix}.caption`)}>
        <table className="db-table">
          <caption>{t(`dashboard.${prefix}.caption`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.col.status')}</th>
              <th scope="col">{t('dashboard.col.count')}</th>
            </tr>
          </thead>
          <tbody>
            {statuses.map((s) => (
              <tr key={s}>
                <th scope="row">{t(`dashboard.${prefix}.${s}`)}</th>
                <td className="db-num">{f.count(byStatus.get(s) ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Requests and median delays per department or service: the numbers behind the chart. */
function DelayTable({ caption, nameHeader, rows, target }: { caption: string; nameHeader: string; rows: DelayRow[]; target?: boolean }) {
  const { t } = useI18n();
  const lang = useContentLang();
  const f = useStatsFormat();
  return (
    <div className="db-table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="db-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{nameHeader}</th>
            <th scope="col">{t('dashboard.col.requests')}</th>
            <th scope="col">{t('dashboard.col.open')}</th>
            <th scope="col">{t('dashboard.col.resolved')}</th>
            <th scope="col">{t('dashboard.col.acknowledge')}</th>
            <th scope="col">{t('dashboard.col.resolve')}</th>
            {target && <th scope="col">{t('dashboard.col.target')}</th>}
            <th scope="col">{t('dashboard.col.withinTarget')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <th scope="row" lang={lang}>
                {r.name}
              </th>
              <td className="db-num">{f.count(r.count)}</td>
              <td className="db-num">{f.count(r.open)}</td>
              <td className="db-num">{f.count(r.resolved)}</td>
              <td className="db-num">{f.delay(r.medianHoursToAcknowledge)}</td>
              <td className="db-num">{f.delay(r.medianHoursToResolve)}</td>
              {target && (
                <td className="db-num">
                  {r.targetDays === undefined ? '' : t('dashboard.days', { count: r.targetDays, value: f.count(r.targetDays) })}
                </td>
              )}
              <td className="db-num">{f.share(r.shareResolvedWithinTarget)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
