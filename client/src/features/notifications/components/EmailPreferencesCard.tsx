import { Link } from 'react-router-dom';
import { useT } from '@/i18n';
import { Card } from '@/ui';

/** On the account page: the way to the e-mail notification preferences. */
export function EmailPreferencesCard() {
  const t = useT();
  return (
    <Card title={t('notifications.preferences.title')}>
      <p>{t('notifications.preferences.linkLead')}</p>
      <p>
        <Link to="/account/notifications">{t('notifications.preferences.link')}</Link>
      </p>
    </Card>
  );
}
