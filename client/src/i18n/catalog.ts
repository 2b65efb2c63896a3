/**
 * Message catalogs: the core messages (i18n/messages.ts) plus every feature's
 * `features/<name>/messages.ts`, found at build time, so a feature never edits a shared file.
 * Keys are flattened to dotted paths (`identity.signIn.title`).
 */

import type { MessageTree } from './message-tree';

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'fr';

export type { MessageTree };
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
 * One language's catalog: the core messages and the features' ones. Adds the problems it finds (a
 * feature writing outside its namespace, a key defined twice, a missing language) to `problems`
 * rather than throwing, so the app still starts; the unit tests fail on any problem.
 */
export function buildCatalog(lang: Lang, core: MessageTree, trees: Record<string, MessageTree | undefined>, problems: string[]): Catalog {
  const catalog = flatten(core);
  for (const [file, tree] of Object.entries(trees)) {
    const feature = /features\/([^/]+)\/messages\.ts(\?.*)?$/.exec(file)?.[1] ?? file;
    if (!tree) {
      problems.push(`${file}: no '${lang}' export`);
      continue;
    }
    for (const [key, text] of Object.entries(flatten(tree))) {
      const top = key.split('.')[0] ?? '';
      if (top !== feature && !SHARED_NAMESPACES.has(top)) {
        problems.push(`${file}: key '${key}' is outside the '${feature}' namespace`);
      }
      if (key in catalog) problems.push(`${file}: key '${key}' (${lang}) is defined twice`);
      catalog[key] = text;
    }
  }
  return catalog;
}

/** Both languages' catalogs from whole message modules (the checks of the unit tests). */
export function buildCatalogs(core: MessagesModule, modules: Record<string, MessagesModule>) {
  const problems: string[] = [];
  const trees = (lang: Lang) => Object.fromEntries(Object.entries(modules).map(([file, mod]) => [file, mod[lang]]));
  const catalogs: Record<Lang, Catalog> = {
    fr: buildCatalog('fr', core.fr, trees('fr'), problems),
    en: buildCatalog('en', core.en, trees('en'), problems),
  };
  return { catalogs, problems };
}

/*
 * What comes with the app is French, and of the features only the few messages the shell shows on
 * every page (each feature's `shellKeys`: nav labels, banners, the home page's; the build picks
 * them, see vite.config.ts). The rest of the features' French comes with the first page opened
 * (`loadPageMessages`, awaited by `lazyPage` before the page renders, so a page never shows a
 * key). The English of the features is its own download, fetched when English is chosen (main.tsx
 * waits for it before the first render when it is the stored choice, so nothing shows in the wrong
 * language). Each glob imports one export (`fr` from copies of the modules marked `?shell` or
 * `?lang=fr`, `en` from `?lang=en`), so the bundler leaves the other language out of each.
 */
const shellMessages = import.meta.glob<MessageTree>('../features/*/messages.ts', { import: 'fr', query: '?shell', eager: true });
// The core messages (./messages.ts) likewise: the shell's part with the app, the rest with the pages.
const coreShell = import.meta.glob<MessageTree>('./messages.ts', { import: 'fr', query: '?shell', eager: true })['./messages.ts'] ?? {};
const coreFrench = import.meta.glob<MessageTree>('./messages.ts', { import: 'fr', query: '?lang=fr' });
const coreEnglish = import.meta.glob<MessageTree>('./messages.ts', { import: 'en', query: '?lang=en' });
const frenchMessages = import.meta.glob<MessageTree>('../features/*/messages.ts', { import: 'fr', query: '?lang=fr' });
const englishMessages = import.meta.glob<MessageTree>('../features/*/messages.ts', { import: 'en', query: '?lang=en' });

const problems: string[] = [];
export const catalogs: Record<Lang, Catalog> = { fr: buildCatalog('fr', coreShell, shellMessages, problems), en: {} };
export const catalogProblems = problems;

const loaded = new Set<Lang>([DEFAULT_LANG]);
let english: Promise<void> | null = null;

export function isLangLoaded(lang: Lang): boolean {
  return loaded.has(lang);
}

/** The core's and all the features' trees of a language, fetched (a failure, e.g. offline, lets the next call try again). */
function fetchTrees(
  core: Record<string, () => Promise<MessageTree>>,
  features: Record<string, () => Promise<MessageTree>>,
  use: (core: MessageTree, trees: Record<string, MessageTree>) => void,
  reset: () => void,
): Promise<void> {
  const all = Object.entries({ ...features, ...core });
  return Promise.all(all.map(async ([file, load]) => [file, await load()] as const)).then(
    (loaded) => {
      const trees = Object.fromEntries(loaded);
      const coreTree = trees['./messages.ts'] ?? {};
      delete trees['./messages.ts'];
      use(coreTree, trees);
    },
    (error: unknown) => {
      reset();
      throw error;
    },
  );
}

/** Fetches a language's catalogs (once; again after a failure, e.g. offline). */
export function loadLang(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return Promise.resolve();
  english ??= fetchTrees(
    coreEnglish,
    englishMessages,
    (core, trees) => {
      Object.assign(catalogs.en, buildCatalog('en', core, trees, problems));
      loaded.add('en');
    },
    () => (english = null),
  );
  return english;
}

/** Each French catalog fetched or being fetched, by file (a failure, e.g. offline, forgets it so the next call tries again). */
const frenchParts = new Map<string, Promise<void>>();

function loadFrench(file: string, load: () => Promise<Catalog>): Promise<void> {
  let pending = frenchParts.get(file);
  if (!pending) {
    pending = load().then(
      // Each part is checked on its own (a key defined twice, a key outside the feature's
      // namespace); the shell's keys are the same texts again.
      (part) => void Object.assign(catalogs.fr, part),
      (error: unknown) => {
        frenchParts.delete(file);
        throw error;
      },
    );
    frenchParts.set(file, pending);
  }
  return pending;
}

/**
 * Fetches the French of the core and of the given features besides the shell's (each once; again
 * after a failure): what a page says. The build lists, for each page, the features its modules
 * reach (vite.config.ts, `pageTexts`), and every feature's sentences for the server's error
 * reasons come too (a page may meet another feature's reason: a suspended account, a locked
 * topic). Without a list, every feature's texts come, in one small download per feature, cached
 * with the app.
 */
export function loadPageMessages(features?: readonly string[]): Promise<void> {
  const parts = Object.entries(coreFrench).map(([file, load]) =>
    loadFrench(file, () => load().then((tree) => buildCatalog('fr', tree, {}, problems))),
  );
  for (const [file, load] of Object.entries(frenchMessages)) {
    if (features && !features.includes(/features\/([^/]+)\//.exec(file)?.[1] ?? '')) continue;
    parts.push(loadFrench(file, () => load().then((tree) => buildCatalog('fr', {}, { [file]: tree }, problems))));
  }
  if (features) {
    const errors = () => import('./feature-errors').then(({ errorTrees }) => buildCatalog('fr', {}, errorTrees, problems));
    parts.push(loadFrench('./feature-errors.ts', errors));
  }
  return Promise.all(parts).then(() => undefined);
}

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
