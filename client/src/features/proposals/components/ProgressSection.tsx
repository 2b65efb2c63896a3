import { useI18n } from '@/i18n';
import { Card } from '@/ui';
import type { ProposalDetailData } from '../graphql/proposals.graphql';
import { Meter } from './Meter';

/** How far the council has carried out an adopted proposal, with its dated updates (newest first). */
export function ProgressSection({ proposal: p }: { proposal: ProposalDetailData }) {
  const { t, formatDate, formatNumber } = useI18n();
  const percent = (n: number) => formatNumber(n / 100, { style: 'percent' });
  const updates = [...p.progressUpdates].reverse();
  return (
    <Card title={t('proposals.progress.title')} id="progress">
      <Meter id={`progress-${p.id}`} label={t('proposals.progress.done', { percent: percent(p.progress) })} value={p.progress} max={100} />
      {updates.length === 0 ? (
        <p className="p-muted">{t('proposals.progress.none')}</p>
      ) : (
        <ul className="p-list">
          {updates.map((u) => (
            <li key={u.id}>
              <div className="p-list__main">
                <p className="p-muted">
                  <time dateTime={u.createdAt}>{formatDate(u.createdAt)}</time> · {percent(u.progress)}
                </p>
                <p className="pr-text">{u.body}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
