import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { Badge, Button, ButtonLink, Card, Cluster, EmptyState, ErrorMessage, PageHeader, Spinner } from '@/ui';
import { ActionNotice, useActionResult } from '../components/ActionNotice';
import { AdminNav } from '../components/AdminNav';
import { ADMIN_SERVICES, DEPARTMENTS, MOVE_SERVICE, UPDATE_SERVICE, type AdminService } from '../graphql/admin.graphql';
import { dropOfferedLists } from '../lib/cache';

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/** Active services by heading (French order), each heading in the admins' order, as residents see them. */
function byGroup(services: readonly AdminService[]): [string, AdminService[]][] {
  const groups = new Map<string, AdminService[]>();
  for (const s of services) groups.set(s.group, [...(groups.get(s.group) ?? []), s]);
  return [...groups]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([g, items]) => [g, items.sort((a, b) => a.position - b.position)] as [string, AdminService[]]);
}

/**
 * The catalogue as admins run it: each heading's services in order, moved one place at a time with
 * buttons (keyboard and screen readers; the new place is announced and focus stays on the moved
 * service), the withdrawn ones apart, and what to do first on an empty database.
 */
export function ServicesPage() {
  const { t } = useI18n();
  const services = useQuery(ADMIN_SERVICES);
  const departments = useQuery(DEPARTMENTS);
  const action = useActionResult();
  // The answer carries the group's new positions: the normalised cache re-sorts the list.
  const [moveService] = useMutation(MOVE_SERVICE, { update: (cache) => dropOfferedLists(cache, 'services') });
  const [updateService, updating] = useMutation(UPDATE_SERVICE, { update: (cache) => dropOfferedLists(cache, 'services') });

  async function move(s: AdminService, group: AdminService[], direction: 'UP' | 'DOWN') {
    try {
      const result = await moveService({ variables: { id: s.id, direction } });
      const order = (result.data?.moveService ?? [])
        .filter((x) => group.some((g) => g.id === x.id))
        .sort((a, b) => a.position - b.position);
      const position = order.findIndex((x) => x.id === s.id) + 1;
      action.show('success', t('admin.services.moved', { name: s.name, position, count: group.length, group: s.group }));
      // Focus stays on the moved service: its button in the same direction, or the other one at an end.
      requestAnimationFrame(() => {
        const same = document.getElementById(`move-${direction}-${s.id}`) as HTMLButtonElement | null;
        const other = document.getElementById(`move-${direction === 'UP' ? 'DOWN' : 'UP'}-${s.id}`);
        (same && !same.disabled ? same : other)?.focus();
      });
    } catch (e) {
      action.fail(e);
    }
  }

  async function restore(s: AdminService) {
    try {
      await updateService({ variables: { id: s.id, input: { active: true } } });
      action.show('success', t('admin.services.restored', { name: s.name }));
    } catch (e) {
      action.fail(e, <Link to={`/admin/services/${s.id}`}>{t('admin.services.editLabel', { name: s.name })}</Link>);
    }
  }

  const all = services.data?.services ?? [];
  const active = byGroup(all.filter((s) => s.active));
  const withdrawn = all.filter((s) => !s.active).sort((a, b) => collator.compare(a.name, b.name));
  const hasDepartment = (departments.data?.departments ?? []).some((d) => !d.archived);
  const loading = services.loading || departments.loading;
  const error = services.error ?? departments.error;

  return (
    <>
      <PageHeader
        title={t('admin.services.title')}
        lead={t('admin.services.lead')}
        actions={hasDepartment ? <ButtonLink to="/admin/services/new">{t('admin.services.add')}</ButtonLink> : undefined}
      />
      <AdminNav />
      <ActionNotice result={action.result} />
      {loading && <Spinner />}
      {error && (
        <ErrorMessage
          error={error}
          onRetry={() => {
            void services.refetch();
            void departments.refetch();
          }}
        />
      )}
      {!loading && !error && !hasDepartment && all.length === 0 && (
        <EmptyState
          title={t('admin.services.noDepartment')}
          action={<ButtonLink to="/admin/departments">{t('admin.services.noDepartmentLink')}</ButtonLink>}
        >
          <p>{t('admin.services.noDepartmentHelp')}</p>
        </EmptyState>
      )}
      {!loading && !error && hasDepartment && active.length === 0 && (
        <EmptyState title={t('admin.services.empty')} action={<ButtonLink to="/admin/services/new">{t('admin.services.add')}</ButtonLink>}>
          <p>{t('admin.services.emptyHelp')}</p>
        </EmptyState>
      )}
      {active.map(([group, items], gi) => (
        <section key={group} className="p-section" aria-labelledby={`group-${gi}`}>
          <h2 id={`group-${gi}`}>{group}</h2>
          <ol className="p-list ad-catalogue">
            {items.map((s, i) => (
              <li key={s.id}>
                <div className="p-list__main">
                  <Link to={`/admin/services/${s.id}`}>
                    <strong>{s.name}</strong>
                  </Link>
                  <Cluster>
                    <Badge tone={s.kind === 'REPORT' ? 'info' : 'neutral'}>{t(`service-requests.kind.${s.kind}`)}</Badge>
                    <Badge tone="neutral">{s.publicRequests ? t('admin.services.public') : t('admin.services.private')}</Badge>
                  </Cluster>
                  <p className="p-muted">
                    {t('admin.services.handledBy', { department: s.department.name })} ·{' '}
                    {t('admin.services.target', { count: s.targetDays })} · {t('admin.services.fieldCount', { count: s.fields.length })}
                  </p>
                </div>
                <Cluster>
                  <Button
                    id={`move-UP-${s.id}`}
                    size="small"
                    variant="secondary"
                    disabled={i === 0}
                    aria-label={t('admin.services.moveUpLabel', { name: s.name })}
                    onClick={() => void move(s, items, 'UP')}
                  >
                    {t('admin.services.moveUp')}
                  </Button>
                  <Button
                    id={`move-DOWN-${s.id}`}
                    size="small"
                    variant="secondary"
                    disabled={i === items.length - 1}
                    aria-label={t('admin.services.moveDownLabel', { name: s.name })}
                    onClick={() => void move(s, items, 'DOWN')}
                  >
                    {t('admin.services.moveDown')}
                  </Button>
                </Cluster>
              </li>
            ))}
          </ol>
        </section>
      ))}
      {withdrawn.length > 0 && (
        <Card title={t('admin.services.withdrawnList')} id="services-withdrawn">
          <p className="p-muted">{t('admin.services.withdrawnHelp')}</p>
          <ul className="p-list">
            {withdrawn.map((s) => (
              <li key={s.id}>
                <div className="p-list__main">
                  <Link to={`/admin/services/${s.id}`}>
                    <strong>{s.name}</strong>
                  </Link>{' '}
                  <span className="p-muted">{s.group}</span>
                </div>
                <Button
                  size="small"
                  variant="secondary"
                  disabled={updating.loading}
                  aria-label={t('admin.services.restoreLabel', { name: s.name })}
                  onClick={() => void restore(s)}
                >
                  {t('admin.services.restore')}
                </Button>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
