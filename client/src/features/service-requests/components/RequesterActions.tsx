import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { useI18n } from '@/i18n';
import { Button, Card, FormError, MAX_PHOTOS, Notice, PhotoPicker, Select, TextArea, useFormErrors, usePhotoPicker } from '@/ui';
import { RATE, REOPEN, REPLY, type RequestDetail } from '../graphql/service-requests.graphql';
import { isBlank, localError, REOPEN_WINDOW_MS } from '../lib';

/** Reports a success to the page (the form itself may disappear with the new status). */
type Done = (messageKey: string) => void;

/** What the resident who filed the request can do next; each mutation returns the request, so the page updates from the cache. */
export function RequesterActions({ request, onDone, now = Date.now() }: { request: RequestDetail; onDone: Done; now?: number }) {
  const resolvedOnce = !!request.resolvedAt && !request.duplicateOf && (request.status === 'RESOLVED' || request.status === 'CLOSED');
  const reopenUntil = request.resolvedAt ? new Date(request.resolvedAt).getTime() + REOPEN_WINDOW_MS : 0;
  return (
    <>
      {/* Staff who filed it themselves move it with the staff panel instead (one "body" field per page). */}
      {request.status === 'WAITING_FOR_RESIDENT' && !request.viewerCanManage && <ReplyForm request={request} onDone={onDone} />}
      {resolvedOnce && (request.rating === null ? <RateForm request={request} onDone={onDone} /> : <YourRating request={request} />)}
      {resolvedOnce && now <= reopenUntil && <ReopenForm request={request} until={reopenUntil} onDone={onDone} />}
    </>
  );
}

function ReplyForm({ request, onDone }: { request: RequestDetail; onDone: Done }) {
  const { t } = useI18n();
  const form = useFormErrors();
  const [reply, { loading }] = useMutation(REPLY);
  // A request holds at most 6 photos in all: a reply may add what is left.
  const room = Math.max(0, MAX_PHOTOS - request.images.length);
  const photos = usePhotoPicker([], room);
  const asked = [...request.events].reverse().find((e) => e.kind === 'STATUS_CHANGED' && e.toStatus === 'WAITING_FOR_RESIDENT');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = new FormData(event.currentTarget).get('body');
    if (isBlank(body)) return form.setError(localError([{ path: 'body', constraint: 'required' }]));
    const imageIds = await photos.settled();
    if (!imageIds) return;
    const result = await form.run(() => reply({ variables: { id: request.id, body: String(body), imageIds } }));
    if (result?.data) onDone('service-requests.reply.done');
  }

  return (
    <Card title={t('service-requests.reply.title')} id="reply">
      <Notice tone="warning">
        <p>{t('service-requests.reply.lead')}</p>
        {asked?.body && <p className="sr-text">{asked.body}</p>}
      </Notice>
      <form onSubmit={onSubmit} noValidate>
        <FormError form={form} />
        <TextArea
          label={t('service-requests.reply.body')}
          hint={t('service-requests.reply.hint')}
          required
          rows={4}
          maxLength={5000}
          {...form.field('body')}
        />
        {room > 0 && (
          <PhotoPicker photos={photos} hint={t('service-requests.reply.photosHint', { max: room })} {...form.field('imageIds')} />
        )}
        <Button
          type="submit"
          loading={loading || photos.waiting}
          loadingLabel={photos.waiting ? t('ui.photos.waiting') : t('service-requests.sending')}
        >
          {t('service-requests.reply.submit')}
        </Button>
      </form>
    </Card>
  );
}

function RateForm({ request, onDone }: { request: RequestDetail; onDone: Done }) {
  const { t } = useI18n();
  const form = useFormErrors();
  const [rate, { loading }] = useMutation(RATE);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const rating = Number(data.get('rating'));
    if (!rating) return form.setError(localError([{ path: 'rating', constraint: 'required' }]));
    const comment = String(data.get('comment') ?? '');
    const result = await form.run(() => rate({ variables: { id: request.id, rating, comment: comment.trim() ? comment : null } }));
    if (result?.data) onDone('service-requests.rate.done');
  }

  return (
    <Card title={t('service-requests.rate.title')} id="rate">
      <p>{t('service-requests.rate.lead')}</p>
      <form onSubmit={onSubmit} noValidate>
        <FormError form={form} />
        <Select
          label={t('service-requests.rate.rating')}
          required
          options={[5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: t(`service-requests.rate.scale.${n}`) }))}
          {...form.field('rating')}
        />
        <TextArea label={t('service-requests.rate.comment')} rows={3} maxLength={2000} {...form.field('comment')} />
        <Button type="submit" loading={loading} loadingLabel={t('service-requests.sending')}>
          {t('service-requests.rate.submit')}
        </Button>
      </form>
    </Card>
  );
}

function YourRating({ request }: { request: RequestDetail }) {
  const { t } = useI18n();
  return (
    <Card title={t('service-requests.rate.yours')} id="rated">
      <p>{t('service-requests.rate.given', { rating: request.rating ?? 0 })}</p>
      {request.ratingComment && <p className="sr-text">{request.ratingComment}</p>}
    </Card>
  );
}

function ReopenForm({ request, until, onDone }: { request: RequestDetail; until: number; onDone: Done }) {
  const { t, formatDate } = useI18n();
  const form = useFormErrors();
  const [reopen, { loading }] = useMutation(REOPEN);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = new FormData(event.currentTarget).get('reason');
    if (isBlank(reason)) return form.setError(localError([{ path: 'reason', constraint: 'required' }]));
    const result = await form.run(() => reopen({ variables: { id: request.id, reason: String(reason) } }));
    if (result?.data) onDone('service-requests.reopen.done');
  }

  return (
    <Card title={t('service-requests.reopen.title')} id="reopen">
      <details className="p-details">
        <summary>{t('service-requests.reopen.summary')}</summary>
        <div>
          <p>{t('service-requests.reopen.lead', { date: formatDate(until) })}</p>
          <form onSubmit={onSubmit} noValidate>
            <FormError form={form} />
            <TextArea label={t('service-requests.reopen.reason')} required rows={3} maxLength={2000} {...form.field('reason')} />
            <Button type="submit" variant="secondary" loading={loading} loadingLabel={t('service-requests.sending')}>
              {t('service-requests.reopen.submit')}
            </Button>
          </form>
        </div>
      </details>
    </Card>
  );
}
