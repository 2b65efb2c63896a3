import type { ApolloCache } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useAuth } from '@/app';
import { useT } from '@/i18n';
import { Button, Cluster, FormError, Select, TextArea, TextField, useFormErrors } from '@/ui';
import {
  ADD_NOTE,
  ASSIGN,
  CONTACT_REQUESTER,
  CHANGE_STATUS,
  MARK_DUPLICATE,
  PRIORITIES,
  REQUEST_ID_BY_REFERENCE,
  RESPONSE_TEMPLATES,
  SET_PRIORITY,
  type ContactChannel,
  type Priority,
  type RequestDetail,
  type RequestStatus,
  type ResponseTemplate,
} from '../graphql/service-requests.graphql';
import { isBlank, localError, MESSAGE_REQUIRED, OPEN_STATUSES, REFERENCE_PATTERN, renameReason, STAFF_TRANSITIONS } from '../lib';

type Done = (messageKey: string, params?: Record<string, string>) => void;

/**
 * The agents' panel on a request page, shown only when the server says the viewer may manage it
 * (`viewerCanManage`). Every action is checked again by the server.
 */
export function StaffPanel({ request, onDone }: { request: RequestDetail; onDone: Done }) {
  const t = useT();
  const templates = useQuery(RESPONSE_TEMPLATES, { variables: { departmentId: request.department.id } });
  const list = templates.data?.responseTemplates ?? [];
  return (
    <section className="p-card p-stack sr-staff" aria-labelledby="staff-panel-title">
      <h2 id="staff-panel-title" className="p-card__title">
        {t('service-requests.staff.title')}
      </h2>
      <p className="p-muted">{t('service-requests.staff.lead')}</p>
      {request.requester && <p>{t('service-requests.staff.requester', { name: request.requester.displayName })}</p>}
      <Assignment request={request} onDone={onDone} />
      {request.status !== 'CLOSED' && <StatusForm request={request} templates={list} onDone={onDone} />}
      <NoteForm request={request} templates={list} onDone={onDone} />
      {request.requester && <ContactForm request={request} onDone={onDone} />}
      <PriorityForm request={request} onDone={onDone} />
      {OPEN_STATUSES.includes(request.status) && <DuplicateForm request={request} onDone={onDone} />}
    </section>
  );
}

/** A response template picker that fills a text area (the agent may then edit the text). */
function TemplatePicker({
  templates,
  id,
  label,
  onPick,
}: {
  templates: ResponseTemplate[];
  id: string;
  label: string;
  onPick: (body: string) => void;
}) {
  const t = useT();
  if (!templates.length) return null;
  return (
    <Select
      label={label}
      name={id}
      id={id}
      noMarker
      placeholder={t('service-requests.staff.noTemplate')}
      options={templates.map((tpl) => ({ value: tpl.id, label: tpl.title }))}
      onChange={(e) => {
        const found = templates.find((tpl) => tpl.id === e.target.value);
        if (found) onPick(found.body);
      }}
    />
  );
}

function Assignment({ request, onDone }: { request: RequestDetail; onDone: Done }) {
  const t = useT();
  const { viewer } = useAuth();
  const form = useFormErrors();
  const [assign, { loading }] = useMutation(ASSIGN);
  const mine = !!viewer && request.assignee?.id === viewer.id;

  async function set(assigneeId: string | null) {
    const result = await form.run(() => assign({ variables: { id: request.id, assigneeId } }));
    if (result?.data) onDone(assigneeId ? 'service-requests.staff.assignedToYou' : 'service-requests.staff.unassignedDone');
  }

  return (
    <div>
      <h3>{t('service-requests.staff.assignment')}</h3>
      <FormError form={form} />
      <p>
        {request.assignee
          ? mine
            ? t('service-requests.staff.assignedToMe')
            : t('service-requests.staff.assignedTo', { name: request.assignee.displayName })
          : t('service-requests.staff.notAssigned')}
      </p>
      {request.status !== 'CLOSED' && viewer && (
        <Cluster>
          {!mine && (
            <Button size="small" loading={loading} onClick={() => void set(viewer.id)}>
              {t('service-requests.staff.assignToMe')}
            </Button>
          )}
          {request.assignee && (
            <Button size="small" variant="secondary" loading={loading} onClick={() => void set(null)}>
              {t('service-requests.staff.unassign')}
            </Button>
          )}
        </Cluster>
      )}
    </div>
  );
}

function StatusForm({ request, templates, onDone }: { request: RequestDetail; templates: ResponseTemplate[]; onDone: Done }) {
  const t = useT();
  const form = useFormErrors();
  const next = STAFF_TRANSITIONS[request.status];
  const [status, setStatus] = useState<RequestStatus | ''>('');
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState(0);
  const [change, { loading }] = useMutation(CHANGE_STATUS);
  const needsMessage = status !== '' && MESSAGE_REQUIRED.includes(status);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!status) return form.setError(localError([{ path: 'status', constraint: 'required' }]));
    const chosen = status;
    const result = await form.run(async () => {
      try {
        return await change({ variables: { id: request.id, status: chosen, message: message.trim() ? message : null } });
      } catch (error) {
        throw renameReason(error, 'INVALID_TRANSITION', 'SERVICE_REQUEST_INVALID_TRANSITION');
      }
    });
    if (result?.data) {
      setStatus('');
      setMessage('');
      setSent((n) => n + 1);
      onDone('service-requests.staff.statusChanged', { status: t(`service-requests.status.${chosen}`) });
    }
  }

  if (!next.length) return null;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="staff-status-title">
      <h3 id="staff-status-title">{t('service-requests.staff.status')}</h3>
      <FormError form={form} />
      <Select
        label={t('service-requests.staff.newStatus')}
        required
        options={next.map((s) => ({ value: s, label: t(`service-requests.status.${s}`) }))}
        value={status}
        onChange={(e) => setStatus(e.target.value as RequestStatus | '')}
        {...form.field('status')}
      />
      <TemplatePicker
        key={sent}
        templates={templates}
        id="status-template"
        label={t('service-requests.staff.templateForMessage')}
        onPick={setMessage}
      />
      <TextArea
        label={t('service-requests.staff.message')}
        hint={needsMessage ? t('service-requests.staff.messageRequiredHint') : t('service-requests.staff.messageHint')}
        required={needsMessage}
        rows={4}
        maxLength={5000}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        {...form.field('message')}
      />
      <Button type="submit" loading={loading} loadingLabel={t('service-requests.saving')}>
        {t('service-requests.staff.changeStatus')}
      </Button>
    </form>
  );
}

/**
 * A mutation that answers a new timeline event: the event is appended to the request's cached
 * timeline, unless the live update (which may arrive first) has already brought it.
 */
function appendEvent(cache: ApolloCache, requestId: string, eventId: string): void {
  cache.modify({
    id: cache.identify({ __typename: 'ServiceRequest', id: requestId }),
    fields: {
      events(existing, { toReference, readField }) {
        const added = toReference({ __typename: 'ServiceRequestEvent', id: eventId });
        if (!Array.isArray(existing) || !added) return existing;
        return existing.some((e) => readField('id', e) === eventId) ? existing : [...existing, added];
      },
    },
  });
}

function NoteForm({ request, templates, onDone }: { request: RequestDetail; templates: ResponseTemplate[]; onDone: Done }) {
  const t = useT();
  const form = useFormErrors();
  const [body, setBody] = useState('');
  const [sent, setSent] = useState(0);
  const [addNote, { loading }] = useMutation(ADD_NOTE, {
    update: (cache, { data }) => data && appendEvent(cache, request.id, data.addServiceRequestNote.id),
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Two submit buttons: which one was pressed says whether the note is internal.
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const internal = submitter?.value === 'internal';
    if (isBlank(body)) return form.setError(localError([{ path: 'body', constraint: 'required' }]));
    const result = await form.run(() => addNote({ variables: { id: request.id, body, internal } }));
    if (result?.data) {
      setBody('');
      setSent((n) => n + 1);
      onDone(internal ? 'service-requests.staff.noteAdded' : 'service-requests.staff.updatePublished');
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="staff-note-title">
      <h3 id="staff-note-title">{t('service-requests.staff.write')}</h3>
      <p className="p-muted">{t('service-requests.staff.writeLead')}</p>
      <FormError form={form} />
      <TemplatePicker
        key={sent}
        templates={templates}
        id="note-template"
        label={t('service-requests.staff.templateForNote')}
        onPick={setBody}
      />
      <TextArea
        label={t('service-requests.staff.noteBody')}
        required
        rows={4}
        maxLength={5000}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        {...form.field('body')}
      />
      <Cluster>
        <Button type="submit" name="kind" value="public" loading={loading}>
          {t('service-requests.staff.publishUpdate')}
        </Button>
        <Button type="submit" name="kind" value="internal" variant="secondary" loading={loading}>
          {t('service-requests.staff.addInternalNote')}
        </Button>
      </Cluster>
    </form>
  );
}

/**
 * A message to the requester through the platform: by e-mail (their address stays on the server;
 * the history records the message for them and staff) or as a public update on the history.
 */
function ContactForm({ request, onDone }: { request: RequestDetail; onDone: Done }) {
  const t = useT();
  const form = useFormErrors();
  const [body, setBody] = useState('');
  const [channel, setChannel] = useState<ContactChannel>('EMAIL');
  const [contact, { loading }] = useMutation(CONTACT_REQUESTER, {
    update: (cache, { data }) => data && appendEvent(cache, request.id, data.contactRequester.id),
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isBlank(body)) return form.setError(localError([{ path: 'body', constraint: 'required' }]));
    const result = await form.run(() => contact({ variables: { id: request.id, body, channel } }));
    if (result?.data) {
      setBody('');
      onDone(channel === 'EMAIL' ? 'service-requests.staff.contact.emailed' : 'service-requests.staff.updatePublished');
      // The button was disabled while sending, which drops the focus: back to the emptied message.
      document.getElementById('contact-body')?.focus();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="staff-contact-title">
      <h3 id="staff-contact-title">{t('service-requests.staff.contact.title')}</h3>
      <p className="p-muted">{t('service-requests.staff.contact.lead')}</p>
      <FormError form={form} fieldDomId="contact-body" />
      <fieldset className="p-fieldset">
        <legend>{t('service-requests.staff.contact.channel')}</legend>
        {(['EMAIL', 'TIMELINE'] as const).map((c) => (
          <div className="p-checkbox" key={c}>
            <input
              type="radio"
              id={`contact-channel-${c}`}
              name="channel"
              value={c}
              checked={channel === c}
              onChange={() => setChannel(c)}
            />
            <label htmlFor={`contact-channel-${c}`}>{t(`service-requests.staff.contact.channels.${c}`)}</label>
          </div>
        ))}
      </fieldset>
      <TextArea
        label={t('service-requests.staff.contact.body')}
        required
        rows={4}
        maxLength={5000}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        {...form.field('body')}
        id="contact-body"
      />
      <Button type="submit" loading={loading}>
        {t(channel === 'EMAIL' ? 'service-requests.staff.contact.sendEmail' : 'service-requests.staff.contact.publish')}
      </Button>
    </form>
  );
}

function PriorityForm({ request, onDone }: { request: RequestDetail; onDone: Done }) {
  const t = useT();
  const form = useFormErrors();
  const [setPriority, { loading }] = useMutation(SET_PRIORITY);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const priority = String(new FormData(event.currentTarget).get('priority') ?? '') as Priority;
    const result = await form.run(() => setPriority({ variables: { id: request.id, priority } }));
    if (result?.data) onDone('service-requests.staff.prioritySet', { priority: t(`service-requests.priority.${priority}`) });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="staff-priority-title">
      <h3 id="staff-priority-title">{t('service-requests.staff.priority')}</h3>
      <FormError form={form} />
      <Select
        label={t('service-requests.staff.priorityField')}
        required
        placeholder={false}
        defaultValue={request.priority ?? 'NORMAL'}
        options={PRIORITIES.map((p) => ({ value: p, label: t(`service-requests.priority.${p}`) }))}
        {...form.field('priority')}
      />
      <Button type="submit" variant="secondary" loading={loading} loadingLabel={t('service-requests.saving')}>
        {t('service-requests.staff.setPriority')}
      </Button>
    </form>
  );
}

function DuplicateForm({ request, onDone }: { request: RequestDetail; onDone: Done }) {
  const t = useT();
  const client = useApolloClient();
  const form = useFormErrors();
  const [mark, { loading }] = useMutation(MARK_DUPLICATE);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const raw = String(new FormData(event.currentTarget).get('originalId') ?? '').trim();
    if (!raw) return form.setError(localError([{ path: 'originalId', constraint: 'required' }]));
    const result = await form.run(async () => {
      let originalId = raw;
      // A reference is what agents read on the other request; the mutation takes its id.
      if (REFERENCE_PATTERN.test(raw)) {
        const found = await client.query({ query: REQUEST_ID_BY_REFERENCE, variables: { reference: raw }, fetchPolicy: 'network-only' });
        const id = found.data?.serviceRequestByReference?.id;
        if (!id) throw localError([{ path: 'originalId', constraint: 'exists' }]);
        originalId = id;
      }
      return mark({ variables: { id: request.id, originalId } });
    });
    if (result?.data) onDone('service-requests.staff.markedDuplicate');
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="staff-duplicate-title">
      <h3 id="staff-duplicate-title">{t('service-requests.staff.duplicate')}</h3>
      <p className="p-muted">{t('service-requests.staff.duplicateLead')}</p>
      <FormError form={form} />
      <TextField
        label={t('service-requests.staff.original')}
        hint={t('service-requests.staff.originalHint')}
        required
        autoComplete="off"
        {...form.field('originalId')}
      />
      <Button type="submit" variant="danger" loading={loading} loadingLabel={t('service-requests.saving')}>
        {t('service-requests.staff.markDuplicate')}
      </Button>
    </form>
  );
}
