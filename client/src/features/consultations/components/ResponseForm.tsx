import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useT } from '@/i18n';
import { Button, FormError, fieldId, useFormErrors } from '@/ui';
import { CONSULTATION, CONSULTATION_RESULTS_QUERY, SUBMIT_RESPONSE, type QuestionData } from '../graphql/consultations.graphql';
import { answerPath, emptyDraft, toAnswers, type Draft } from './answers';
import { QuestionField } from './QuestionField';

interface Props {
  consultationId: string;
  questions: QuestionData[];
  /** The builder's preview: the same form, never sent. */
  preview?: boolean;
  onSubmitted?: () => void;
}

/** The answer form: one fieldset per question; the server's error for each question shown beside it. */
export function ResponseForm({ consultationId, questions, preview, onSubmitted }: Props) {
  const t = useT();
  const form = useFormErrors();
  const idPrefix = preview ? 'preview' : 'answer';
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [submit, { loading }] = useMutation(SUBMIT_RESPONSE, {
    // Live results count this response: fetched again (the server tallies, the client shows).
    refetchQueries: [{ query: CONSULTATION_RESULTS_QUERY, variables: { id: consultationId } }],
    update: (cache, { data }) => {
      const response = data?.submitConsultationResponse;
      if (!response) return;
      // The page shows the viewer's own answers from the cached consultation.
      cache.modify({
        id: cache.identify({ __typename: 'Consultation', id: consultationId }),
        fields: { viewerResponse: (_, { toReference }) => toReference(response) ?? null },
      });
    },
  });

  // Refused because the consultation changed meanwhile (closed, or answered from another tab):
  // fetch it again, so the page replaces the form with the reason it now gives.
  const client = useApolloClient();
  const reason = form.error?.reason;
  useEffect(() => {
    if (preview || !reason || !STALE_REASONS.has(reason)) return;
    void client.query({ query: CONSULTATION, variables: { id: consultationId }, fetchPolicy: 'network-only' }).catch(() => undefined);
  }, [reason, preview, client, consultationId]);

  // Errors per question: focus goes to the first question at fault (after the summary took it).
  const errors = form.error?.fields ?? {};
  const firstError = questions.find((q) => errors[answerPath(q.id)]);
  useEffect(() => {
    if (firstError) document.getElementById(firstInputId(preview, firstError.id))?.focus();
  }, [form.error, firstError, preview]);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (preview) return;
    const result = await form.run(() => submit({ variables: { input: { consultationId, answers: toAnswers(questions, drafts) } } }));
    if (result?.data) onSubmitted?.();
  }

  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-label={preview ? t('consultations.builder.preview') : t('consultations.form.title')}
    >
      {!preview && <FormError form={form} />}
      <p className="p-muted">{t('consultations.form.lead')}</p>
      {questions.map((q) => {
        const path = answerPath(q.id);
        const field = preview ? { name: `${idPrefix}.${q.id}`, error: undefined } : form.field(path);
        return (
          <QuestionField
            key={q.id}
            question={q}
            draft={drafts[q.id] ?? emptyDraft(q)}
            onChange={(next) => setDrafts((all) => ({ ...all, [q.id]: next }))}
            error={field.error}
            idPrefix={idPrefix}
            firstInputId={firstInputId(preview, q.id)}
            name={`${idPrefix}-${q.id}`}
          />
        );
      })}
      {!preview && (
        <Button type="submit" loading={loading} loadingLabel={t('consultations.form.sending')}>
          {t('consultations.form.submit')}
        </Button>
      )}
    </form>
  );
}

const STALE_REASONS = new Set(['NOT_OPEN', 'ALREADY_RESPONDED', 'NOT_ELIGIBLE']);

/** Where focus and the error summary's link go for a question: its first input (the preview's own ids). */
const firstInputId = (preview: boolean | undefined, questionId: string) =>
  preview ? `preview-${questionId}-first` : fieldId(answerPath(questionId));
