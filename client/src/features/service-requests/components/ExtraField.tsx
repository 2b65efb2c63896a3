import { useT } from '@/i18n';
import { Select, TextArea, TextField } from '@/ui';
import type { ServiceField } from '../graphql/service-requests.graphql';

type FieldProps = { name: string; id: string; error?: string };

/**
 * One of the service's own fields, rendered by its kind. The value is sent as text, the way the
 * server reads it (numbers as digits, dates YYYY-MM-DD, yes/no as true/false); it checks them.
 */
export function ExtraField({ field, props }: { field: ServiceField; props: FieldProps }) {
  const t = useT();
  const range =
    field.kind === 'NUMBER' && (field.min != null || field.max != null)
      ? field.min != null && field.max != null
        ? t('service-requests.field.between', { min: field.min, max: field.max })
        : field.min != null
          ? t('service-requests.field.atLeast', { min: field.min })
          : t('service-requests.field.atMost', { max: field.max ?? 0 })
      : null;
  const hint = [field.description, range].filter(Boolean).join(' · ') || undefined;
  const common = { label: field.label, hint, required: field.required, ...props };
  switch (field.kind) {
    case 'NUMBER':
      return <TextField {...common} inputMode="decimal" autoComplete="off" />;
    case 'DATE':
      return <TextField {...common} type="date" />;
    case 'SINGLE_CHOICE':
      return <Select {...common} options={field.options} />;
    case 'YES_NO':
      return (
        <Select
          {...common}
          options={[
            { value: 'true', label: t('service-requests.field.yes') },
            { value: 'false', label: t('service-requests.field.no') },
          ]}
        />
      );
    default:
      return (field.maxLength ?? 1000) > 200 ? (
        <TextArea {...common} rows={3} maxLength={field.maxLength ?? undefined} />
      ) : (
        <TextField {...common} maxLength={field.maxLength ?? undefined} />
      );
  }
}

/**
 * A filed value as the reader expects it (Oui/Non, the option's label, a formatted date), read
 * with the field as it was when the request was filed: the server sends that field's kind and,
 * for a choice, the option's label then, so a later edit of the service changes nothing here.
 */
export function useFieldValueText() {
  const t = useT();
  return (
    v: { kind?: ServiceField['kind'] | null; value: string; optionLabel?: string | null },
    format: { date: (v: string) => string; number: (n: number) => string },
  ) => {
    if (v.kind === 'YES_NO') return v.value === 'true' ? t('service-requests.field.yes') : t('service-requests.field.no');
    if (v.kind === 'SINGLE_CHOICE') return v.optionLabel ?? v.value;
    if (v.kind === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(v.value)) return format.date(`${v.value}T12:00:00`);
    if (v.kind === 'NUMBER' && !Number.isNaN(Number(v.value))) return format.number(Number(v.value));
    return v.value;
  };
}
