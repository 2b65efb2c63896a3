import { useQuery } from '@apollo/client/react';
import { useAuth } from '@/app';
import { EmailPreferencesCard } from '@/features/notifications';
import { useT } from '@/i18n';
import { PageHeader } from '@/ui';
import { ChangeEmailCard } from '../components/ChangeEmailCard';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { DeleteAccountCard } from '../components/DeleteAccountCard';
import { EmailLanguageCard } from '../components/EmailLanguageCard';
import { ExportDataCard } from '../components/ExportDataCard';
import { ProfileCard } from '../components/ProfileCard';
import { SessionsCard } from '../components/SessionsCard';
import { MY_ACCOUNT_STATUS } from '../graphql/identity.graphql';

export function AccountPage() {
  const t = useT();
  const { viewer } = useAuth();
  const status = useQuery(MY_ACCOUNT_STATUS).data?.me ?? null;
  return (
    <>
      <PageHeader title={t('identity.account.title')} />
      {viewer && <ProfileCard viewer={viewer} />}
      <EmailPreferencesCard />
      <SessionsCard />
      <ChangeEmailCard currentEmail={status?.email ?? viewer?.email ?? null} />
      <ChangePasswordForm />
      {status && <EmailLanguageCard locale={status.locale} />}
      <ExportDataCard />
      <DeleteAccountCard />
    </>
  );
}
