import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useAuth } from '@/app';
import { useI18n } from '@/i18n';
import { Badge, Button, Cluster, FormError, TextArea, useFormErrors } from '@/ui';
import type { SuspensionData } from '../graphql/moderation.graphql';
import { useSuspensionDecisions } from '../hooks/useModerationActions';

/**
 * One suspension: whose, until when, why, decided by whom and when (and, once ended early, when,
 * by whom and why it was lifted); while in force, « Lever la suspension » opens a small form with
 * an optional reason shown to the person. `onLifted` is called once the server agreed.
 */
export function SuspensionItem({
  suspension: s,
  headingId,
  level = 2,
  showName = true,
  onLifted,
}: {
  suspension: SuspensionData;
  headingId: string;
  level?: 2 | 3 | 4;
  /** The heading names the person (a list of suspensions); on their own page it names the state. */
  showName?: boolean;
  onLifted: (lifted: SuspensionData) => void;
}) {
  const { t, formatDateTime } = useI18n();
  const { hasRole } = useAuth();
  const [lifting, setLifting] = useState(false);
  const Heading = `h${level}` as 'h2' | 'h3' | 'h4';
  const buttonId = `${headingId}-lift`;
  const name = s.user.displayName;

  return (
    <article className="p-card" aria-labelledby={headingId}>
      <Heading className="md-item__heading" id={headingId} tabIndex={-1}>
        {showName ? name : t('moderation.suspensions.period', { from: s.createdAt, to: s.liftedAt ?? s.until })}
      </Heading>
      <dl className="p-dl">
        <dt>{t('moderation.suspensions.status')}</dt>
        <dd>
          <Badge tone={s.active ? 'danger' : 'neutral'}>
            {s.active ? t('moderation.suspensions.active') : t('moderation.suspensions.ended')}
          </Badge>
        </dd>
        <dt>{t('moderation.suspensions.until')}</dt>
        <dd>{formatDateTime(s.until)}</dd>
        <dt>{t('moderation.suspensions.reason')}</dt>
        <dd className="md-pre">{s.reason}</dd>
        <dt>{t('moderation.suspensions.since')}</dt>
        <dd>{formatDateTime(s.createdAt)}</dd>
        <dt>{t('moderation.suspensions.by')}</dt>
        <dd>{s.suspendedBy?.displayName ?? t('moderation.suspensions.system')}</dd>
        {s.liftedAt && (
          <>
            <dt>{t('moderation.suspensions.liftedOn')}</dt>
            <dd>{formatDateTime(s.liftedAt)}</dd>
            {s.liftedBy && (
              <>
                <dt>{t('moderation.suspensions.liftedBy')}</dt>
                <dd>{s.liftedBy.displayName}</dd>
              </>
            )}
            {s.liftReason && (
              <>
                <dt>{t('moderation.suspensions.liftReason')}</dt>
                <dd className="md-pre">{s.liftReason}</dd>
              </>
            )}
          </>
        )}
      </dl>
      {showName && hasRole('ADMIN') && (
        <p>
          <Link to={`/admin/users/${s.user.id}`}>{name}</Link>
        </p>
      )}
      {s.active && !lifting && (
        <Button
          id={buttonId}
          variant="secondary"
          size="small"
          aria-label={t('moderation.suspensions.liftFor', { name })}
          onClick={() => {
            setLifting(true);
            window.setTimeout(() => document.getElementById(`${headingId}-lift-reason`)?.focus(), 0);
          }}
        >
          {t('moderation.suspensions.lift')}
        </Button>
      )}
      {s.active && lifting && (
        <LiftForm
          domId={`${headingId}-lift`}
          suspension={s}
          onCancel={() => {
            setLifting(false);
            window.setTimeout(() => document.getElementById(buttonId)?.focus(), 0);
          }}
          onDone={(lifted) => {
            setLifting(false);
            onLifted(lifted);
          }}
        />
      )}
    </article>
  );
}

function LiftForm({
  domId,
  suspension,
  onCancel,
  onDone,
}: {
  domId: string;
  suspension: SuspensionData;
  onCancel: () => void;
  onDone: (lifted: SuspensionData) => void;
}) {
  const { t } = useI18n();
  const form = useFormErrors();
  const { lift, lifting } = useSuspensionDecisions();
  const reasonId = `${domId}-reason`;
  const name = suspension.user.displayName;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    const result = await form.run(() => lift(suspension.user.id, reason || null));
    if (result?.data) onDone(result.data.liftSuspension);
  }

  return (
    <form className="md-action-form" onSubmit={onSubmit} noValidate aria-label={t('moderation.suspensions.liftFor', { name })}>
      <FormError form={form} fieldDomId={reasonId} />
      <TextArea label={t('moderation.suspensions.liftReasonField')} rows={2} maxLength={1000} {...form.field('reason')} id={reasonId} />
      <Cluster>
        <Button type="submit" size="small" loading={lifting} loadingLabel={t('moderation.actions.working')}>
          {t('moderation.suspensions.confirmLift')}
        </Button>
        <Button variant="ghost" size="small" onClick={onCancel}>
          {t('ui.cancel')}
        </Button>
      </Cluster>
    </form>
  );
}
