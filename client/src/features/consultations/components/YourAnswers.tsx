import { useI18n } from '@/i18n';
import { Card } from '@/ui';
import type { ConsultationDetailData } from '../graphql/consultations.graphql';

type Response = NonNullable<ConsultationDetailData['viewerResponse']>;

/** The viewer's own response, question by question, as the server stored it. */
export function YourAnswers({ questions, response }: { questions: ConsultationDetailData['questions']; response: Response }) {
  const { t, formatDateTime } = useI18n();
  const byQuestion = new Map(response.answers.map((a) => [a.questionId, a]));
  return (
    <Card title={t('consultations.form.yourAnswers')} id="your-answers">
      <p className="p-muted">{t('consultations.form.submittedAt', { date: formatDateTime(response.submittedAt) })}</p>
      <dl className="p-dl">
        {questions.map((q) => {
          const a = byQuestion.get(q.id);
          const label = (id: string) => q.options.find((o) => o.id === id)?.label ?? '';
          let value: React.ReactNode = t('consultations.form.noAnswer');
          if (a?.optionIds.length) value = a.optionIds.map(label).join(', ');
          else if (a?.ranking.length)
            value = (
              <ol>
                {a.ranking.map((id) => (
                  <li key={id}>{label(id)}</li>
                ))}
              </ol>
            );
          else if (a?.scale != null) value = String(a.scale);
          else if (a?.text) value = <span className="cs-text">{a.text}</span>;
          return (
            <div key={q.id}>
              <dt>{q.prompt}</dt>
              <dd>{value}</dd>
            </div>
          );
        })}
      </dl>
    </Card>
  );
}
