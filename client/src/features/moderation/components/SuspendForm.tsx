import { useState, type FormEvent } from 'react';
import { useI18n } from '@/i18n';
import { Button, Cluster, FormError, Select, TextArea, useFormErrors } from '@/ui';
import type { SuspensionData } from '../graphql/moderation.graphql';
import { useSuspensionDecisions } from '../hooks/useModerationActions';
import { SUSPENSION_PERIODS, suspensionEnd } from '../lib';

/**
 * Suspends an account: a period (from a day to a year) and the reason shown to the person. The end
 * date is computed when sending; the server checks it (future, at most a year) and the rights
 * (nobody suspends themselves or an admin; only an admin suspends a moderator). Used by the queue,
 * the item page and the admin's user page.
 */
export function SuspendForm({
  user,
  domId,
  onDone,
  onCancel,
}: {
  user: { id: string; displayName: string };
  /** Prefix of the fields' ids: the form can appear several times on a page. */
  domId: string;
  onDone: (suspension: SuspensionData) => void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const form = useFormErrors();
  const { suspend, suspending } = useSuspensionDecisions();
  const [days, setDays] = useState<number>(7);
  const periodId = `${domId}-first`;
  const reasonId = `${domId}-reason`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '');
    const result = await form.run(() => suspend(user.id, suspensionEnd(days, new Date()), reason));
    if (result?.data) onDone(result.data.suspendAccount);
  }

  const periodError = form.error?.fields.until;
  return (
    <form
      className="md-action-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('moderation.actions.suspendFor', { name: user.displayName })}
    >
      <FormError form={form} fieldDomId={periodError ? periodId : reasonId} />
      <Select
        label={t('moderation.suspend.period')}
        hint={t('moderation.suspend.untilPreview', { until: suspensionEnd(days, new Date()).toISOString() })}
        options={SUSPENSION_PERIODS.map((d) => ({ value: String(d), label: t(`moderation.suspend.periods.d${d}`) }))}
        placeholder={false}
        required
        value={String(days)}
        onChange={(e) => setDays(Number(e.currentTarget.value))}
        {...form.field('until')}
        id={periodId}
        name="period"
      />
      <TextArea
        label={t('moderation.suspend.reason')}
        hint={t('moderation.suspend.replaceHint')}
        required
        rows={2}
        maxLength={1000}
        {...form.field('reason')}
        id={reasonId}
      />
      <Cluster>
        <Button type="submit" variant="danger" size="small" loading={suspending} loadingLabel={t('moderation.actions.working')}>
          {t('moderation.suspend.submitFor', { name: user.displayName })}
        </Button>
        {onCancel && (
          <Button variant="ghost" size="small" onClick={onCancel}>
            {t('ui.cancel')}
          </Button>
        )}
      </Cluster>
    </form>
  );
}
