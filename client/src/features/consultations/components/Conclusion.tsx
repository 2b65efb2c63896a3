import { useI18n } from '@/i18n';
import { Card, PlainText } from '@/ui';
import type { ConsultationDetailData } from '../graphql/consultations.graphql';

/** What the council did with the answers, shown above the results. */
export function Conclusion({ conclusion: c }: { conclusion: NonNullable<ConsultationDetailData['conclusion']> }) {
  const { t, formatDate } = useI18n();
  return (
    <Card title={t('consultations.conclusion.title')} id="conclusion">
      <PlainText text={c.body} />
      <p className="p-muted">
        {c.author
          ? t('consultations.conclusion.publishedBy', { date: formatDate(c.publishedAt), name: c.author.displayName })
          : t('consultations.conclusion.published', { date: formatDate(c.publishedAt) })}
      </p>
    </Card>
  );
}
