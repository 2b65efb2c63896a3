import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useT } from '@/i18n';
import { Button, Card, FormError, Notice, TextField, useFormErrors } from '@/ui';
import { CHANGE_PASSWORD, MY_SESSIONS } from '../graphql/identity.graphql';

export function ChangePasswordForm() {
  const t = useT();
  const form = useFormErrors();
  const [done, setDone] = useState(false);
  // The server signs the other sessions out: the sessions list must show it.
  const [changePassword, { loading }] = useMutation(CHANGE_PASSWORD, { refetchQueries: [MY_SESSIONS] });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const el = event.currentTarget;
    const data = new FormData(el);
    const result = await form.run(() =>
      changePassword({ variables: { currentPassword: String(data.get('currentPassword')), newPassword: String(data.get('newPassword')) } }),
    );
    if (result?.data?.changePassword) {
      el.reset();
      setDone(true);
    }
  }

  return (
    <Card title={t('identity.password_change.title')} id="password">
      {done && (
        <Notice tone="success" live>
          <p>{t('identity.password_change.done')}</p>
        </Notice>
      )}
      <form onSubmit={onSubmit} noValidate>
        <FormError form={form} />
        <TextField
          label={t('identity.password_change.current')}
          type="password"
          autoComplete="current-password"
          required
          {...form.field('currentPassword')}
        />
        <TextField
          label={t('identity.password_change.next')}
          hint={t('identity.passwordHint')}
          type="password"
          autoComplete="new-password"
          required
          {...form.field('newPassword')}
        />
        <Button type="submit" loading={loading} loadingLabel={t('identity.password_change.submitting')}>
          {t('identity.password_change.submit')}
        </Button>
      </form>
    </Card>
  );
}
