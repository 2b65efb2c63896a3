import type { FieldError } from '../common/app-error';
import { ServiceFieldKind } from './service-request.enums';

/**
 * The extra fields a service asks for, and the pure rules that check both their definitions
 * (when an admin writes the catalogue) and the values a resident gives (when filing).
 */
export interface ServiceFieldOption {
  value: string;
  label: string;
}

export interface ServiceFieldDefinition {
  code: string;
  label: string;
  kind: ServiceFieldKind;
  required: boolean;
  description?: string | null;
  /** SINGLE_CHOICE only. */
  options?: ServiceFieldOption[] | null;
  /** NUMBER only. */
  min?: number | null;
  max?: number | null;
  /** TEXT only; TEXT_MAX_LENGTH when absent. */
  maxLength?: number | null;
}

/** What is stored per code: numbers as numbers, yes/no as booleans, dates as YYYY-MM-DD. */
export type StoredFieldValue = string | number | boolean;

export const MAX_FIELDS = 20;
export const TEXT_MAX_LENGTH = 1000;
const FIELD_CODE = /^[a-z][a-z0-9_]{0,39}$/;
const OPTION_VALUE = /^[A-Za-z0-9_-]{1,40}$/;
const NUMBER = /^-?\d{1,15}([.,]\d{1,6})?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const err = (path: string, constraint: string, message: string): FieldError => ({ path, constraint, message });

/** Checks what class-validator cannot: uniqueness, per-kind settings, option lists. */
export function validateFieldDefinitions(fields: ServiceFieldDefinition[], path: string): FieldError[] {
  const errors: FieldError[] = [];
  if (fields.length > MAX_FIELDS) errors.push(err(path, 'arrayMaxSize', `at most ${MAX_FIELDS} fields`));
  const seen = new Set<string>();
  fields.forEach((f, i) => {
    const at = `${path}.${i}`;
    if (!FIELD_CODE.test(f.code)) {
      errors.push(err(`${at}.code`, 'matches', 'must be lower-case letters, digits or _, starting with a letter, at most 40'));
    } else if (seen.has(f.code)) {
      errors.push(err(`${at}.code`, 'unique', 'is used by another field of this service'));
    }
    seen.add(f.code);
    const options = f.options ?? [];
    if (f.kind === ServiceFieldKind.SINGLE_CHOICE) {
      if (options.length < 2 || options.length > 30)
        errors.push(err(`${at}.options`, 'arraySize', 'a single choice needs 2 to 30 options'));
      const values = new Set<string>();
      options.forEach((o, j) => {
        if (!OPTION_VALUE.test(o.value)) errors.push(err(`${at}.options.${j}.value`, 'matches', 'must be 1 to 40 letters, digits, - or _'));
        else if (values.has(o.value)) errors.push(err(`${at}.options.${j}.value`, 'unique', 'is used by another option'));
        values.add(o.value);
        if (!o.label?.trim()) errors.push(err(`${at}.options.${j}.label`, 'isNotEmpty', 'must not be empty'));
      });
    } else if (options.length) {
      errors.push(err(`${at}.options`, 'notAllowed', 'only a SINGLE_CHOICE field has options'));
    }
    if (f.kind !== ServiceFieldKind.NUMBER && (f.min != null || f.max != null)) {
      errors.push(err(`${at}.${f.min != null ? 'min' : 'max'}`, 'notAllowed', 'only a NUMBER field has bounds'));
    }
    if (f.min != null && f.max != null && f.min > f.max) errors.push(err(`${at}.max`, 'min', 'must not be below min'));
    if (f.kind !== ServiceFieldKind.TEXT && f.maxLength != null) {
      errors.push(err(`${at}.maxLength`, 'notAllowed', 'only a TEXT field has a maximum length'));
    }
  });
  return errors;
}

/**
 * Checks the values given when filing against the service's fields. Errors are reported per field
 * code (`<path>.<code>`) so a form can show each beside its input. Blank values count as absent.
 */
export function validateFieldValues(
  fields: ServiceFieldDefinition[],
  given: { code: string; value: string }[] | null | undefined,
  path: string,
): { values: Record<string, StoredFieldValue>; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const values: Record<string, StoredFieldValue> = {};
  const byCode = new Map(fields.map((f) => [f.code, f]));
  const seen = new Set<string>();
  for (const { code, value } of given ?? []) {
    const at = `${path}.${code}`;
    const field = byCode.get(code);
    if (!field) {
      errors.push(err(at, 'unknownField', 'is not a field of this service'));
      continue;
    }
    if (seen.has(code)) {
      errors.push(err(at, 'unique', 'is given twice'));
      continue;
    }
    seen.add(code);
    if (value.trim() === '') continue;
    const parsed = parseValue(field, value, at);
    if ('error' in parsed) errors.push(parsed.error);
    else values[code] = parsed.value;
  }
  for (const field of fields) {
    if (field.required && !(field.code in values) && !errors.some((e) => e.path === `${path}.${field.code}`)) {
      errors.push(err(`${path}.${field.code}`, 'required', 'is required by this service'));
    }
  }
  return { values, errors };
}

function parseValue(field: ServiceFieldDefinition, raw: string, at: string): { value: StoredFieldValue } | { error: FieldError } {
  switch (field.kind) {
    case ServiceFieldKind.TEXT: {
      const max = field.maxLength ?? TEXT_MAX_LENGTH;
      return raw.length > max ? { error: err(at, 'maxLength', `must be at most ${max} characters`) } : { value: raw };
    }
    case ServiceFieldKind.NUMBER: {
      const text = raw.trim();
      if (!NUMBER.test(text)) return { error: err(at, 'isNumber', 'must be a number') };
      const n = Number(text.replace(',', '.'));
      if (field.min != null && n < field.min) return { error: err(at, 'min', `must be at least ${field.min}`) };
      if (field.max != null && n > field.max) return { error: err(at, 'max', `must be at most ${field.max}`) };
      return { value: n };
    }
    case ServiceFieldKind.DATE: {
      const text = raw.trim();
      const m = DATE.exec(text);
      const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
      if (!m || !d || d.getUTCFullYear() !== +m[1] || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
        return { error: err(at, 'isDate', 'must be a date written YYYY-MM-DD') };
      }
      return { value: text };
    }
    case ServiceFieldKind.SINGLE_CHOICE: {
      const text = raw.trim();
      return (field.options ?? []).some((o) => o.value === text)
        ? { value: text }
        : { error: err(at, 'isIn', `must be one of: ${(field.options ?? []).map((o) => o.value).join(', ')}`) };
    }
    case ServiceFieldKind.YES_NO: {
      const text = raw.trim().toLowerCase();
      if (text === 'true') return { value: true };
      if (text === 'false') return { value: false };
      return { error: err(at, 'isBoolean', 'must be true or false') };
    }
  }
}

/** The stored value as the API shows it (a string, as it was given, normalised). */
export function displayValue(value: StoredFieldValue): string {
  return typeof value === 'string' ? value : String(value);
}

/**
 * A request's stored values read with the field definitions it was filed under (its version), in
 * that order: each with its label and kind then, and a choice with its option's label then.
 */
export function fieldValuesAsFiled(
  fields: ServiceFieldDefinition[],
  values: Record<string, StoredFieldValue>,
): { code: string; label: string | null; kind: ServiceFieldKind | null; value: string; optionLabel: string | null }[] {
  const byCode = new Map(fields.map((f, i) => [f.code, { field: f, order: i }]));
  // In the fields' order (jsonb does not keep the order values were given in); unknown codes last.
  return Object.entries(values)
    .sort(([a], [b]) => (byCode.get(a)?.order ?? fields.length) - (byCode.get(b)?.order ?? fields.length) || a.localeCompare(b))
    .map(([code, stored]) => {
      const field = byCode.get(code)?.field;
      const value = displayValue(stored);
      const option = field?.kind === ServiceFieldKind.SINGLE_CHOICE ? field.options?.find((o) => o.value === value) : undefined;
      return { code, label: field?.label ?? null, kind: field?.kind ?? null, value, optionLabel: option?.label ?? null };
    });
}
