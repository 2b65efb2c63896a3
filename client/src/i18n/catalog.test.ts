import { describe, expect, it, vi } from 'vitest';
import { navItems, footerItems } from '@/app/features';
import { buildCatalog, buildCatalogs, catalogProblems, catalogs, flatten, translate, type MessageTree } from './catalog';

const keys = (lang: 'fr' | 'en') => Object.keys(catalogs[lang]).sort();
const placeholders = (text: string) => [...text.matchAll(/\{(\w+(?:,\s*\w+)?)\}/g)].map((m) => m[1]).sort();

describe('catalogs', () => {
  it('has no feature writing outside its namespace and no key defined twice', () => {
    expect(catalogProblems).toEqual([]);
  });

  it('has exactly the same keys in French and English, across all features', () => {
    const fr = keys('fr');
    const en = keys('en');
    expect(en.filter((k) => !fr.includes(k))).toEqual([]);
    expect(fr.filter((k) => !en.includes(k))).toEqual([]);
    expect(fr.length).toBeGreaterThan(50);
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = keys('fr').filter((k) => placeholders(catalogs.fr[k]!).join() !== placeholders(catalogs.en[k] ?? '').join());
    expect(mismatched).toEqual([]);
  });

  it('has no empty message', () => {
    for (const lang of ['fr', 'en'] as const) {
      expect(Object.entries(catalogs[lang]).filter(([, v]) => !v.trim())).toEqual([]);
    }
  });

  it('defines every literal key the code passes to t()', () => {
    const sources = import.meta.glob<string>('/src/**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true });
    const missing: string[] = [];
    for (const [file, text] of Object.entries(sources)) {
      if (file.endsWith('.test.ts') || file.endsWith('.test.tsx')) continue;
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) {
        const key = m[1]!;
        const known = (k: string) => k in catalogs.fr || `${k}_other` in catalogs.fr;
        if (!known(key)) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('ships with the app (the shell’s part, `shellKeys`) the labels of the navigation and footer, and little else', () => {
    const shell = buildCatalog(
      'fr',
      {},
      import.meta.glob<MessageTree>('../features/*/messages.ts', { import: 'fr', query: '?shell', eager: true }),
      [],
    );
    const labels = [...navItems, ...footerItems].map((item) => item.labelKey);
    expect(labels.filter((key) => !(key in shell))).toEqual([]);
    // The same texts as the full catalog's, and a small part of it (the rest comes with the pages).
    expect(Object.entries(shell).filter(([key, text]) => catalogs.fr[key] !== text)).toEqual([]);
    expect(Object.keys(shell).length).toBeLessThan(Object.keys(catalogs.fr).length / 10);
  });
});

describe('loadPageMessages (a page fetches its features’ texts, not all)', () => {
  it('with a list, brings those features’ texts and every feature’s error sentences, and no other feature’s texts', async () => {
    vi.resetModules();
    const fresh = await import('./catalog');
    expect(fresh.catalogs.fr['proposals.list.title']).toBeUndefined();
    await fresh.loadPageMessages(['proposals']);
    expect(fresh.catalogs.fr['proposals.list.title']).toBe(catalogs.fr['proposals.list.title']);
    expect(fresh.catalogs.fr['forums.forum.title']).toBeUndefined();
    // Another feature's reason, which a proposal page may meet, is there all the same.
    expect(fresh.catalogs.fr['errors.FORUM_ARCHIVED']).toBe(catalogs.fr['errors.FORUM_ARCHIVED']);
    // The core's texts come with any page.
    const coreKey = Object.keys(flatten((await import('./messages')).fr)).find((key) => !(key in fresh.catalogs.fr));
    expect(coreKey).toBeUndefined();
    expect(fresh.catalogProblems).toEqual([]);
  });

  it('without a list, brings every feature’s texts', async () => {
    vi.resetModules();
    const fresh = await import('./catalog');
    await fresh.loadPageMessages();
    expect(Object.keys(fresh.catalogs.fr).sort()).toEqual(keys('fr'));
  });
});

describe('buildCatalogs (the checks above can fail)', () => {
  const core = { fr: { app: { a: 'A' } }, en: { app: { a: 'A' } } };
  it('reports a key outside the feature namespace and a key defined twice', () => {
    const { problems } = buildCatalogs(core, {
      '../features/proposals/messages.ts': { fr: { proposals: { x: 'x' }, app: { a: 'again' } }, en: { proposals: { x: 'x' } } },
      '../features/forums/messages.ts': { fr: { errors: { SAME: 'un' } }, en: { errors: { SAME: 'one' } } },
      '../features/comments/messages.ts': { fr: { errors: { SAME: 'deux' } }, en: { errors: { SAME: 'two' } } },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("key 'app.a' is outside the 'proposals' namespace"),
        expect.stringContaining("key 'app.a' (fr) is defined twice"),
        expect.stringContaining("key 'errors.SAME' (fr) is defined twice"),
      ]),
    );
  });

  it('flattens nested messages to dotted keys', () => {
    expect(flatten({ a: { b: 'x', c: { d: 'y' } } })).toEqual({ 'a.b': 'x', 'a.c.d': 'y' });
  });
});

describe('translate', () => {
  const catalog = { 'n.items_one': '{count} élément', 'n.items_other': '{count} éléments', hello: 'Bonjour {name}' };
  it('fills placeholders and picks the plural form by language', () => {
    expect(translate(catalog, 'fr', 'hello', { name: 'Marie' })).toBe('Bonjour Marie');
    expect(translate(catalog, 'fr', 'n.items', { count: 0 })).toBe('0 élément');
    expect(translate(catalog, 'en', 'n.items', { count: 0 })).toBe('0 éléments');
    expect(translate(catalog, 'fr', 'n.items', { count: 1200 })).toBe(`${new Intl.NumberFormat('fr').format(1200)} éléments`);
  });
  it('formats a date placeholder in the reader’s language, and leaves a value that is no date as it is', () => {
    const until = { until: '2026-03-14T16:30:00.000Z' };
    const cat = { d: 'Jusqu’au {until, date}', dt: 'Until {until, datetime}' };
    expect(translate(cat, 'fr', 'd', until)).toBe(
      `Jusqu’au ${new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(new Date(until.until))}`,
    );
    expect(translate(cat, 'fr', 'd', until)).toMatch(/^Jusqu’au 14 mars 2026$/);
    expect(translate(cat, 'en', 'dt', until)).toBe(
      `Until ${new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(until.until))}`,
    );
    expect(translate(cat, 'en', 'dt', { until: 'soon' })).toBe('Until soon');
    expect(translate(cat, 'en', 'dt')).toBe('Until {until, datetime}');
  });

  it('shows a missing key as itself', () => {
    expect(translate(catalog, 'fr', 'nope.missing')).toBe('nope.missing');
  });
});
