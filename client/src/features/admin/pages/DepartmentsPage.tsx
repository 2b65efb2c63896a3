import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '@/i18n';
import { Button, Card, EmptyState, ErrorMessage, FormError, Notice, PageHeader, Spinner, TextField, useFormErrors } from '@/ui';
import { ActionNotice, useActionResult } from '../components/ActionNotice';
import { AdminNav } from '../components/AdminNav';
import { ArchivableItem } from '../components/ArchivableItem';
import { dropOfferedLists } from '../lib/cache';
import { CREATE_DEPARTMENT, DEPARTMENTS, UPDATE_DEPARTMENT, type AdminDepartment } from '../graphql/admin.graphql';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fr');

/** The town hall's departments: add, rename, archive and reactivate (never delete: requests and agents name them). */
export function DepartmentsPage() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(DEPARTMENTS);
  const form = useFormErrors();
  const action = useActionResult();
  const [created, setCreated] = useState<string | null>(null);
  const [createDepartment, creating] = useMutation(CREATE_DEPARTMENT, {
    // Insert the new department where the server would list it (by name) instead of refetching.
    update: (cache, { data: result }) => {
      if (!result) return;
      cache.updateQuery({ query: DEPARTMENTS }, (prev) =>
        prev ? { departments: [...prev.departments, result.createDepartment].sort(byName) } : prev,
      );
    },
  });
  // The answer carries the department's new name and state: the normalised cache updates both lists.
  const [updateDepartment, updating] = useMutation(UPDATE_DEPARTMENT, { update: (cache) => dropOfferedLists(cache, 'departments') });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    action.clear();
    const el = event.currentTarget;
    const data = new FormData(el);
    const result = await form.run(() =>
      createDepartment({
        variables: { input: { code: String(data.get('input.code')).trim(), name: String(data.get('input.name')).trim() } },
      }),
    );
    if (result?.data) {
      el.reset();
      setCreated(result.data.createDepartment.name);
    }
  }

  async function rename(d: AdminDepartment, name: string) {
    const result = await updateDepartment({ variables: { id: d.id, input: { name } } });
    if (!result.data) return false;
    action.show('success', t('admin.departments.renamed', { name: result.data.updateDepartment.name }));
    return true;
  }

  async function setArchived(d: AdminDepartment, archived: boolean) {
    setCreated(null);
    try {
      await updateDepartment({ variables: { id: d.id, input: { archived } } });
      action.show('success', t(archived ? 'admin.departments.archived' : 'admin.departments.restored', { name: d.name }));
    } catch (e) {
      action.fail(
        e,
        <p>
          <Link to="/admin/services">{t('admin.departments.inUseHelp')}</Link>
        </p>,
      );
    }
  }

  const all = data ? [...data.departments].sort(byName) : [];
  const active = all.filter((d) => !d.archived);
  const archived = all.filter((d) => d.archived);
  const item = (d: AdminDepartment) => (
    <ArchivableItem
      key={d.id}
      item={d}
      detail={<code>{d.code}</code>}
      ns="departments"
      maxLength={120}
      busy={updating.loading}
      rename={(name) => rename(d, name)}
      setArchived={(value) => void setArchived(d, value)}
    />
  );

  return (
    <>
      <PageHeader title={t('admin.departments.title')} lead={t('admin.departments.lead')} />
      <AdminNav />
      <ActionNotice result={action.result} />
      <Card title={t('admin.departments.list')} id="departments-list">
        {loading && <Spinner />}
        {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
        {data && active.length === 0 && (
          <EmptyState title={t('admin.departments.empty')}>
            <p>{t('admin.departments.emptyHelp')}</p>
          </EmptyState>
        )}
        {active.length > 0 && <ul className="p-list">{active.map(item)}</ul>}
      </Card>
      <Card title={t('admin.departments.create')} id="departments-create">
        {created && (
          <Notice tone="success" live>
            <p>{t('admin.departments.created', { name: created })}</p>
            <p>
              {t('admin.departments.nextStep')} <Link to="/admin/services">{t('admin.departments.nextStepLink')}</Link>
            </p>
          </Notice>
        )}
        <form onSubmit={onSubmit} noValidate>
          <FormError form={form} />
          <TextField
            label={t('admin.departments.code')}
            hint={t('admin.departments.codeHint')}
            required
            autoCapitalize="characters"
            maxLength={40}
            {...form.field('input.code')}
          />
          <TextField label={t('admin.departments.name')} required maxLength={120} {...form.field('input.name')} />
          <Button type="submit" loading={creating.loading} loadingLabel={t('admin.departments.submitting')}>
            {t('admin.departments.submit')}
          </Button>
        </form>
      </Card>
      {archived.length > 0 && (
        <Card title={t('admin.departments.archivedList')} id="departments-archived">
          <ul className="p-list">{archived.map(item)}</ul>
        </Card>
      )}
    </>
  );
}
