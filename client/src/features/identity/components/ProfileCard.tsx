import type { Viewer } from '@/app';
import { useI18n } from '@/i18n';
import { Badge, Card, Cluster } from '@/ui';

export function ProfileCard({ viewer }: { viewer: Viewer }) {
  const { t, formatDate } = useI18n();
  return (
    <Card title={t('identity.account.profile')} id="profile">
      <dl className="p-dl">
        <dt>{t('identity.account.name')}</dt>
        <dd>{viewer.displayName}</dd>
        <dt>{t('identity.account.email')}</dt>
        <dd>{viewer.email}</dd>
        <dt>{t('identity.account.district')}</dt>
        <dd>{viewer.district ?? t('identity.account.noDistrict')}</dd>
        <dt>{t('identity.account.roles')}</dt>
        <dd>
          <Cluster>
            {viewer.roles.map((r) => (
              <Badge key={r} tone={r === 'RESIDENT' ? 'neutral' : 'info'}>
                {t(`identity.roles.${r}`)}
              </Badge>
            ))}
          </Cluster>
        </dd>
        {viewer.departments.length > 0 && (
          <>
            <dt>{t('identity.account.departments')}</dt>
            <dd>{viewer.departments.map((d) => d.name).join(', ')}</dd>
          </>
        )}
        <dt>{t('identity.account.memberSince')}</dt>
        <dd>{formatDate(viewer.createdAt)}</dd>
      </dl>
    </Card>
  );
}
