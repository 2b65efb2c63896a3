import { useState, type FormEvent, type ReactNode } from 'react';
import { useT } from '@/i18n';
import { Badge, Button, Cluster, FormError, TextField, useFormErrors } from '@/ui';

interface Props {
  item: { id: string; name: string; archived: boolean };
  /** Shown after the name (a department's code). */
  detail?: ReactNode;
  /** Which messages: `admin.departments.*` or `admin.categories.*`. */
  ns: 'departments' | 'categories';
  /** Runs the rename; resolves to true once saved (errors are thrown, shown under the field). */
  rename: (name: string) => Promise<boolean>;
  setArchived: (archived: boolean) => void;
  busy: boolean;
  maxLength: number;
}

/**
 * One department or category in an admin list: its name, Rename (an inline form whose errors sit
 * under its field) and Archive or Reactivate. Focus goes to the field when the form opens and back
 * to the Rename button when it closes.
 */
export function ArchivableItem({ item, detail, ns, rename, setArchived, busy, maxLength }: Props) {
  const t = useT();
  const form = useFormErrors();
  const [renaming, setRenaming] = useState(false);
  const [saving, setSaving] = useState(false);
  const fieldDomId = `rename-${item.id}`;
  const openId = `rename-open-${item.id}`;

  function close() {
    setRenaming(false);
    form.clear();
    requestAnimationFrame(() => document.getElementById(openId)?.focus());
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('input.name') ?? '').trim();
    setSaving(true);
    const done = await form.run(() => rename(name));
    setSaving(false);
    // The page announces the new name (and takes focus); the form closes.
    if (done) setRenaming(false);
  }

  return (
    <li>
      <div className="p-list__main">
        <strong>{item.name}</strong> {detail}
        {item.archived && <Badge tone="neutral">{t('admin.archivedBadge')}</Badge>}
        {renaming && (
          <form onSubmit={onSubmit} noValidate className="ad-inline-form">
            <FormError form={form} fieldDomId={fieldDomId} />
            <TextField
              label={t('admin.rename.field', { name: item.name })}
              required
              maxLength={maxLength}
              defaultValue={item.name}
              autoFocus
              {...form.field('input.name')}
              id={fieldDomId}
            />
            <Cluster>
              <Button type="submit" size="small" loading={saving} loadingLabel={t('admin.rename.saving')}>
                {t('admin.rename.save')}
              </Button>
              <Button variant="ghost" size="small" onClick={close}>
                {t('admin.rename.cancel')}
              </Button>
            </Cluster>
          </form>
        )}
      </div>
      {!renaming && (
        <Cluster>
          <Button
            id={openId}
            variant="secondary"
            size="small"
            aria-label={t('admin.rename.openLabel', { name: item.name })}
            onClick={() => setRenaming(true)}
          >
            {t('admin.rename.open')}
          </Button>
          <Button
            variant="secondary"
            size="small"
            disabled={busy}
            aria-label={t(item.archived ? `admin.${ns}.restoreLabel` : `admin.${ns}.archiveLabel`, { name: item.name })}
            onClick={() => setArchived(!item.archived)}
          >
            {t(item.archived ? `admin.${ns}.restore` : `admin.${ns}.archive`)}
          </Button>
        </Cluster>
      )}
    </li>
  );
}
