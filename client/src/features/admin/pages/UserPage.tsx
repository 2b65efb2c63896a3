import { useQuery } from '@apollo/client/react';
import { Fragment } from 'react';
import { Link, useParams } from 'react-router-dom';
import { UserSuspensionCard } from '@/features/moderation';
import { useI18n } from '@/i18n';
import { Badge, Card, Cluster, EmptyState, ErrorMessage, PageHeader, Spinner } from '@/ui';
import { AdminNav } from '../components/AdminNav';
import { UserRoles } from '../components/UserRoles';
import { ADMIN_USER } from '../graphql/admin.graphql';

/**
 * One account, as admins see it: who it is, its roles and the departments it works for, and the
 * roles to give or take back. Its sections in order: the account, its roles, then its suspension
 * (the moderation feature's card: the one in force and lifting it, suspending, the past ones).
 */
export function UserPage() {
  const { t, formatDate } = useI18n();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ADMIN_USER, { variables: { id } });
  const user = data?.user;

  return (
    <>
      <PageHeader title={user?.displayName ?? t('admin.users.title')} />
      <AdminNav />
      <p>
        <Link to="/admin/users">{t('admin.users.backToList')}</Link>
      </p>
      {loading && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && !user && <EmptyState title={t('admin.users.notFound')} />}
      {user && (
        <>
          <Card title={t('admin.users.account')} id="user-account">
            <dl className="p-dl">
              <dt>{t('admin.users.email')}</dt>
              <dd>{user.email}</dd>
              <dt>{t('admin.users.district')}</dt>
              <dd>{user.district ?? t('admin.users.noDistrict')}</dd>
              <dt>{t('admin.users.joinedAt')}</dt>
              <dd>{formatDate(user.createdAt)}</dd>
              <dt>{t('admin.users.roles')}</dt>
              <dd>
                <Cluster>
                  {user.roles.map((r) => (
                    <Badge key={r} tone={r === 'RESIDENT' ? 'neutral' : 'info'}>
                      {t(`identity.roles.${r}`)}
                    </Badge>
                  ))}
                </Cluster>
              </dd>
              <dt>{t('admin.users.departments')}</dt>
              <dd>
                {user.departments.length === 0
                  ? t('admin.users.noDepartment')
                  : user.departments.map((d, i) => (
                      <Fragment key={d.id}>
                        {i > 0 && ', '}
                        {d.archived ? t('admin.users.departmentArchived', { name: d.name }) : d.name}
                      </Fragment>
                    ))}
              </dd>
            </dl>
          </Card>
          <Card title={t('admin.users.manageRoles')} id="user-roles">
            <UserRoles user={user} />
          </Card>
          <UserSuspensionCard user={user} />
        </>
      )}
    </>
  );
}
