import { useAuth } from '@/app';
import { EmailPreferencesCard } from '@/features/notifications';
import { useT } from '@/i18n';
import { PageHeader } from '@/ui';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { DeleteAccountCard } from '../components/DeleteAccountCard';
import { ExportDataCard } from '../components/ExportDataCard';
import { ProfileCard } from '../components/ProfileCard';
import { SessionsCard } from '../components/SessionsCard';

export function AccountPage() {
  const t = useT();
  const { viewer } = useAuth();
  return (
    <>
      <PageHeader title={t('identity.account.title')} />
      {viewer && <ProfileCard viewer={viewer} />}
      <EmailPreferencesCard />
      <SessionsCard />
      <ChangePasswordForm />
      <ExportDataCard />
      <DeleteAccountCard />
    </>
  );
}
