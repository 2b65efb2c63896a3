import { useQuery } from '@apollo/client/react';
import { useMemo, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useAuth } from '@/app';
import { useI18n } from '@/i18n';
import { Button, ErrorMessage, PageHeader, Select, Spinner } from '@/ui';
import { ModerationNav } from '../components/ModerationNav';
import { TRANSPARENCY, type TransparencyData } from '../graphql/moderation.graphql';
import { GROUND_ORDER, groundTable, monthDate, periodStart } from '../lib';

const PERIODS = [12, 24, 60] as const;

/**
 * `/transparency` (public): what moderation did, month by month, as two tables of numbers (activity
 * per month; content hidden per month and ground), over the last 12 or 24 months or 5 years. Counts
 * only, never content or names (the server gives nothing else).
 */
export function TransparencyPage() {
  const { t, formatDate } = useI18n();
  const { hasRole } = useAuth();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('months'));
  const months = (PERIODS as readonly number[]).includes(asked) ? asked : 12;
  // Computed once per period chosen (a new date on every render would be a new query each time).
  const from = useMemo(() => periodStart(months, new Date()).toISOString(), [months]);
  const { data, loading, error, refetch } = useQuery(TRANSPARENCY, { variables: { from } });
  const report = data?.moderationTransparency;

  function onPeriod(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = String(new FormData(event.currentTarget).get('months') ?? '12');
    setParams(chosen === '12' ? {} : { months: chosen });
  }

  const monthName = (month: string) => {
    const d = monthDate(month);
    return d ? formatDate(d, { month: 'long', year: 'numeric', timeZone: 'UTC' }) : month;
  };

  return (
    <>
      <PageHeader title={t('moderation.transparency.title')} lead={t('moderation.transparency.lead')} />
      {hasRole('MODERATOR', 'ADMIN') && <ModerationNav />}
      <form className="md-filter" onSubmit={onPeriod} aria-label={t('moderation.transparency.period')}>
        <Select
          label={t('moderation.transparency.period')}
          name="months"
          noMarker
          placeholder={false}
          options={PERIODS.map((m) => ({ value: String(m), label: t(`moderation.transparency.periods.m${m}`) }))}
          defaultValue={String(months)}
          key={months}
        />
        <Button type="submit" variant="secondary">
          {t('moderation.transparency.show')}
        </Button>
      </form>
      {loading && !data && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {report && (
        <>
          <p>
            {t('moderation.transparency.covered', { from: report.from, to: new Date(new Date(report.to).getTime() - 1).toISOString() })}
          </p>
          <ByMonth report={report} monthName={monthName} />
          <ByGround report={report} monthName={monthName} />
          <details className="p-details">
            <summary>{t('moderation.transparency.how')}</summary>
            <p>{t('moderation.transparency.howBody')}</p>
          </details>
        </>
      )}
      {hasRole('MODERATOR', 'ADMIN') && (
        <p>
          <Link to="/moderation">{t('moderation.transparency.moderationLink')}</Link>
        </p>
      )}
    </>
  );
}

function ByMonth({ report, monthName }: { report: TransparencyData; monthName: (m: string) => string }) {
  const { t, formatNumber } = useI18n();
  const total = report.byMonth.reduce(
    (sum, m) => ({
      flags: sum.flags + m.flags,
      hidden: sum.hidden + m.hidden,
      restored: sum.restored + m.restored,
      suspensions: sum.suspensions + m.suspensions,
    }),
    { flags: 0, hidden: 0, restored: 0, suspensions: 0 },
  );
  return (
    <section className="p-section" aria-labelledby="transparency-months">
      <h2 id="transparency-months">{t('moderation.transparency.byMonthTitle')}</h2>
      {report.byMonth.length === 0 ? (
        <p>{t('moderation.transparency.empty')}</p>
      ) : (
        <div className="md-table-wrap" role="region" aria-labelledby="transparency-months-caption" tabIndex={0}>
          <table className="md-table">
            <caption id="transparency-months-caption">{t('moderation.transparency.byMonthCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('moderation.transparency.month')}</th>
                <th scope="col">{t('moderation.transparency.flags')}</th>
                <th scope="col">{t('moderation.transparency.hidden')}</th>
                <th scope="col">{t('moderation.transparency.restored')}</th>
                <th scope="col">{t('moderation.transparency.suspensions')}</th>
              </tr>
            </thead>
            <tbody>
              {report.byMonth.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{monthName(m.month)}</th>
                  <td>{formatNumber(m.flags)}</td>
                  <td>{formatNumber(m.hidden)}</td>
                  <td>{formatNumber(m.restored)}</td>
                  <td>{formatNumber(m.suspensions)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('moderation.transparency.total')}</th>
                <td>{formatNumber(total.flags)}</td>
                <td>{formatNumber(total.hidden)}</td>
                <td>{formatNumber(total.restored)}</td>
                <td>{formatNumber(total.suspensions)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}

function ByGround({ report, monthName }: { report: TransparencyData; monthName: (m: string) => string }) {
  const { t, formatNumber } = useI18n();
  const { rows, totals } = groundTable(report.byGround);
  return (
    <section className="p-section" aria-labelledby="transparency-grounds">
      <h2 id="transparency-grounds">{t('moderation.transparency.byGroundTitle')}</h2>
      {rows.length === 0 ? (
        <p>{t('moderation.transparency.empty')}</p>
      ) : (
        <div className="md-table-wrap" role="region" aria-labelledby="transparency-grounds-caption" tabIndex={0}>
          <table className="md-table">
            <caption id="transparency-grounds-caption">{t('moderation.transparency.byGroundCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('moderation.transparency.month')}</th>
                {GROUND_ORDER.map((g) => (
                  <th scope="col" key={g}>
                    {t(`moderation.reasons.${g}`)}
                  </th>
                ))}
                <th scope="col">{t('moderation.transparency.total')}</th>
                <th scope="col">{t('moderation.transparency.restored')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.month}>
                  <th scope="row">{monthName(row.month)}</th>
                  {GROUND_ORDER.map((g) => (
                    <td key={g}>{formatNumber(row.hidden[g])}</td>
                  ))}
                  <td>{formatNumber(row.totalHidden)}</td>
                  <td>{formatNumber(row.totalRestored)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('moderation.transparency.total')}</th>
                {GROUND_ORDER.map((g) => (
                  <td key={g}>{formatNumber(totals.hidden[g])}</td>
                ))}
                <td>{formatNumber(totals.totalHidden)}</td>
                <td>{formatNumber(totals.totalRestored)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
