import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useT } from '@/i18n';
import { Button, Card, EmptyState, ErrorMessage, FormError, Notice, PageHeader, Spinner, TextField, useFormErrors } from '@/ui';
import { AdminNav } from '../components/AdminNav';
import { CATEGORIES, CREATE_CATEGORY } from '../graphql/admin.graphql';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fr');

export function CategoriesPage() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(CATEGORIES);
  const form = useFormErrors();
  const [created, setCreated] = useState<string | null>(null);
  const [createCategory, creating] = useMutation(CREATE_CATEGORY, {
    update: (cache, { data: result }) => {
      if (!result) return;
      cache.updateQuery({ query: CATEGORIES }, (prev) =>
        prev ? { categories: [...prev.categories, result.createCategory].sort(byName) } : prev,
      );
    },
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    const el = event.currentTarget;
    const name = String(new FormData(el).get('input.name')).trim();
    const result = await form.run(() => createCategory({ variables: { input: { name } } }));
    if (result?.data) {
      el.reset();
      setCreated(result.data.createCategory.name);
    }
  }

  return (
    <>
      <PageHeader title={t('admin.categories.title')} lead={t('admin.categories.lead')} />
      <AdminNav />
      <Card title={t('admin.categories.list')} id="categories-list">
        {loading && <Spinner />}
        {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
        {data && data.categories.length === 0 && <EmptyState title={t('admin.categories.empty')} />}
        {data && data.categories.length > 0 && (
          <ul className="p-list">
            {data.categories.map((c) => (
              <li key={c.id}>
                <span className="p-list__main">{c.name}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t('admin.categories.create')} id="categories-create">
        {created && (
          <Notice tone="success" live>
            <p>{t('admin.categories.created', { name: created })}</p>
          </Notice>
        )}
        <form onSubmit={onSubmit} noValidate>
          <FormError form={form} />
          <TextField label={t('admin.categories.name')} required maxLength={80} {...form.field('input.name')} />
          <Button type="submit" loading={creating.loading} loadingLabel={t('admin.categories.submitting')}>
            {t('admin.categories.submit')}
          </Button>
        </form>
      </Card>
    </>
  );
}
