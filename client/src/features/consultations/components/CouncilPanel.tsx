import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { session } from '@/app/session';
import { useT } from '@/i18n';
import { Button, ButtonLink, Card, FormError, Notice, TextArea, TextField, useFormErrors } from '@/ui';
import {
  CLOSE_CONSULTATION,
  CONSULTATION,
  CONSULTATION_RESULTS_QUERY,
  PUBLISH_CONCLUSION,
  type ConsultationDetailData,
} from '../graphql/consultations.graphql';

/** Files the server serves to the council only: fetched with the session's bearer token. */
async function authorizedFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const send = async () => {
    const token = await session.tokenForRequest();
    return fetch(url, {
      ...init,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), Accept: 'application/json, text/csv' },
    });
  };
  const first = await send();
  if (first.status !== 401 || !session.refreshToken) return first;
  // An access token that expired meanwhile: refresh once, then send again.
  session.dropAccessToken();
  await session.refresh();
  return send();
}

/** A REST error body (`{ error: { code, reason, fields } }`) in the shape the error translator reads. */
async function restError(response: Response): Promise<unknown> {
  const body = (await response.json().catch(() => null)) as { error?: Record<string, unknown> } | null;
  const extensions = body?.error ?? {
    code: response.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN',
    reason: `HTTP_${response.status}`,
  };
  return { errors: [{ message: '', extensions }] };
}

type Done = 'closed' | 'concluded' | { uploaded: string } | null;

/** The council's actions on a consultation page (the server refuses everyone else). */
export function CouncilPanel({ consultation: c }: { consultation: ConsultationDetailData }) {
  const t = useT();
  const [done, setDone] = useState<Done>(null);
  const refetchQueries = [
    { query: CONSULTATION_RESULTS_QUERY, variables: { id: c.id } },
    { query: CONSULTATION, variables: { id: c.id } },
  ];
  const closeForm = useFormErrors();
  const [close, closing] = useMutation(CLOSE_CONSULTATION, { refetchQueries });

  async function onClose() {
    setDone(null);
    const result = await closeForm.run(() => close({ variables: { id: c.id } }));
    if (result?.data) setDone('closed');
  }

  return (
    <Card title={t('consultations.council.title')} id="council">
      {done && (
        // Focused: after an action, keyboard and screen-reader users land on what it did.
        <Notice tone="success" live focus>
          {done === 'closed'
            ? t('consultations.council.closed')
            : done === 'concluded'
              ? t('consultations.council.concluded')
              : t('consultations.council.uploaded', { title: done.uploaded })}
        </Notice>
      )}
      <FormError form={closeForm} />
      <div className="p-stack">
        {c.state === 'UPCOMING' && (
          <p>
            <ButtonLink to={`/consultations/${c.id}/edit`} variant="secondary">
              {t('consultations.council.edit')}
            </ButtonLink>
          </p>
        )}
        {c.state === 'OPEN' && (
          <p>
            <Button variant="danger" loading={closing.loading} onClick={() => void onClose()}>
              {t('consultations.council.close')}
            </Button>
          </p>
        )}
        {c.responsesCsvUrl && <CsvLink url={c.responsesCsvUrl} />}
        {c.state === 'CLOSED' && <ConclusionForm consultation={c} onDone={() => setDone('concluded')} />}
        {c.state === 'UPCOMING' && <DocumentUpload consultationId={c.id} onDone={(title) => setDone({ uploaded: title })} />}
      </div>
    </Card>
  );
}

/** The responses as CSV: the export needs the bearer token, so it is fetched and saved as a Blob. */
function CsvLink({ url }: { url: string }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  async function download() {
    setState('busy');
    try {
      const response = await authorizedFetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const blob = await response.blob();
      const name = /filename="?([^";]+)"?/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'responses.csv';
      const href = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = href;
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      URL.revokeObjectURL(href);
      setState('idle');
    } catch {
      setState('failed');
    }
  }
  return (
    <div>
      <Button
        variant="secondary"
        loading={state === 'busy'}
        loadingLabel={t('consultations.council.csvBusy')}
        onClick={() => void download()}
      >
        {t('consultations.council.csv')}
      </Button>
      <p role="status" className="p-muted">
        {state === 'failed' ? t('consultations.council.csvError') : ''}
      </p>
    </div>
  );
}

function ConclusionForm({ consultation: c, onDone }: { consultation: ConsultationDetailData; onDone: () => void }) {
  const t = useT();
  const form = useFormErrors();
  const [publish, { loading }] = useMutation(PUBLISH_CONCLUSION);
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const body = String(new FormData(e.currentTarget).get('body') ?? '');
    const result = await form.run(() => publish({ variables: { id: c.id, body } }));
    if (result?.data) onDone();
  }
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('consultations.council.conclusion')}>
      <FormError form={form} />
      <TextArea
        label={t('consultations.council.conclusion')}
        hint={t('consultations.council.conclusionHint')}
        rows={6}
        required
        defaultValue={c.conclusion?.body ?? ''}
        {...form.field('body')}
      />
      <Button type="submit" loading={loading} loadingLabel={t('consultations.council.publishing')}>
        {t('consultations.council.publish')}
      </Button>
    </form>
  );
}

/** `POST /consultations/:id/documents` (multipart `file` + `title`), until the consultation opens. */
function DocumentUpload({ consultationId, onDone }: { consultationId: string; onDone: (title: string) => void }) {
  const t = useT();
  const form = useFormErrors();
  const [loading, setLoading] = useState(false);
  const client = useApolloClient();
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const data = new FormData(el);
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) {
      form.setError({
        errors: [
          {
            message: '',
            extensions: { code: 'BAD_USER_INPUT', reason: 'FILE_REQUIRED', fields: [{ path: 'file', constraint: 'required' }] },
          },
        ],
      });
      return;
    }
    setLoading(true);
    await form.run(async () => {
      const response = await authorizedFetch(`/consultations/${encodeURIComponent(consultationId)}/documents`, {
        method: 'POST',
        body: data,
      });
      if (!response.ok) throw await restError(response);
      const doc = (await response.json()) as { title: string };
      el.reset();
      // The page lists the documents: fetch it again with the new one.
      await client.query({ query: CONSULTATION, variables: { id: consultationId }, fetchPolicy: 'network-only' });
      onDone(doc.title);
    });
    setLoading(false);
  }
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('consultations.council.upload')}>
      <h3>{t('consultations.council.upload')}</h3>
      <FormError form={form} />
      <TextField label={t('consultations.council.documentTitle')} {...form.field('title')} />
      <TextField
        label={t('consultations.council.documentFile')}
        type="file"
        accept="application/pdf,.pdf"
        required
        {...form.field('file')}
      />
      <Button type="submit" variant="secondary" loading={loading} loadingLabel={t('consultations.council.uploading')}>
        {t('consultations.council.uploadSubmit')}
      </Button>
    </form>
  );
}
