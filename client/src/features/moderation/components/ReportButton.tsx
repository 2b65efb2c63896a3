import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link } from 'react-router-dom';
import { useAuth } from '@/app';
import { useI18n } from '@/i18n';
import { Button, Cluster, FormError, TextArea, useFormErrors } from '@/ui';
import { FLAG_CONTENT, FLAG_REASONS, type FlagReason, type FlagTarget } from '../graphql/moderation.graphql';
import { markReported, useReported } from '../hooks/reported';
import '../moderation.css';

/** The longest note the server takes (FLAG_NOTE_MAX). */
export const NOTE_MAX = 1000;

/** A client-side refusal shaped like the server's, so the form shows it the same way. */
const reasonMissing = {
  errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fields: [{ path: 'reason', constraint: 'required' }] } }],
};

export interface ReportButtonProps {
  target: FlagTarget;
  /** The item's author: their own content has no button. Null or absent when unknown. */
  authorId?: string | null;
  /** What the item is, in words, for the button's name and the form's title: « commentaire de Bob Durand ». */
  what: string;
  /** Hidden by a moderator already: nothing left to report (moderators still get « Modérer »). */
  hidden?: boolean;
}

/**
 * « Signaler » on a flaggable item: a disclosure form (reason as radio buttons, optional note with
 * its length) that sends `flagContent`, then says so in a polite live region and puts focus back on
 * the button, which now reads « Signalé ». Visitors and the item's author see nothing; moderators
 * get a link to act on the item instead (its moderation page).
 */
export function ReportButton({ target, authorId, what, hidden }: ReportButtonProps) {
  const { t } = useI18n();
  const { viewer, hasRole } = useAuth();
  const uid = useId();
  const buttonId = `report-${uid}`;
  const formId = `report-form-${uid}`;
  const titleId = `report-title-${uid}`;
  const noteId = `report-note-${uid}`;
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<FlagReason | null>(null);
  const [note, setNote] = useState('');
  const [sent, setSent] = useState(false);
  const form = useFormErrors();
  const [flag, { loading }] = useMutation(FLAG_CONTENT);
  const reported = useReported(viewer?.id, target.type, target.id);

  if (!viewer || (authorId && authorId === viewer.id)) return null;
  if (hasRole('MODERATOR', 'ADMIN')) {
    return (
      <Link
        className="p-button p-button--ghost p-button--small"
        to={`/moderation/items/${target.type}/${encodeURIComponent(target.id)}`}
        aria-label={t('moderation.report.moderateFor', { what })}
      >
        {t('moderation.report.moderate')}
      </Link>
    );
  }
  if (hidden) return null;

  const focusButton = () => window.setTimeout(() => document.getElementById(buttonId)?.focus(), 0);

  function close() {
    setOpen(false);
    form.clear();
    focusButton();
  }

  function openForm() {
    setOpen(true);
    setSent(false);
    // The first choice takes focus once the form is drawn.
    window.setTimeout(() => document.getElementById(`${formId}-${FLAG_REASONS[0]}`)?.focus(), 0);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason) {
      form.setError(reasonMissing);
      return;
    }
    const trimmed = note.trim();
    const result = await form.run(() =>
      flag({ variables: { targetType: target.type, targetId: target.id, reason, note: trimmed ? trimmed : null } }),
    );
    if (!result?.data?.flagContent || !viewer) return;
    markReported(viewer.id, target.type, target.id);
    setOpen(false);
    setReason(null);
    setNote('');
    setSent(true);
    focusButton();
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  }

  const reasonError = form.error?.fields.reason;
  return (
    <div className={open ? 'md-report md-report--open' : 'md-report'}>
      {reported ? (
        // Still a button (focus comes back to it), but nothing more to do.
        <Button id={buttonId} variant="ghost" size="small" aria-disabled="true" aria-label={t('moderation.report.doneFor', { what })}>
          <span aria-hidden="true">⚑</span> {t('moderation.report.done')}
        </Button>
      ) : (
        <Button
          id={buttonId}
          variant="ghost"
          size="small"
          aria-expanded={open}
          aria-controls={open ? formId : undefined}
          aria-label={t('moderation.report.buttonFor', { what })}
          onClick={() => (open ? close() : openForm())}
        >
          <span aria-hidden="true">⚐</span> {t('moderation.report.button')}
        </Button>
      )}
      {open && (
        <form id={formId} className="md-report__form" aria-labelledby={titleId} onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
          <p className="md-report__title" id={titleId}>
            {t('moderation.report.formTitle', { what })}
          </p>
          <FormError form={form} fieldDomId={reasonError ? `${formId}-${FLAG_REASONS[0]}` : noteId} />
          <fieldset
            className={reasonError ? 'md-choices md-choices--error' : 'md-choices'}
            aria-describedby={reasonError ? `${formId}-reason-error` : undefined}
          >
            <legend>{t('moderation.report.reason')}</legend>
            {reasonError && (
              <p className="p-field__error" id={`${formId}-reason-error`}>
                {reasonError}
              </p>
            )}
            {FLAG_REASONS.map((r) => (
              <div className="md-choice" key={r}>
                <input
                  type="radio"
                  id={`${formId}-${r}`}
                  name={`${formId}-reason`}
                  value={r}
                  checked={reason === r}
                  onChange={() => setReason(r)}
                  aria-describedby={`${formId}-${r}-hint`}
                />
                <label htmlFor={`${formId}-${r}`}>
                  {t(`moderation.reasons.${r}`)}
                  <span className="md-choice__hint" id={`${formId}-${r}-hint`}>
                    {t(`moderation.reasonHints.${r}`)}
                  </span>
                </label>
              </div>
            ))}
          </fieldset>
          <TextArea
            label={t('moderation.report.note')}
            hint={
              <>
                {t('moderation.report.noteHint')}{' '}
                <span className={note.length > NOTE_MAX ? 'md-count md-count--over' : 'md-count'}>
                  {t('moderation.report.noteCount', { count: note.length, max: NOTE_MAX })}
                </span>
              </>
            }
            rows={3}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            {...form.field('note')}
            id={noteId}
          />
          <Cluster>
            <Button type="submit" size="small" loading={loading} loadingLabel={t('moderation.report.sending')}>
              {t('moderation.report.send')}
            </Button>
            <Button variant="ghost" size="small" onClick={close}>
              {t('ui.cancel')}
            </Button>
          </Cluster>
        </form>
      )}
      <div role="status" className="md-report__status">
        {sent && <p>{t('moderation.report.sent')}</p>}
      </div>
    </div>
  );
}
