import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useI18n } from '@/i18n';
import {
  Button,
  ButtonLink,
  Card,
  Cluster,
  EmptyState,
  ErrorMessage,
  FormError,
  PageHeader,
  Select,
  Spinner,
  TextArea,
  TextField,
  useFormErrors,
} from '@/ui';
import { ActionNotice, useActionResult } from '../components/ActionNotice';
import { AdminNav } from '../components/AdminNav';
import { CREATE_TEMPLATE, DELETE_TEMPLATE, DEPARTMENTS, TEMPLATES, UPDATE_TEMPLATE, type AdminTemplate } from '../graphql/admin.graphql';

const byTitle = (a: AdminTemplate, b: AdminTemplate) => a.title.localeCompare(b.title, 'fr');

/** One template: its text, Edit (an inline form, errors under its fields) and Delete. */
function TemplateItem({
  template,
  onSaved,
  onDelete,
  busy,
}: {
  template: AdminTemplate;
  onSaved: (title: string) => void;
  onDelete: () => void;
  busy: boolean;
}) {
  const { t, formatDate } = useI18n();
  const form = useFormErrors();
  const [editing, setEditing] = useState(false);
  const [updateTemplate, { loading }] = useMutation(UPDATE_TEMPLATE);
  const prefix = `template-${template.id}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const result = await form.run(() =>
      updateTemplate({
        variables: {
          id: template.id,
          input: { title: String(data.get('input.title')).trim(), body: String(data.get('input.body')).trim() },
        },
      }),
    );
    if (result?.data) {
      setEditing(false);
      onSaved(result.data.updateResponseTemplate.title);
    }
  }

  const title = form.field('input.title');
  const body = form.field('input.body');
  return (
    <li>
      <div className="p-list__main">
        {editing ? (
          <form onSubmit={onSubmit} noValidate>
            <FormError form={form} fieldDomId={`${prefix}-title`} />
            <TextField
              label={t('admin.templates.titleField')}
              required
              maxLength={120}
              defaultValue={template.title}
              autoFocus
              {...title}
              id={`${prefix}-title`}
            />
            <TextArea
              label={t('admin.templates.body')}
              required
              rows={5}
              maxLength={5000}
              defaultValue={template.body}
              {...body}
              id={`${prefix}-body`}
            />
            <Cluster>
              <Button type="submit" size="small" loading={loading}>
                {t('admin.templates.save')}
              </Button>
              <Button
                size="small"
                variant="ghost"
                onClick={() => {
                  setEditing(false);
                  form.clear();
                  requestAnimationFrame(() => document.getElementById(`${prefix}-edit`)?.focus());
                }}
              >
                {t('admin.templates.cancel')}
              </Button>
            </Cluster>
          </form>
        ) : (
          <>
            <h3 className="ad-template-title">{template.title}</h3>
            <p className="ad-template-body">{template.body}</p>
            <p className="p-muted">{t('admin.templates.updatedAt', { date: formatDate(template.updatedAt) })}</p>
          </>
        )}
      </div>
      {!editing && (
        <Cluster>
          <Button
            id={`${prefix}-edit`}
            size="small"
            variant="secondary"
            aria-label={t('admin.templates.editLabel', { title: template.title })}
            onClick={() => setEditing(true)}
          >
            {t('admin.templates.edit')}
          </Button>
          <Button
            size="small"
            variant="danger"
            disabled={busy}
            aria-label={t('admin.templates.deleteLabel', { title: template.title })}
            onClick={onDelete}
          >
            {t('admin.templates.delete')}
          </Button>
        </Cluster>
      )}
    </li>
  );
}

/**
 * Response templates of any department (admins manage every department's; agents use them from a
 * request's staff panel). The department shown is in the URL, so the page can be bookmarked.
 */
export function ResponseTemplatesPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const departments = useQuery(DEPARTMENTS);
  const all = [...(departments.data?.departments ?? [])].sort(
    (a, b) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name, 'fr'),
  );
  const asked = params.get('department');
  const department = all.find((d) => d.id === asked) ?? all.find((d) => !d.archived) ?? all[0];
  const templates = useQuery(TEMPLATES, { variables: { departmentId: department?.id ?? '' }, skip: !department });
  const form = useFormErrors();
  const action = useActionResult();
  const [createTemplate, creating] = useMutation(CREATE_TEMPLATE, {
    update: (cache, { data }) => {
      if (!data || !department) return;
      cache.updateQuery({ query: TEMPLATES, variables: { departmentId: department.id } }, (prev) =>
        prev ? { responseTemplates: [...prev.responseTemplates, data.createResponseTemplate].sort(byTitle) } : prev,
      );
    },
  });
  const [deleteTemplate, deleting] = useMutation(DELETE_TEMPLATE);

  async function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!department) return;
    action.clear();
    const el = event.currentTarget;
    const data = new FormData(el);
    const result = await form.run(() =>
      createTemplate({
        variables: {
          input: {
            departmentId: department.id,
            title: String(data.get('input.title')).trim(),
            body: String(data.get('input.body')).trim(),
          },
        },
      }),
    );
    if (result?.data) {
      el.reset();
      action.show('success', t('admin.templates.created', { title: result.data.createResponseTemplate.title }));
    }
  }

  async function onDelete(template: AdminTemplate) {
    try {
      await deleteTemplate({
        variables: { id: template.id },
        update: (cache) => {
          cache.evict({ id: cache.identify(template) });
          cache.gc();
        },
      });
      action.show('success', t('admin.templates.deleted', { title: template.title }));
    } catch (e) {
      action.fail(e);
    }
  }

  function onChoose(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = String(new FormData(event.currentTarget).get('department') ?? '');
    action.clear();
    setParams(chosen ? { department: chosen } : {});
  }

  const list = templates.data ? [...templates.data.responseTemplates].sort(byTitle) : [];
  return (
    <>
      <PageHeader title={t('admin.templates.title')} lead={t('admin.templates.lead')} />
      <AdminNav />
      {departments.loading && <Spinner />}
      {departments.error && <ErrorMessage error={departments.error} onRetry={() => void departments.refetch()} />}
      {departments.data && all.length === 0 && (
        <EmptyState
          title={t('admin.templates.noDepartment')}
          action={<ButtonLink to="/admin/departments">{t('admin.templates.noDepartmentLink')}</ButtonLink>}
        />
      )}
      {department && (
        <>
          <form onSubmit={onChoose} className="ad-choose" aria-label={t('admin.templates.department')}>
            <Select
              key={department.id}
              label={t('admin.templates.department')}
              name="department"
              placeholder={false}
              noMarker
              defaultValue={department.id}
              options={all.map((d) => ({
                value: d.id,
                label: d.archived ? t('admin.serviceForm.departmentArchived', { name: d.name }) : d.name,
              }))}
            />
            <Button type="submit" variant="secondary">
              {t('admin.templates.show')}
            </Button>
          </form>
          <ActionNotice result={action.result} />
          <Card title={t('admin.templates.list', { name: department.name })} id="templates-list">
            {templates.loading && <Spinner />}
            {templates.error && <ErrorMessage error={templates.error} onRetry={() => void templates.refetch()} />}
            {templates.data && list.length === 0 && <EmptyState title={t('admin.templates.empty')} />}
            {list.length > 0 && (
              <ul className="p-list">
                {list.map((tpl) => (
                  <TemplateItem
                    key={tpl.id}
                    template={tpl}
                    busy={deleting.loading}
                    onSaved={(title) => action.show('success', t('admin.templates.saved', { title }))}
                    onDelete={() => void onDelete(tpl)}
                  />
                ))}
              </ul>
            )}
          </Card>
          <Card title={t('admin.templates.create')} id="templates-create">
            <form onSubmit={onCreate} noValidate>
              <FormError form={form} />
              <TextField
                label={t('admin.templates.titleField')}
                hint={t('admin.templates.titleHint')}
                required
                maxLength={120}
                {...form.field('input.title')}
              />
              <TextArea label={t('admin.templates.body')} required rows={5} maxLength={5000} {...form.field('input.body')} />
              <Button type="submit" loading={creating.loading} loadingLabel={t('admin.templates.submitting')}>
                {t('admin.templates.submit')}
              </Button>
            </form>
          </Card>
        </>
      )}
    </>
  );
}
