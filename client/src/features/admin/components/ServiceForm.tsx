import { useState, type FormEvent } from 'react';
import { useT } from '@/i18n';
import { Button, Checkbox, FormError, Select, TextArea, TextField, type FormErrors } from '@/ui';
import type { AdminDepartment, AdminService, ServiceKind } from '../graphql/admin.graphql';
import { serviceCode } from '../lib/codes';
import { FieldsEditor, fromField, toFieldInputs, type DraftField, type FieldInputShape } from './FieldsEditor';

const KINDS: ServiceKind[] = ['REPORT', 'FORMALITY'];

/** What the form sends: the create input (the edit page sends the same, without the code). */
export interface BuiltService {
  code: string;
  name: string;
  description: string;
  kind: ServiceKind;
  group: string;
  departmentId: string;
  targetDays: number;
  publicRequests: boolean;
  fields: FieldInputShape[];
}

/** A refusal made in the page, shaped like the server's, so the form shows it the same way. */
export function localRefusal(fields: { path: string; constraint: string }[]) {
  return { errors: [{ message: 'INVALID_INPUT', extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fields } }] };
}

interface Props {
  initial?: AdminService;
  departments: AdminDepartment[];
  /** The catalogue's headings, offered as suggestions. */
  groups: string[];
  form: FormErrors;
  loading: boolean;
  submitLabel: string;
  onSubmit: (built: BuiltService) => void;
}

/**
 * A service of the catalogue: what residents read (name, description, heading), what it is (a
 * report, public or not, or a private formality), who handles it and how fast, and the extra
 * fields residents fill in.
 */
export function ServiceForm({ initial, departments, groups, form, loading, submitLabel, onSubmit }: Props) {
  const t = useT();
  const [kind, setKind] = useState<ServiceKind>(initial?.kind ?? 'REPORT');
  const [fields, setFields] = useState<DraftField[]>(() => initial?.fields.map(fromField) ?? []);
  // Archived departments are offered for nothing new; one the service already has stays listed.
  const offered = departments.filter((d) => !d.archived || d.id === initial?.department.id);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '');
    const { inputs, problems } = toFieldInputs(fields);
    const days = text('input.targetDays').trim();
    if (!/^\d{1,3}$/.test(days)) problems.unshift({ path: 'input.targetDays', constraint: 'isInt' });
    if (problems.length) {
      form.setError(localRefusal(problems));
      return;
    }
    const name = text('input.name').trim();
    onSubmit({
      code: text('input.code').trim().toUpperCase() || serviceCode(name),
      name,
      description: text('input.description').trim(),
      kind,
      group: text('input.group').trim(),
      departmentId: text('input.departmentId'),
      targetDays: Number(days),
      publicRequests: kind === 'REPORT' && data.get('input.publicRequests') === 'on',
      fields: inputs,
    });
  }

  return (
    <form onSubmit={submit} noValidate className="ad-service-form">
      <FormError form={form} />
      <h2>{t('admin.serviceForm.general')}</h2>
      <TextField
        label={t('admin.serviceForm.name')}
        hint={t('admin.serviceForm.nameHint')}
        required
        maxLength={120}
        defaultValue={initial?.name}
        {...form.field('input.name')}
      />
      {initial ? (
        <p className="p-muted">{t('admin.serviceForm.codeFixed', { code: initial.code })}</p>
      ) : (
        <TextField
          label={t('admin.serviceForm.code')}
          hint={t('admin.serviceForm.codeHint')}
          autoCapitalize="characters"
          maxLength={40}
          {...form.field('input.code')}
        />
      )}
      <TextArea
        label={t('admin.serviceForm.description')}
        hint={t('admin.serviceForm.descriptionHint')}
        required
        rows={4}
        maxLength={2000}
        defaultValue={initial?.description}
        {...form.field('input.description')}
      />
      <Select
        label={t('admin.serviceForm.kind')}
        required
        placeholder={false}
        value={kind}
        onChange={(e) => setKind(e.target.value as ServiceKind)}
        options={KINDS.map((k) => ({ value: k, label: t(`admin.serviceForm.kinds.${k}`) }))}
        {...form.field('input.kind')}
      />
      {kind === 'REPORT' ? (
        <>
          <Checkbox
            name="input.publicRequests"
            label={t('admin.serviceForm.publicRequests')}
            defaultChecked={initial ? initial.publicRequests || initial.kind !== 'REPORT' : true}
            aria-describedby="public-requests-hint"
          />
          <p className="p-muted" id="public-requests-hint">
            {t('admin.serviceForm.publicRequestsHint')}
          </p>
        </>
      ) : (
        <p className="p-muted">{t('admin.serviceForm.formalityPrivate')}</p>
      )}
      <TextField
        label={t('admin.serviceForm.group')}
        hint={t('admin.serviceForm.groupHint')}
        required
        maxLength={80}
        list="service-groups"
        autoComplete="off"
        defaultValue={initial?.group}
        {...form.field('input.group')}
      />
      <datalist id="service-groups">
        {groups.map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
      <Select
        label={t('admin.serviceForm.department')}
        required
        defaultValue={initial?.department.id ?? (offered.length === 1 ? offered[0]?.id : undefined)}
        options={offered.map((d) => ({
          value: d.id,
          label: d.archived ? t('admin.serviceForm.departmentArchived', { name: d.name }) : d.name,
        }))}
        {...form.field('input.departmentId')}
      />
      <TextField
        label={t('admin.serviceForm.targetDays')}
        hint={t('admin.serviceForm.targetDaysHint')}
        required
        inputMode="numeric"
        autoComplete="off"
        defaultValue={String(initial?.targetDays ?? 15)}
        {...form.field('input.targetDays')}
      />
      <h2>{t('admin.serviceForm.fields')}</h2>
      <p className="p-muted">{t('admin.serviceForm.fieldsHint')}</p>
      {initial && <p className="p-muted">{t('admin.serviceForm.keepsOld')}</p>}
      <FieldsEditor fields={fields} onChange={setFields} form={form} />
      <p className="ad-submit">
        <Button type="submit" loading={loading} loadingLabel={t('admin.serviceForm.saving')}>
          {submitLabel}
        </Button>
      </p>
    </form>
  );
}
