import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ConnectionLoadMore, ROLES, type Role } from '@/app';
import { useI18n } from '@/i18n';
import { Badge, Button, Card, Cluster, EmptyState, ErrorMessage, PageHeader, Select, Spinner, TextField } from '@/ui';
import { AdminNav } from '../components/AdminNav';
import { USERS } from '../graphql/admin.graphql';

const PAGE = 20;

export function UsersPage() {
  const { t, formatDate } = useI18n();
  // The filters live in the URL: the list can be bookmarked and the back button works.
  const [params, setParams] = useSearchParams();
  const search = params.get('q')?.trim() || null;
  const roleParam = params.get('role');
  const role = (ROLES as readonly string[]).includes(roleParam ?? '') ? (roleParam as Role) : null;
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(USERS, {
    variables: { first: PAGE, search, role },
    notifyOnNetworkStatusChange: true,
  });

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    const q = String(form.get('q') ?? '').trim();
    const r = String(form.get('role') ?? '');
    if (q) next.set('q', q);
    if (r) next.set('role', r);
    setParams(next);
  }

  const users = data?.users;
  return (
    <>
      <PageHeader title={t('admin.users.title')} lead={t('admin.users.lead')} />
      <AdminNav />
      <form role="search" onSubmit={onSearch} aria-label={t('admin.users.filter')}>
        <TextField label={t('admin.users.search')} name="q" type="search" defaultValue={search ?? ''} noMarker />
        <Select
          label={t('admin.users.role')}
          name="role"
          defaultValue={role ?? ''}
          placeholder={t('admin.users.allRoles')}
          noMarker
          options={ROLES.map((r) => ({ value: r, label: t(`identity.roles.${r}`) }))}
        />
        <Button type="submit" variant="secondary">
          {t('admin.users.filter')}
        </Button>
      </form>
      <section aria-labelledby="users-results" className="p-section p-stack">
        <h2 id="users-results">{users ? t('admin.users.results', { count: users.totalCount }) : t('admin.users.title')}</h2>
        {networkStatus === NetworkStatus.loading && <Spinner />}
        {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
        {users && users.edges.length === 0 && <EmptyState title={t('admin.users.empty')} />}
        {users?.edges.map(({ node: user }) => (
          <Card key={user.id} as="article">
            <h3 className="p-card__title">{user.displayName}</h3>
            <p className="p-muted">
              {user.email} · {t('admin.users.joined', { date: formatDate(user.createdAt) })}
              {user.district ? ` · ${user.district}` : ''}
            </p>
            <Cluster>
              {user.roles.map((r) => (
                <Badge key={r} tone={r === 'RESIDENT' ? 'neutral' : 'info'}>
                  {t(`identity.roles.${r}`)}
                </Badge>
              ))}
            </Cluster>
            <p>
              <Link to={`/admin/users/${user.id}`}>{t('admin.users.open', { name: user.displayName })}</Link>
            </p>
          </Card>
        ))}
        {users && <ConnectionLoadMore connection={users} networkStatus={networkStatus} fetchMore={fetchMore} />}
      </section>
    </>
  );
}
