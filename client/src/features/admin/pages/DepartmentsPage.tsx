import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useT } from '@/i18n';
import { Button, Card, EmptyState, ErrorMessage, FormError, Notice, PageHeader, Spinner, TextField, useFormErrors } from '@/ui';
import { AdminNav } from '../components/AdminNav';
import { CREATE_DEPARTMENT, DEPARTMENTS } from '../graphql/admin.graphql';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fr');

export function DepartmentsPage() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(DEPARTMENTS);
  const form = useFormErrors();
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

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
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

  return (
    <>
      <PageHeader title={t('admin.departments.title')} lead={t('admin.departments.lead')} />
      <AdminNav />
      <Card title={t('admin.departments.list')} id="departments-list">
        {loading && <Spinner />}
        {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
        {data && data.departments.length === 0 && <EmptyState title={t('admin.departments.empty')} />}
        {data && data.departments.length > 0 && (
          <ul className="p-list">
            {data.departments.map((d) => (
              <li key={d.id}>
                <span className="p-list__main">{d.name}</span>
                <code>{d.code}</code>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t('admin.departments.create')} id="departments-create">
        {created && (
          <Notice tone="success" live>
            <p>{t('admin.departments.created', { name: created })}</p>
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
    </>
  );
}
