import type { DraftValues } from '@/app';

/**
 * Reading and filling a form's fields by their `name`, whatever renders them: uncontrolled fields
 * (read with FormData at submit) and React-controlled ones alike, since a value is put back the way
 * a person types it (the native setter, then `input` and `change` events React listens to). So a
 * form keeps its own code and gains a draft with one hook call.
 */
type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * Not kept: secrets, files (photos are not in drafts), buttons, and hidden fields (derived state),
 * unless one says it holds what the resident chose (`data-draft="keep"`: the map point), and then
 * listens for the change event by which a draft puts its value back.
 */
const SKIPPED_TYPES = new Set(['password', 'file', 'hidden', 'submit', 'button', 'reset', 'image']);

function isKept(el: Element): el is Field {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return el.name !== '';
  if (!(el instanceof HTMLInputElement) || el.name === '') return false;
  return !SKIPPED_TYPES.has(el.type) || (el.type === 'hidden' && el.dataset.draft === 'keep');
}

const isChoice = (el: Field): el is HTMLInputElement => el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');

/** The form itself, or the form inside (or around) the element given. */
export function formOf(root: HTMLElement): HTMLFormElement | null {
  if (root instanceof HTMLFormElement) return root;
  return root.querySelector('form') ?? root.closest('form');
}

export function fieldsOf(root: HTMLElement): Field[] {
  const all = root instanceof HTMLFormElement ? Array.from(root.elements) : Array.from(root.querySelectorAll('input, select, textarea'));
  return all.filter(isKept);
}

/** Every kept field's values by name (checkboxes and radios: the checked ones' values). */
export function readFields(root: HTMLElement): DraftValues {
  const values: DraftValues = {};
  for (const el of fieldsOf(root)) {
    const list = (values[el.name] ??= []);
    if (isChoice(el)) {
      if (el.checked) list.push(el.value);
    } else if (el instanceof HTMLSelectElement && el.multiple) {
      list.push(...Array.from(el.selectedOptions, (o) => o.value));
    } else {
      list.push(el.value);
    }
  }
  return values;
}

function setValue(el: Field, value: string) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el) as object, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Puts the values back in the fields of those names. Returns the names it could not fill yet: a
 * list whose options have not arrived (they come with a query), to be tried again when they do.
 */
export function fillFields(root: HTMLElement, values: DraftValues): Set<string> {
  const notYet = new Set<string>();
  const position = new Map<string, number>();
  for (const el of fieldsOf(root)) {
    const wanted = values[el.name];
    if (!wanted) continue;
    if (isChoice(el)) {
      const checked = wanted.includes(el.value);
      // A click, as a person would: it changes the box and tells React.
      if (el.checked !== checked && (el.type === 'checkbox' || checked)) el.click();
      continue;
    }
    if (el instanceof HTMLSelectElement && el.multiple) continue;
    const i = position.get(el.name) ?? 0;
    position.set(el.name, i + 1);
    const value = wanted[i];
    if (value === undefined) continue;
    if (el.value !== value) setValue(el, value);
    if (el.value !== value) notYet.add(el.name);
  }
  return notYet;
}

/** Empties the fields a draft filled (each text to '', each box unchecked). */
export function emptyFields(root: HTMLElement, names: Iterable<string>): void {
  const empty: DraftValues = {};
  for (const name of names) empty[name] = [];
  for (const el of fieldsOf(root)) {
    if (!(el.name in empty)) continue;
    if (isChoice(el)) {
      if (el.checked && el.type === 'checkbox') el.click();
    } else if (!(el instanceof HTMLSelectElement && el.multiple) && el.value !== '') {
      setValue(el, '');
    }
  }
}
