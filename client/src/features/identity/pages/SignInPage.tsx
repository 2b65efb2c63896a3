import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { flash, safeNext, useAuth } from '@/app';
import { useSetupLanding } from '@/features/commune';
import { useT } from '@/i18n';
import { Button, FormError, PageHeader, Stack, TextField, useFormErrors } from '@/ui';
import { LOGIN } from '../graphql/identity.graphql';

export function SignInPage() {
  const t = useT();
  const auth = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [login, { loading }] = useMutation(LOGIN);
  const form = useFormErrors();
  const setupLanding = useSetupLanding();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const result = await form.run(() =>
      login({ variables: { input: { email: String(data.get('input.email')), password: String(data.get('input.password')) } } }),
    );
    if (!result?.data) return;
    await auth.signIn(result.data.login);
    // Without a destination, an admin of a commune not set up yet goes to its first-run checklist.
    const next = params.get('next') ? safeNext(params.get('next')) : ((await setupLanding(result.data.login.user.roles)) ?? '/');
    void navigate(next, flash('identity.signIn.welcomeBack', { name: result.data.login.user.displayName }));
  }

  return (
    <Stack>
      <PageHeader title={t('identity.signIn.title')} />
      <form onSubmit={onSubmit} noValidate>
        <FormError form={form} />
        <TextField label={t('identity.email')} type="email" autoComplete="email" required {...form.field('input.email')} />
        <TextField
          label={t('identity.password')}
          type="password"
          autoComplete="current-password"
          required
          {...form.field('input.password')}
        />
        <Button type="submit" loading={loading} loadingLabel={t('identity.signIn.submitting')}>
          {t('identity.signIn.submit')}
        </Button>
      </form>
      <p>
        <Link to="/forgot-password">{t('identity.signIn.forgotPassword')}</Link>
      </p>
      <p>
        {t('identity.signIn.noAccount')}{' '}
        <Link to={`/sign-up${params.get('next') ? `?next=${encodeURIComponent(params.get('next')!)}` : ''}`}>
          {t('identity.signIn.createOne')}
        </Link>
      </p>
    </Stack>
  );
}
