import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useT } from '@/i18n';

/** The id a field gets from its name (`input.email` → `field-input-email`); FormError links to it. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

interface FieldFrameProps {
  /** Visible label (required: placeholders are not labels). */
  label: ReactNode;
  /** Also the GraphQL input path the server names in field errors, e.g. `input.email`. */
  name: string;
  id?: string;
  hint?: ReactNode;
  /** The translated error for this field; sets aria-invalid and is read with the field. */
  error?: string;
  required?: boolean;
  /** Hide the "(optional)" marker (search and filter forms, where every field is optional). */
  noMarker?: boolean;
}

function useFrame({ name, id, hint, error }: FieldFrameProps) {
  const auto = useId();
  const inputId = id ?? (name ? fieldId(name) : auto);
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return { inputId, hintId, errorId, describedBy };
}

function Frame({ label, hint, error, required, noMarker, ids, children }: FieldFrameProps & { ids: ReturnType<typeof useFrame>; children: ReactNode }) {
  const t = useT();
  return (
    <div className={error ? 'p-field p-field--error' : 'p-field'}>
      <label className="p-field__label" htmlFor={ids.inputId}>
        {label}
        {!required && !noMarker && <span className="p-field__marker"> ({t('ui.optional')})</span>}
      </label>
      {hint && (
        <span className="p-field__hint" id={ids.hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span className="p-field__error" id={ids.errorId}>
          {error}
        </span>
      )}
      {children}
    </div>
  );
}

export type TextFieldProps = FieldFrameProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>;

/** A labelled text input (any `type` but checkbox/radio), with hint and error tied by aria-describedby. */
export function TextField({ label, name, id, hint, error, required, noMarker, className, ...input }: TextFieldProps) {
  const ids = useFrame({ label, name, id, hint, error });
  return (
    <Frame label={label} name={name} hint={hint} error={error} required={required} noMarker={noMarker} ids={ids}>
      <input
        {...input}
        id={ids.inputId}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        className={['p-input', className].filter(Boolean).join(' ')}
      />
    </Frame>
  );
}

export type TextAreaProps = FieldFrameProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'id'>;

export function TextArea({ label, name, id, hint, error, required, noMarker, className, ...input }: TextAreaProps) {
  const ids = useFrame({ label, name, id, hint, error });
  return (
    <Frame label={label} name={name} hint={hint} error={error} required={required} noMarker={noMarker} ids={ids}>
      <textarea
        {...input}
        id={ids.inputId}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        className={['p-input', className].filter(Boolean).join(' ')}
      />
    </Frame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export type SelectProps = FieldFrameProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'id'> & {
    options: SelectOption[];
    /** Adds a first empty option with this text (default "Choisir…"); pass false for none. */
    placeholder?: string | false;
  };

export function Select({ label, name, id, hint, error, required, noMarker, className, options, placeholder, ...select }: SelectProps) {
  const t = useT();
  const ids = useFrame({ label, name, id, hint, error });
  return (
    <Frame label={label} name={name} hint={hint} error={error} required={required} noMarker={noMarker} ids={ids}>
      <select
        {...select}
        id={ids.inputId}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        className={['p-input', className].filter(Boolean).join(' ')}
      >
        {placeholder !== false && <option value="">{placeholder ?? t('ui.chooseOption')}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'name'> {
  label: ReactNode;
  name: string;
}

export function Checkbox({ label, name, id, ...input }: CheckboxProps) {
  const inputId = id ?? fieldId(name);
  return (
    <div className="p-checkbox">
      <input {...input} type="checkbox" id={inputId} name={name} />
      <label htmlFor={inputId}>{label}</label>
    </div>
  );
}
