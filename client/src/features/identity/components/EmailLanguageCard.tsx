import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { Language } from '@/generated/graphql';
import { useT } from '@/i18n';
import { Button, Card, FormError, Notice, Select, useFormErrors } from '@/ui';
import { SET_MY_LOCALE } from '../graphql/identity.graphql';

/** The language of the e-mails the account receives (set from the interface at sign-up and when it is switched). */
export function EmailLanguageCard({ locale }: { locale: Language | null }) {
  const t = useT();
  const form = useFormErrors();
  const [saved, setSaved] = useState(false);
  const [setMyLocale, { loading }] = useMutation(SET_MY_LOCALE);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const value = String(new FormData(event.currentTarget).get('locale')) as Language;
    const result = await form.run(() => setMyLocale({ variables: { locale: value } }));
    if (result?.data) setSaved(true);
  }

  return (
    <Card title={t('identity.emailLanguage.title')} id="language">
      {saved && (
        <Notice tone="success" live>
          <p>{t('identity.emailLanguage.saved')}</p>
        </Notice>
      )}
      <form onSubmit={onSubmit} noValidate key={locale ?? ''}>
        <FormError form={form} />
        <Select
          label={t('identity.emailLanguage.label')}
          hint={t('identity.emailLanguage.hint')}
          placeholder={false}
          defaultValue={locale ?? 'FR'}
          options={[
            { value: 'FR', label: 'Français' },
            { value: 'EN', label: 'English' },
          ]}
          {...form.field('locale')}
        />
        <Button type="submit" loading={loading} loadingLabel={t('identity.emailLanguage.saving')}>
          {t('identity.emailLanguage.save')}
        </Button>
      </form>
    </Card>
  );
}
