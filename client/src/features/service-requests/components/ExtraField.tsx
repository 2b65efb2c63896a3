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

/** A stored value as the reader expects it (Oui/Non, the option's label, a formatted date). */
export function useFieldValueText() {
  const t = useT();
  return (field: ServiceField | undefined, value: string, format: { date: (v: string) => string; number: (n: number) => string }) => {
    if (!field) return value;
    if (field.kind === 'YES_NO') return value === 'true' ? t('service-requests.field.yes') : t('service-requests.field.no');
    if (field.kind === 'SINGLE_CHOICE') return field.options.find((o) => o.value === value)?.label ?? value;
    if (field.kind === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return format.date(`${value}T12:00:00`);
    if (field.kind === 'NUMBER' && !Number.isNaN(Number(value))) return format.number(Number(value));
    return value;
  };
}
