import { useRef, useState } from 'react';
import { useT } from '@/i18n';
import { Button, Checkbox, Select, TextArea, TextField, type FormErrors } from '@/ui';
import type { AdminServiceField, ServiceFieldKind } from '../graphql/admin.graphql';
import { fieldCode, moved, optionValue } from '../lib/codes';

export const FIELD_KINDS: ServiceFieldKind[] = ['TEXT', 'NUMBER', 'DATE', 'SINGLE_CHOICE', 'YES_NO'];

/** An option as edited: `value` is the stored key of an existing option, null for a new one (made from its label). */
export interface DraftOption {
  key: number;
  value: string | null;
  label: string;
}

/** A field as edited (numbers as typed); `code` is null for a new field. */
export interface DraftField {
  key: number;
  code: string | null;
  label: string;
  kind: ServiceFieldKind;
  required: boolean;
  description: string;
  options: DraftOption[];
  min: string;
  max: string;
  maxLength: string;
}

let nextKey = 1;
const newOption = (): DraftOption => ({ key: nextKey++, value: null, label: '' });
export const newField = (): DraftField => ({
  key: nextKey++,
  code: null,
  label: '',
  kind: 'TEXT',
  required: false,
  description: '',
  options: [],
  min: '',
  max: '',
  maxLength: '',
});

export function fromField(f: AdminServiceField): DraftField {
  return {
    key: nextKey++,
    code: f.code,
    label: f.label,
    kind: f.kind,
    required: f.required,
    description: f.description ?? '',
    options: f.options.map((o) => ({ key: nextKey++, value: o.value, label: o.label })),
    min: f.min == null ? '' : String(f.min),
    max: f.max == null ? '' : String(f.max),
    maxLength: f.maxLength == null ? '' : String(f.maxLength),
  };
}

/** A number as typed ("2,5" too); undefined when empty, NaN when not a number. */
export function parseNumber(text: string): number | undefined {
  const s = text.trim().replace(',', '.');
  if (!s) return undefined;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : NaN;
}

export interface FieldInputShape {
  code: string;
  label: string;
  kind: ServiceFieldKind;
  required: boolean;
  description: string | null;
  options: { value: string; label: string }[] | null;
  min: number | null;
  max: number | null;
  maxLength: number | null;
}

/**
 * The fields as the server takes them. Existing fields and options keep their codes (the keys of
 * answers already filed); new ones get codes made from their labels, unique in the service.
 * Numbers that do not parse are reported as `{ path, constraint: 'isNumber' }` instead.
 */
export function toFieldInputs(fields: DraftField[]): { inputs: FieldInputShape[]; problems: { path: string; constraint: string }[] } {
  const taken = new Set(fields.flatMap((f) => (f.code ? [f.code] : [])));
  const problems: { path: string; constraint: string }[] = [];
  const inputs = fields.map((f, i): FieldInputShape => {
    const code = f.code ?? fieldCode(f.label, taken);
    taken.add(code);
    const takenValues = new Set(f.options.flatMap((o) => (o.value ? [o.value] : [])));
    const options =
      f.kind === 'SINGLE_CHOICE'
        ? f.options.map((o) => {
            const value = o.value ?? optionValue(o.label, takenValues);
            takenValues.add(value);
            return { value, label: o.label.trim() };
          })
        : null;
    const number = (text: string, name: string) => {
      const n = parseNumber(text);
      if (Number.isNaN(n)) problems.push({ path: `input.fields.${i}.${name}`, constraint: 'isNumber' });
      return n === undefined || Number.isNaN(n) ? null : n;
    };
    return {
      code,
      label: f.label.trim(),
      kind: f.kind,
      required: f.required,
      description: f.description.trim() || null,
      options,
      min: f.kind === 'NUMBER' ? number(f.min, 'min') : null,
      max: f.kind === 'NUMBER' ? number(f.max, 'max') : null,
      maxLength: f.kind === 'TEXT' ? number(f.maxLength, 'maxLength') : null,
    };
  });
  return { inputs, problems };
}

/**
 * The extra fields of a service: add, remove and reorder fields (and a choice field's options) with
 * buttons, so the keyboard and screen readers do all of it; each change is announced and focus
 * goes to what changed. Errors from the server sit under the input they name
 * (`input.fields.<i>.label`, `.options.<j>.label`…).
 */
export function FieldsEditor({
  fields,
  onChange,
  form,
}: {
  fields: DraftField[];
  onChange: (next: DraftField[]) => void;
  form: FormErrors;
}) {
  const t = useT();
  const root = useRef<HTMLDivElement>(null);
  const [news, setNews] = useState('');
  const focusSoon = (selector: string) => requestAnimationFrame(() => root.current?.querySelector<HTMLElement>(selector)?.focus());
  const update = (key: number, change: Partial<DraftField>) => onChange(fields.map((f) => (f.key === key ? { ...f, ...change } : f)));

  function add() {
    const f = newField();
    onChange([...fields, f]);
    setNews(t('admin.serviceForm.fieldAdded', { position: fields.length + 1 }));
    focusSoon(`[data-field="${f.key}"] input`);
  }
  function remove(index: number) {
    onChange(fields.filter((_, i) => i !== index));
    setNews(t('admin.serviceForm.fieldRemoved'));
    focusSoon('[data-add-field]');
  }
  function shift(index: number, by: -1 | 1) {
    const f = fields[index];
    const next = moved(fields, index, by);
    if (!f || next === fields) return;
    onChange(next);
    const position = index + by + 1;
    setNews(t('admin.serviceForm.fieldMoved', { position }));
    const atEnd = position === 1 || position === next.length;
    const dir = by < 0 ? (atEnd ? 'down' : 'up') : atEnd ? 'up' : 'down';
    focusSoon(`[data-field="${f.key}"] [data-move-field="${dir}"]`);
  }
  function setKind(f: DraftField, kind: ServiceFieldKind) {
    // A new list of choices starts with two empty ones to fill.
    const options = kind === 'SINGLE_CHOICE' && f.options.length === 0 ? [newOption(), newOption()] : f.options;
    update(f.key, { kind, options });
  }
  function addOption(f: DraftField) {
    const o = newOption();
    update(f.key, { options: [...f.options, o] });
    setNews(t('admin.serviceForm.optionAdded', { position: f.options.length + 1 }));
    focusSoon(`[data-option="${o.key}"] input`);
  }
  function removeOption(f: DraftField, index: number) {
    update(f.key, { options: f.options.filter((_, j) => j !== index) });
    setNews(t('admin.serviceForm.optionRemoved'));
    focusSoon(`[data-field="${f.key}"] [data-add-option]`);
  }
  function shiftOption(f: DraftField, index: number, by: -1 | 1) {
    const o = f.options[index];
    const next = moved(f.options, index, by);
    if (!o || next === f.options) return;
    update(f.key, { options: next });
    const position = index + by + 1;
    setNews(t('admin.serviceForm.optionMoved', { position }));
    const atEnd = position === 1 || position === next.length;
    const dir = by < 0 ? (atEnd ? 'down' : 'up') : atEnd ? 'up' : 'down';
    focusSoon(`[data-option="${o.key}"] [data-move-option="${dir}"]`);
  }

  const listProblem = form.field('input.fields');
  return (
    <div ref={root} className="ad-fields">
      {listProblem.error && (
        <p className="p-field__error" id={listProblem.id} tabIndex={-1}>
          {listProblem.error}
        </p>
      )}
      {fields.length === 0 && <p className="p-muted">{t('admin.serviceForm.noFields')}</p>}
      {fields.map((f, i) => {
        const position = i + 1;
        const path = `input.fields.${i}`;
        // Faults the server names on the field itself (its code) or on its list of choices.
        const codeProblem = form.field(`${path}.code`);
        const optionsProblem = form.field(`${path}.options`);
        return (
          <fieldset key={f.key} className="ad-field" data-field={f.key}>
            <legend>{t('admin.serviceForm.field', { position })}</legend>
            {codeProblem.error && (
              <p className="p-field__error" id={codeProblem.id} tabIndex={-1}>
                {codeProblem.error}
              </p>
            )}
            <TextField
              label={t('admin.serviceForm.fieldLabel', { position })}
              required
              maxLength={120}
              value={f.label}
              onChange={(e) => update(f.key, { label: e.target.value })}
              {...form.field(`${path}.label`)}
            />
            <Select
              label={t('admin.serviceForm.fieldKind', { position })}
              required
              placeholder={false}
              value={f.kind}
              onChange={(e) => setKind(f, e.target.value as ServiceFieldKind)}
              options={FIELD_KINDS.map((k) => ({ value: k, label: t(`admin.serviceForm.fieldKinds.${k}`) }))}
              {...form.field(`${path}.kind`)}
            />
            <Checkbox
              id={`field-${f.key}-required`}
              name={`${path}.required`}
              label={t('admin.serviceForm.fieldRequired')}
              checked={f.required}
              onChange={(e) => update(f.key, { required: e.target.checked })}
            />
            <TextArea
              label={t('admin.serviceForm.fieldHelp', { position })}
              hint={t('admin.serviceForm.fieldHelpHint')}
              rows={2}
              maxLength={500}
              value={f.description}
              onChange={(e) => update(f.key, { description: e.target.value })}
              {...form.field(`${path}.description`)}
            />
            {f.kind === 'SINGLE_CHOICE' && (
              <fieldset className="ad-options">
                <legend>{t('admin.serviceForm.options', { position })}</legend>
                {optionsProblem.error && (
                  <p className="p-field__error" id={optionsProblem.id} tabIndex={-1}>
                    {optionsProblem.error}
                  </p>
                )}
                <ol className="ad-option-list">
                  {f.options.map((o, j) => {
                    const at = j + 1;
                    // The value is made from the label: a fault in it is said at the label.
                    const valueError = form.error?.fields[`${path}.options.${j}.value`];
                    const labelField = form.field(`${path}.options.${j}.label`);
                    return (
                      <li key={o.key} data-option={o.key}>
                        <TextField
                          label={t('admin.serviceForm.option', { position: at })}
                          required
                          maxLength={120}
                          value={o.label}
                          onChange={(e) =>
                            update(f.key, { options: f.options.map((x) => (x.key === o.key ? { ...x, label: e.target.value } : x)) })
                          }
                          {...labelField}
                          error={labelField.error ?? valueError}
                        />
                        <p className="ad-row-actions">
                          <Button
                            size="small"
                            variant="secondary"
                            data-move-option="up"
                            disabled={j === 0}
                            onClick={() => shiftOption(f, j, -1)}
                          >
                            {t('admin.serviceForm.moveOptionUp', { position: at })}
                          </Button>
                          <Button
                            size="small"
                            variant="secondary"
                            data-move-option="down"
                            disabled={j === f.options.length - 1}
                            onClick={() => shiftOption(f, j, 1)}
                          >
                            {t('admin.serviceForm.moveOptionDown', { position: at })}
                          </Button>
                          <Button size="small" variant="ghost" onClick={() => removeOption(f, j)}>
                            {t('admin.serviceForm.removeOption', { position: at })}
                          </Button>
                        </p>
                      </li>
                    );
                  })}
                </ol>
                <Button size="small" variant="secondary" data-add-option onClick={() => addOption(f)}>
                  {t('admin.serviceForm.addOption')}
                </Button>
              </fieldset>
            )}
            {f.kind === 'NUMBER' && (
              <div className="ad-pair">
                <TextField
                  label={t('admin.serviceForm.min')}
                  inputMode="decimal"
                  autoComplete="off"
                  value={f.min}
                  onChange={(e) => update(f.key, { min: e.target.value })}
                  {...form.field(`${path}.min`)}
                />
                <TextField
                  label={t('admin.serviceForm.max')}
                  inputMode="decimal"
                  autoComplete="off"
                  value={f.max}
                  onChange={(e) => update(f.key, { max: e.target.value })}
                  {...form.field(`${path}.max`)}
                />
              </div>
            )}
            {f.kind === 'TEXT' && (
              <TextField
                label={t('admin.serviceForm.maxLength')}
                hint={t('admin.serviceForm.maxLengthHint')}
                inputMode="numeric"
                autoComplete="off"
                value={f.maxLength}
                onChange={(e) => update(f.key, { maxLength: e.target.value })}
                {...form.field(`${path}.maxLength`)}
              />
            )}
            <p className="ad-row-actions">
              <Button size="small" variant="secondary" data-move-field="up" disabled={i === 0} onClick={() => shift(i, -1)}>
                {t('admin.serviceForm.moveFieldUp', { position })}
              </Button>
              <Button
                size="small"
                variant="secondary"
                data-move-field="down"
                disabled={i === fields.length - 1}
                onClick={() => shift(i, 1)}
              >
                {t('admin.serviceForm.moveFieldDown', { position })}
              </Button>
              <Button size="small" variant="danger" onClick={() => remove(i)}>
                {t('admin.serviceForm.removeField', { position })}
              </Button>
            </p>
          </fieldset>
        );
      })}
      <p className="p-muted" role="status">
        {news}
      </p>
      <Button variant="secondary" data-add-field onClick={add}>
        {t('admin.serviceForm.addField')}
      </Button>
    </div>
  );
}
