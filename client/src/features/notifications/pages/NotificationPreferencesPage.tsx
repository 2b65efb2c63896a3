import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { NotificationFrequency, NotificationPreferenceFieldsFragment } from '@/generated/graphql';
import { useI18n } from '@/i18n';
import { Card, ErrorMessage, FormError, Notice, PageHeader, Select, Spinner, useFormErrors } from '@/ui';
import { NOTIFICATION_PREFERENCES, SET_NOTIFICATION_PREFERENCE } from '../graphql/preferences.graphql';

const FREQUENCIES: NotificationFrequency[] = ['IMMEDIATE', 'DAILY_DIGEST', 'NEVER'];

/** Groups in the server's order (it lists kinds group by group). */
function byGroup(list: NotificationPreferenceFieldsFragment[]) {
  const groups: { group: string; label: string; kinds: NotificationPreferenceFieldsFragment[] }[] = [];
  for (const p of list) {
    const last = groups[groups.length - 1];
    if (last?.group === p.group) last.kinds.push(p);
    else groups.push({ group: p.group, label: p.groupLabel, kinds: [p] });
  }
  return groups;
}

/**
 * `/account/notifications`: how often each kind of notification is e-mailed (at once, in the daily
 * digest, never), grouped by domain. A choice is saved as soon as it is made (the select keeps the
 * focus; the result is announced). In-app notifications are always kept.
 */
export function NotificationPreferencesPage() {
  const { t, lang } = useI18n();
  const locale = lang === 'en' ? 'EN' : 'FR';
  const form = useFormErrors();
  const [saved, setSaved] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(NOTIFICATION_PREFERENCES, { variables: { locale } });
  const [setPreference] = useMutation(SET_NOTIFICATION_PREFERENCE);

  async function choose(p: NotificationPreferenceFieldsFragment, frequency: NotificationFrequency) {
    setSaved(null);
    const result = await form.run(() => setPreference({ variables: { kind: p.kind, frequency, locale } }));
    const after = result?.data?.setNotificationPreference;
    if (after)
      setSaved(
        t('notifications.preferences.saved', {
          label: after.label,
          frequency: t(`notifications.preferences.frequency.${after.frequency}`),
        }),
      );
  }

  return (
    <>
      <PageHeader title={t('notifications.preferences.title')} lead={t('notifications.preferences.lead')} />
      <p>
        <Link to="/account">{t('notifications.preferences.backToAccount')}</Link>
      </p>
      <FormError form={form} />
      <div role="status">{saved && <Notice tone="success">{<p>{saved}</p>}</Notice>}</div>
      {loading && !data && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data &&
        byGroup(data.notificationPreferences).map((g) => (
          <Card key={g.group} title={g.label} id={`prefs-${g.group}`}>
            {g.kinds.map((p) => (
              <Select
                key={p.kind}
                label={p.label}
                name={`pref-${p.kind}`}
                placeholder={false}
                noMarker
                hint={
                  p.frequency === p.defaultFrequency
                    ? undefined
                    : t('notifications.preferences.default', { frequency: t(`notifications.preferences.frequency.${p.defaultFrequency}`) })
                }
                value={p.frequency}
                options={FREQUENCIES.map((f) => ({ value: f, label: t(`notifications.preferences.frequency.${f}`) }))}
                onChange={(e) => void choose(p, e.target.value as NotificationFrequency)}
              />
            ))}
          </Card>
        ))}
    </>
  );
}
