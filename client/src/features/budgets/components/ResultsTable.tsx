import { Link } from 'react-router-dom';
import { useI18n } from '@/i18n';
import type { BudgetDetailData } from '../graphql/budgets.graphql';
import { useEuros } from './money';

type Envelope = BudgetDetailData['envelopes'][number];

/** An envelope's results as a table (rank, project, votes with a bar, cost, selected in words). */
export function ResultsTable({ envelope }: { envelope: Envelope }) {
  const { t, formatNumber } = useI18n();
  const euros = useEuros();
  const results = envelope.results ?? [];
  if (!results.length) return <p className="p-muted">{t('budgets.results.none')}</p>;
  const most = Math.max(1, ...results.map((r) => r.votes));
  return (
    <div className="bu-table-wrap">
      <table className="bu-table">
        <caption>{t('budgets.results.caption', { name: envelope.name, amount: euros(envelope.amount) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('budgets.results.rank')}</th>
            <th scope="col">{t('budgets.results.project')}</th>
            <th scope="col">{t('budgets.results.votes')}</th>
            <th scope="col">{t('budgets.results.cost')}</th>
            <th scope="col">{t('budgets.results.selected')}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((r) => (
            <tr key={r.project.id} className={r.selected ? 'bu-table__selected' : undefined}>
              <td>{formatNumber(r.rank)}</td>
              <th scope="row">
                <Link to={`/budgets/projects/${r.project.id}`}>{r.project.title ?? t('budgets.project.hiddenTitle')}</Link>
              </th>
              <td>
                <span className="bu-bar" aria-hidden="true" style={{ width: `${(r.votes / most) * 100}%` }} />
                {formatNumber(r.votes)}
              </td>
              <td>{euros(r.project.cost ?? 0)}</td>
              <td>{r.selected ? t('budgets.results.yes') : t('budgets.results.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
