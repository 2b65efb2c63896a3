import { Link } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { Card, StatusBadge } from '@/ui';
import type { ConsultationCardData } from '../graphql/consultations.graphql';
import { STATE_TONES } from './state';

/** One consultation in a list: its title (the link), state, dates and response count. */
export function ConsultationCard({ consultation: c }: { consultation: ConsultationCardData }) {
  const { t, formatDate } = useI18n();
  return (
    <Card as="article">
      <h3 className="p-card__title">
        <Link to={`/consultations/${c.id}`}>{c.title}</Link>
      </h3>
      <p>
        <StatusBadge status={c.state} namespace="consultations.state" tones={STATE_TONES} />{' '}
        <span className="p-muted">
          {t('consultations.list.dates', { opens: formatDate(c.opensAt), closes: formatDate(c.closesAt) })}
          {' · '}
          {t('consultations.list.responses', { count: c.responseCount })}
        </span>
      </p>
    </Card>
  );
}
