import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '@/i18n';
import { Button, FormError, Notice, PageHeader, Stack, TextField, useFormErrors } from '@/ui';
import { REQUEST_PASSWORD_RESET } from '../graphql/identity.graphql';

/** Asks for a reset link. The answer is the same whether or not an account has the address. */
export function ForgotPasswordPage() {
  const t = useT();
  const form = useFormErrors();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [request, { loading }] = useMutation(REQUEST_PASSWORD_RESET);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSentTo(null);
    const email = String(new FormData(event.currentTarget).get('email')).trim();
    const result = await form.run(() => request({ variables: { email } }));
    if (result?.data?.requestPasswordReset) setSentTo(email);
  }

  return (
    <Stack>
      <PageHeader title={t('identity.forgotPassword.title')} lead={t('identity.forgotPassword.lead')} />
      {sentTo && (
        <Notice tone="success" focus>
          <p>{t('identity.forgotPassword.sent', { email: sentTo })}</p>
        </Notice>
      )}
      <form onSubmit={onSubmit} noValidate>
        <FormError form={form} />
        <TextField label={t('identity.email')} type="email" autoComplete="email" required {...form.field('email')} />
        <Button type="submit" loading={loading} loadingLabel={t('identity.forgotPassword.submitting')}>
          {t('identity.forgotPassword.submit')}
        </Button>
      </form>
      <p>
        <Link to="/sign-in">{t('identity.forgotPassword.back')}</Link>
      </p>
    </Stack>
  );
}
