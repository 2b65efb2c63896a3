/**
 * Field codes and option values are the keys the server stores answers under: an admin never types
 * them. A new field or option gets one made from its label (lower-case ASCII, `_` between words),
 * unique among its siblings; an existing one keeps its own, so answers already filed keep theirs.
 */

const FIELD_CODE_MAX = 40;
const OPTION_VALUE_MAX = 40;

function words(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** A code the server accepts (`^[a-z][a-z0-9_]{0,39}$`) made from `label`, not in `taken`. */
export function fieldCode(label: string, taken: Iterable<string>): string {
  let base = words(label) || 'champ';
  if (!/^[a-z]/.test(base)) base = `f_${base}`;
  return unique(base.slice(0, FIELD_CODE_MAX).replace(/_+$/, ''), new Set(taken), FIELD_CODE_MAX);
}

/** An option value the server accepts (`^[A-Za-z0-9_-]{1,40}$`) made from `label`, not in `taken`. */
export function optionValue(label: string, taken: Iterable<string>): string {
  const base = (words(label) || 'choix').slice(0, OPTION_VALUE_MAX).replace(/_+$/, '');
  return unique(base, new Set(taken), OPTION_VALUE_MAX);
}

function unique(base: string, taken: Set<string>, max: number): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${base.slice(0, max - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Moves the item at `index` by `by` places; the same array when it would leave the list. */
export function moved<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return items as T[];
  const next = [...items];
  const [item] = next.splice(index, 1) as [T];
  next.splice(to, 0, item);
  return next;
}

/** A service code the server accepts (`^[A-Z0-9_-]{2,40}$`) made from its name, e.g. « Lampadaire éteint » → LAMPADAIRE-ETEINT. */
export function serviceCode(name: string): string {
  return words(name).toUpperCase().replace(/_/g, '-').slice(0, 40).replace(/-+$/, '');
}
