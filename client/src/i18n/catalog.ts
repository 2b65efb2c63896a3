/**
 * Message catalogs: the core messages (i18n/messages.ts) plus every feature's
 * `features/<name>/messages.ts`, found at build time, so a feature never edits a shared file.
 * Keys are flattened to dotted paths (`identity.signIn.title`).
 */
import { core } from './messages';

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'fr';

export interface MessageTree {
  [key: string]: string | MessageTree;
}
export type Catalog = Record<string, string>;
export interface MessagesModule {
  fr: MessageTree;
  en: MessageTree;
}

export function flatten(tree: MessageTree, prefix = '', out: Catalog = {}): Catalog {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else flatten(value, path, out);
  }
  return out;
}

/** Top-level namespaces a feature may write to besides its own name (its error reasons). */
const SHARED_NAMESPACES = new Set(['errors']);

/**
 * Merges the core catalog and the features' ones. Returns the problems it found (a feature writing
 * outside its namespace, a key defined twice) rather than throwing, so the app still starts; the
 * unit tests fail on any problem.
 */
export function buildCatalogs(core: MessagesModule, modules: Record<string, MessagesModule>) {
  const problems: string[] = [];
  const catalogs: Record<Lang, Catalog> = { fr: flatten(core.fr), en: flatten(core.en) };
  for (const [file, mod] of Object.entries(modules)) {
    const feature = /features\/([^/]+)\/messages\.ts$/.exec(file)?.[1] ?? file;
    for (const lang of LANGS) {
      if (!mod[lang]) {
        problems.push(`${file}: no '${lang}' export`);
        continue;
      }
      for (const [key, text] of Object.entries(flatten(mod[lang]))) {
        const top = key.split('.')[0] ?? '';
        if (top !== feature && !SHARED_NAMESPACES.has(top)) {
          problems.push(`${file}: key '${key}' is outside the '${feature}' namespace`);
        }
        if (key in catalogs[lang]) problems.push(`${file}: key '${key}' (${lang}) is defined twice`);
        catalogs[lang][key] = text;
      }
    }
  }
  return { catalogs, problems };
}

const featureMessages = import.meta.glob<MessagesModule>('../features/*/messages.ts', { eager: true });

export const { catalogs, problems: catalogProblems } = buildCatalogs(core, featureMessages);

if (import.meta.env.DEV && catalogProblems.length) console.error('[i18n]', catalogProblems);

const pluralRules: Record<Lang, Intl.PluralRules> = {
  fr: new Intl.PluralRules('fr'),
  en: new Intl.PluralRules('en'),
};

export type Params = Record<string, string | number>;

/** How `{name, date}` and `{name, datetime}` placeholders show an ISO 8601 value (as `formatDate` / `formatDateTime`). */
const DATE_STYLES: Record<string, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'long' },
  datetime: { dateStyle: 'long', timeStyle: 'short' },
};

function formatPlaceholder(value: string | number, style: string | undefined, lang: Lang): string {
  const dateStyle = style ? DATE_STYLES[style] : undefined;
  if (dateStyle) {
    // A date given by the server (an error's `suspendedUntil`): formatted in the reader's language and time zone.
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return new Intl.DateTimeFormat(lang, dateStyle).format(date);
  }
  return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : String(value);
}

/**
 * Looks a key up and fills `{name}` placeholders (`{name, date}` and `{name, datetime}` format an
 * ISO 8601 value as a date, or a date and time, so a sentence fed by an error's extensions can
 * name a date). With a numeric `count` it first tries `<key>_<plural category>` (`_one`, `_other`;
 * French counts 0 as "one"), then `<key>_other`. A missing key shows the key itself, so it is
 * visible rather than blank.
 */
export function translate(catalog: Catalog, lang: Lang, key: string, params?: Params): string {
  let text: string | undefined;
  if (params && typeof params.count === 'number') {
    const category = pluralRules[lang].select(params.count);
    text = catalog[`${key}_${category}`] ?? catalog[`${key}_other`];
  }
  text ??= catalog[key];
  // The unit tests check that every literal key used in the code exists in both catalogs.
  if (text === undefined) return key;
  if (!params) return text;
  return text.replace(/\{(\w+)(?:,\s*(\w+))?\}/g, (whole, name: string, style: string | undefined) => {
    const value = params[name];
    if (value === undefined) return whole;
    return formatPlaceholder(value, style, lang);
  });
}

export function hasKey(lang: Lang, key: string): boolean {
  return key in catalogs[lang];
}
