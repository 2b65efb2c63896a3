import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useT } from '@/i18n';
import { Button, Card, FormError, Notice, TextField, useFormErrors } from '@/ui';
import { REQUEST_EMAIL_CHANGE } from '../graphql/identity.graphql';

/** Asks for a new address: a link goes to it, and the address changes only once that link is followed. */
export function ChangeEmailCard({ currentEmail }: { currentEmail: string | null }) {
  const t = useT();
  const form = useFormErrors();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [request, { loading }] = useMutation(REQUEST_EMAIL_CHANGE);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSentTo(null);
    const el = event.currentTarget;
    const data = new FormData(el);
    const newEmail = String(data.get('newEmail')).trim();
    const result = await form.run(() => request({ variables: { newEmail, currentPassword: String(data.get('currentPassword')) } }));
    if (result?.data?.requestEmailChange) {
      el.reset();
      setSentTo(newEmail);
    }
  }

  return (
    <Card title={t('identity.changeEmail.title')} id="email">
      <p>{t('identity.changeEmail.lead', { email: currentEmail ?? '' })}</p>
      {sentTo && (
        <Notice tone="success" focus>
          <p>{t('identity.changeEmail.sent', { email: sentTo })}</p>
        </Notice>
      )}
      <form onSubmit={onSubmit} noValidate>
        <FormError form={form} />
        <TextField label={t('identity.changeEmail.newEmail')} type="email" autoComplete="email" required {...form.field('newEmail')} />
        <TextField
          label={t('identity.password_change.current')}
          type="password"
          autoComplete="current-password"
          required
          {...form.field('currentPassword')}
        />
        <Button type="submit" loading={loading} loadingLabel={t('identity.changeEmail.submitting')}>
          {t('identity.changeEmail.submit')}
        </Button>
      </form>
    </Card>
  );
}
