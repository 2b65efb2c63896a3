import { useI18n } from '@/i18n';
import { Notice, StatusBadge } from '@/ui';
import type { ProposalDetailData } from '../graphql/proposals.graphql';
import { STATUS_TONES } from './status';

const TONE = { ACCEPTED: 'success', REJECTED: 'danger' } as const;

/** The council's public answer, shown near the top of the proposal. */
export function OfficialAnswer({ answer }: { answer: NonNullable<ProposalDetailData['officialAnswer']> }) {
  const { t, formatDate } = useI18n();
  return (
    <section aria-labelledby="official-answer-title">
      <Notice tone={TONE[answer.status as keyof typeof TONE] ?? 'info'}>
        <h2 className="p-card__title" id="official-answer-title">
          {t('proposals.answer.title')}
        </h2>
        <p>
          {t('proposals.answer.decision')} <StatusBadge status={answer.status} namespace="proposals.status" tones={STATUS_TONES} />
        </p>
        <p className="pr-text">{answer.body}</p>
        <p className="p-muted">{t('proposals.answer.byOn', { name: answer.author.displayName, date: formatDate(answer.publishedAt) })}</p>
      </Notice>
    </section>
  );
}
