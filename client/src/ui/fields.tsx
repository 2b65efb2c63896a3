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

type FrameProps = FieldFrameProps & { ids: ReturnType<typeof useFrame> };

/**
 * What a labelled control needs: the frame's props (label, hint, error) and the control's own
 * (id, name, required, aria-invalid, aria-describedby, class), so each control spreads them alike.
 */
function useField({ className, ...props }: FieldFrameProps & { className?: string | undefined }) {
  const ids = useFrame(props);
  const frame: FrameProps = { ...props, ids };
  const control = {
    id: ids.inputId,
    name: props.name,
    required: props.required,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': ids.describedBy,
    className: ['p-input', className].filter(Boolean).join(' '),
  };
  return { frame, control };
}

function Frame({ label, hint, error, required, noMarker, ids, children }: FrameProps & { children: ReactNode }) {
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
  const { frame, control } = useField({ label, name, id, hint, error, required, noMarker, className });
  return (
    <Frame {...frame}>
      <input {...input} {...control} />
    </Frame>
  );
}

export type TextAreaProps = FieldFrameProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'id'>;

export function TextArea({ label, name, id, hint, error, required, noMarker, className, ...input }: TextAreaProps) {
  const { frame, control } = useField({ label, name, id, hint, error, required, noMarker, className });
  return (
    <Frame {...frame}>
      <textarea {...input} {...control} />
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
  const { frame, control } = useField({ label, name, id, hint, error, required, noMarker, className });
  return (
    <Frame {...frame}>
      <select {...select} {...control}>
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
