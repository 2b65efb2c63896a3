import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useT } from '@/i18n';
import { Button, Card, EmptyState, ErrorMessage, FormError, Notice, PageHeader, Spinner, TextField, useFormErrors } from '@/ui';
import { ActionNotice, useActionResult } from '../components/ActionNotice';
import { AdminNav } from '../components/AdminNav';
import { ArchivableItem } from '../components/ArchivableItem';
import { dropOfferedLists } from '../lib/cache';
import { CATEGORIES, CREATE_CATEGORY, UPDATE_CATEGORY } from '../graphql/admin.graphql';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fr');

type Category = { id: string; name: string; archived: boolean };

/** Proposal categories: add, rename, archive and reactivate (never delete: proposals name them). */
export function CategoriesPage() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(CATEGORIES);
  const form = useFormErrors();
  const action = useActionResult();
  const [created, setCreated] = useState<string | null>(null);
  const [createCategory, creating] = useMutation(CREATE_CATEGORY, {
    update: (cache, { data: result }) => {
      if (!result) return;
      cache.updateQuery({ query: CATEGORIES }, (prev) =>
        prev ? { categories: [...prev.categories, result.createCategory].sort(byName) } : prev,
      );
    },
  });
  const [updateCategory, updating] = useMutation(UPDATE_CATEGORY, { update: (cache) => dropOfferedLists(cache, 'categories') });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    action.clear();
    const el = event.currentTarget;
    const name = String(new FormData(el).get('input.name')).trim();
    const result = await form.run(() => createCategory({ variables: { input: { name } } }));
    if (result?.data) {
      el.reset();
      setCreated(result.data.createCategory.name);
    }
  }

  async function rename(c: Category, name: string) {
    const result = await updateCategory({ variables: { id: c.id, input: { name } } });
    if (!result.data) return false;
    action.show('success', t('admin.categories.renamed', { name: result.data.updateCategory.name }));
    return true;
  }

  async function setArchived(c: Category, archived: boolean) {
    setCreated(null);
    try {
      await updateCategory({ variables: { id: c.id, input: { archived } } });
      action.show('success', t(archived ? 'admin.categories.archived' : 'admin.categories.restored', { name: c.name }));
    } catch (e) {
      action.fail(e);
    }
  }

  const all = data ? [...data.categories].sort(byName) : [];
  const active = all.filter((c) => !c.archived);
  const archived = all.filter((c) => c.archived);
  const item = (c: Category) => (
    <ArchivableItem
      key={c.id}
      item={c}
      ns="categories"
      maxLength={80}
      busy={updating.loading}
      rename={(name) => rename(c, name)}
      setArchived={(value) => void setArchived(c, value)}
    />
  );

  return (
    <>
      <PageHeader title={t('admin.categories.title')} lead={t('admin.categories.lead')} />
      <AdminNav />
      <ActionNotice result={action.result} />
      <Card title={t('admin.categories.list')} id="categories-list">
        {loading && <Spinner />}
        {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
        {data && active.length === 0 && (
          <EmptyState title={t('admin.categories.empty')}>
            <p>{t('admin.categories.emptyHelp')}</p>
          </EmptyState>
        )}
        {active.length > 0 && <ul className="p-list">{active.map(item)}</ul>}
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
      {archived.length > 0 && (
        <Card title={t('admin.categories.archivedList')} id="categories-archived">
          <ul className="p-list">{archived.map(item)}</ul>
        </Card>
      )}
    </>
  );
}
