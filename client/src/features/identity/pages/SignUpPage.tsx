import { useMutation, useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { flash, safeNext, useAuth } from '@/app';
import { SignUpConsent } from '@/features/commune';
import { useI18n } from '@/i18n';
import { Button, FormError, PageHeader, Stack, Select, TextField, useFormErrors } from '@/ui';
import { DISTRICTS, REGISTER } from '../graphql/identity.graphql';
import { languageOf } from '../hooks/language';

export function SignUpPage() {
  const { t, lang } = useI18n();
  const auth = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const districts = useQuery(DISTRICTS);
  const [register, { loading }] = useMutation(REGISTER);
  const form = useFormErrors();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const district = String(data.get('input.district') ?? '');
    const result = await form.run(() =>
      register({
        variables: {
          input: {
            displayName: String(data.get('input.displayName')),
            email: String(data.get('input.email')),
            password: String(data.get('input.password')),
            district: district || null,
            // The e-mails will speak the language the interface speaks now.
            locale: languageOf(lang),
          },
        },
      }),
    );
    if (!result?.data) return;
    await auth.signIn(result.data.register);
    void navigate(safeNext(params.get('next')), flash('identity.signUp.welcome', { name: result.data.register.user.displayName }));
  }

  return (
    <Stack>
      <PageHeader title={t('identity.signUp.title')} lead={t('identity.signUp.lead')} />
      <form onSubmit={onSubmit} noValidate>
        <FormError form={form} />
        <TextField
          label={t('identity.displayName')}
          hint={t('identity.displayNameHint')}
          autoComplete="nickname"
          required
          maxLength={80}
          {...form.field('input.displayName')}
        />
        <TextField label={t('identity.email')} type="email" autoComplete="email" required {...form.field('input.email')} />
        <TextField
          label={t('identity.password')}
          hint={t('identity.passwordHint')}
          type="password"
          autoComplete="new-password"
          required
          {...form.field('input.password')}
        />
        <Select
          label={t('identity.district')}
          hint={t('identity.districtHint')}
          options={(districts.data?.districts ?? []).map((d) => ({ value: d, label: d }))}
          {...form.field('input.district')}
        />
        <SignUpConsent />
        <Button type="submit" loading={loading} loadingLabel={t('identity.signUp.submitting')}>
          {t('identity.signUp.submit')}
        </Button>
      </form>
      <p>
        {t('identity.signUp.haveAccount')} <Link to="/sign-in">{t('identity.signIn.title')}</Link>
      </p>
    </Stack>
  );
}
