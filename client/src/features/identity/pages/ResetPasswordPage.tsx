import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { flash, useAuth } from '@/app';
import { useT } from '@/i18n';
import { Button, FormError, PageHeader, Stack, TextField, useFormErrors } from '@/ui';
import { RESET_PASSWORD } from '../graphql/identity.graphql';

/** The page a reset e-mail links to: a new password, then every session is signed out and the person signs in again. */
export function ResetPasswordPage() {
  const t = useT();
  const auth = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const form = useFormErrors();
  const [reset, { loading }] = useMutation(RESET_PASSWORD);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const newPassword = String(new FormData(event.currentTarget).get('newPassword'));
    const result = await form.run(() => reset({ variables: { token: params.get('token') ?? '', newPassword } }));
    if (!result?.data?.resetPassword) return;
    // The server ended every session, this one included.
    if (auth.viewer) await auth.signOut();
    void navigate('/sign-in', flash('identity.resetPassword.done'));
  }

  return (
    <Stack>
      <PageHeader title={t('identity.resetPassword.title')} lead={t('identity.resetPassword.lead')} />
      <form onSubmit={onSubmit} noValidate>
        <FormError form={form} />
        <TextField
          label={t('identity.password_change.next')}
          hint={t('identity.passwordHint')}
          type="password"
          autoComplete="new-password"
          required
          {...form.field('newPassword')}
        />
        <Button type="submit" loading={loading} loadingLabel={t('identity.resetPassword.submitting')}>
          {t('identity.resetPassword.submit')}
        </Button>
      </form>
      <p>
        <Link to="/forgot-password">{t('identity.resetPassword.askAgain')}</Link>
      </p>
    </Stack>
  );
}
