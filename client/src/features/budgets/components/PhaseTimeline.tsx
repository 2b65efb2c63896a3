import { useI18n } from '@/i18n';
import type { BudgetDetailData } from '../graphql/budgets.graphql';

/** The five phases with their dates, the current one marked in words (not by colour alone). */
export function PhaseTimeline({ budget }: { budget: Pick<BudgetDetailData, 'phase' | 'phases'> }) {
  const { t, formatDate } = useI18n();
  return (
    <ol className="bu-phases">
      {budget.phases.map((p) => {
        const current = p.phase === budget.phase;
        return (
          <li key={p.phase} className={current ? 'bu-phases__current' : undefined} aria-current={current ? 'step' : undefined}>
            <strong>{t(`budgets.phase.${p.phase}`)}</strong>{' '}
            <span>{t('budgets.edition.phaseDates', { start: formatDate(p.startsAt), end: formatDate(p.endsAt) })}</span>
            {current && <span className="bu-phases__tag"> ({t('budgets.edition.current')})</span>}
          </li>
        );
      })}
    </ol>
  );
}
