import { useMutation, useQuery } from '@apollo/client/react';
import type { Reference } from '@apollo/client';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { flash } from '@/app';
import { useT } from '@/i18n';
import { Button, ButtonLink, Card, EmptyState, ErrorMessage, Notice, PageHeader, Spinner, useFormErrors } from '@/ui';
import { ActionNotice, useActionResult } from '../components/ActionNotice';
import { AdminNav } from '../components/AdminNav';
import { ServiceForm, type BuiltService } from '../components/ServiceForm';
import { ADMIN_SERVICE, ADMIN_SERVICES, CREATE_SERVICE, DEPARTMENTS, SERVICE_FIELDS, UPDATE_SERVICE } from '../graphql/admin.graphql';
import { dropOfferedLists } from '../lib/cache';

/** The catalogue's headings, for the form's suggestions. */
function useGroups(): string[] {
  const { data } = useQuery(ADMIN_SERVICES);
  return [...new Set((data?.services ?? []).map((s) => s.group))].sort((a, b) => a.localeCompare(b, 'fr'));
}

/** `/admin/services/new`: a service added last in its heading; back to the catalogue once saved. */
export function NewServicePage() {
  const t = useT();
  const navigate = useNavigate();
  const departments = useQuery(DEPARTMENTS);
  const groups = useGroups();
  const form = useFormErrors();
  const [createService, { loading }] = useMutation(CREATE_SERVICE, {
    update: (cache, { data }) => {
      if (!data) return;
      const ref = cache.writeFragment({ fragment: SERVICE_FIELDS, fragmentName: 'AdminServiceFields', data: data.createService });
      if (!ref) return;
      // The admin list gains it; the residents' catalogue is fetched again when next shown.
      cache.modify({
        id: 'ROOT_QUERY',
        fields: {
          services: (existing: readonly Reference[], { storeFieldName, DELETE }) =>
            /"includeInactive":true/.test(storeFieldName) ? [...existing, ref] : DELETE,
        },
      });
    },
  });

  async function onSubmit(built: BuiltService) {
    const result = await form.run(() => createService({ variables: { input: built } }));
    if (result?.data) void navigate('/admin/services', flash('admin.services.created', { name: result.data.createService.name }));
  }

  const offered = (departments.data?.departments ?? []).filter((d) => !d.archived);
  return (
    <>
      <PageHeader title={t('admin.services.newTitle')} />
      <AdminNav />
      <p>
        <Link to="/admin/services">{t('admin.services.backToList')}</Link>
      </p>
      {departments.loading && <Spinner />}
      {departments.error && <ErrorMessage error={departments.error} onRetry={() => void departments.refetch()} />}
      {departments.data && offered.length === 0 && (
        <EmptyState
          title={t('admin.services.noDepartment')}
          action={<ButtonLink to="/admin/departments">{t('admin.services.noDepartmentLink')}</ButtonLink>}
        >
          <p>{t('admin.services.noDepartmentHelp')}</p>
        </EmptyState>
      )}
      {offered.length > 0 && (
        <ServiceForm
          departments={offered}
          groups={groups}
          form={form}
          loading={loading}
          submitLabel={t('admin.serviceForm.create')}
          onSubmit={(built) => void onSubmit(built)}
        />
      )}
    </>
  );
}

/** `/admin/services/:id`: change a service, withdraw it or put it back. */
export function EditServicePage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(ADMIN_SERVICE, { variables: { id } });
  const departments = useQuery(DEPARTMENTS);
  const groups = useGroups();
  const form = useFormErrors();
  const action = useActionResult();
  // The answer is the whole service: the normalised cache updates every list that shows it.
  const [updateService, updating] = useMutation(UPDATE_SERVICE, { update: (cache) => dropOfferedLists(cache, 'services') });
  const service = data?.service;

  async function onSubmit(built: BuiltService) {
    const { code: _code, ...input } = built;
    const result = await form.run(() => updateService({ variables: { id, input } }));
    if (result?.data) void navigate('/admin/services', flash('admin.services.saved', { name: result.data.updateService.name }));
  }

  async function setActive(active: boolean) {
    if (!service) return;
    try {
      await updateService({ variables: { id, input: { active } } });
      action.show('success', t(active ? 'admin.services.restored' : 'admin.services.withdrawn', { name: service.name }));
    } catch (e) {
      action.fail(e);
    }
  }

  return (
    <>
      <PageHeader title={service ? t('admin.services.editTitle', { name: service.name }) : t('admin.services.title')} />
      <AdminNav />
      <p>
        <Link to="/admin/services">{t('admin.services.backToList')}</Link>
      </p>
      {(loading || departments.loading) && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {departments.error && <ErrorMessage error={departments.error} onRetry={() => void departments.refetch()} />}
      {data && !service && <EmptyState title={t('admin.services.notFound')} />}
      {service && departments.data && (
        <>
          {!service.active && (
            <Notice tone="warning">
              <p>{t('admin.services.isWithdrawn')}</p>
            </Notice>
          )}
          <ServiceForm
            key={service.id}
            initial={service}
            departments={departments.data.departments}
            groups={groups}
            form={form}
            loading={updating.loading}
            submitLabel={t('admin.serviceForm.save')}
            onSubmit={(built) => void onSubmit(built)}
          />
          <Card title={t('admin.services.withdrawTitle')} id="service-withdrawal">
            <ActionNotice result={action.result} />
            <p>{t('admin.services.withdrawHelp')}</p>
            <Button
              variant={service.active ? 'danger' : 'secondary'}
              disabled={updating.loading}
              onClick={() => void setActive(!service.active)}
            >
              {service.active ? t('admin.services.withdraw') : t('admin.services.restore')}
            </Button>
          </Card>
        </>
      )}
    </>
  );
}
