import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { genericMailText, MAIL_LOCALES, NOTIFICATION_MAIL_TEXTS, NotificationMailTexts } from './notification-mail-texts';

const SRC = join(__dirname, '..');
const domains = readdirSync(SRC, { withFileTypes: true }).filter((d) => d.isDirectory());
const filesEnding = (suffix: string) =>
  domains.flatMap((d) =>
    readdirSync(join(SRC, d.name))
      .filter((f) => f.endsWith(suffix))
      .map((f) => ({ domain: d.name, file: join(SRC, d.name, f) })),
  );

/**
 * Every notification kind the server writes: the string values of the `…Notification` constants
 * each domain exports from its `*.notifications.ts` (where its kinds are documented).
 */
function writtenKinds(): Set<string> {
  const kinds = new Set<string>();
  for (const { file } of filesEnding('.notifications.ts')) {
    for (const [name, value] of Object.entries(require(file) as Record<string, unknown>)) {
      if (!name.endsWith('Notification') || typeof value !== 'object' || value === null) continue;
      for (const kind of Object.values(value)) if (typeof kind === 'string') kinds.add(kind);
    }
  }
  return kinds;
}

/** Every provider of e-mail texts, by the domain it is declared for, with the file it sits in. */
function providers(): { key: string; domain: string; className: string; texts: NotificationMailTexts }[] {
  return filesEnding('.mail-texts.ts').flatMap(({ domain, file }) =>
    Object.values(require(file) as Record<string, unknown>)
      .filter((v): v is new () => NotificationMailTexts => typeof v === 'function' && NOTIFICATION_MAIL_TEXTS.keysOf(v).length > 0)
      .map((cls) => ({ key: NOTIFICATION_MAIL_TEXTS.keysOf(cls)[0], domain, className: cls.name, texts: new cls() })),
  );
}

describe('notification e-mail texts', () => {
  it('every kind the server writes has an e-mail text, declared once', () => {
    const declared = new Map<string, string>();
    for (const p of providers()) {
      for (const kind of Object.keys(p.texts.kinds)) {
        expect({ kind, twice: declared.has(kind) }).toEqual({ kind, twice: false });
        declared.set(kind, p.key);
      }
    }
    const kinds = [...writtenKinds()];
    expect(kinds.length).toBeGreaterThanOrEqual(28);
    expect(kinds.filter((k) => !declared.has(k))).toEqual([]);
    // And nothing is declared that no domain writes (a typo would never be e-mailed).
    expect([...declared.keys()].filter((k) => !kinds.includes(k))).toEqual([]);
  });

  it("each provider is a provider of its domain's module", () => {
    for (const p of providers()) {
      const modules = readdirSync(join(SRC, p.domain)).filter((f) => f.endsWith('.module.ts'));
      const text = modules.map((f) => readFileSync(join(SRC, p.domain, f), 'utf8')).join('\n');
      expect({ className: p.className, registered: text.includes(p.className) }).toEqual({ className: p.className, registered: true });
    }
  });

  it('reads in both languages, names the title or reference, and links to a page', () => {
    const payload = {
      title: 'Des bancs place du marché',
      reference: 'PAR-2026-000123',
      message: 'Public message',
      toStatus: 'ACCEPTED',
      path: '/x',
    };
    for (const p of providers()) {
      for (const locale of MAIL_LOCALES) expect(p.texts.group[locale]).toBeTruthy();
      for (const [kind, text] of Object.entries(p.texts.kinds)) {
        const n = { kind, targetType: 'X', targetId: '00000000-0000-4000-8000-000000000001', payload };
        for (const locale of MAIL_LOCALES) {
          const lines = text.lines(n, locale);
          expect(text.label[locale]).toBeTruthy();
          expect(lines.subject.length).toBeGreaterThan(5);
          expect(lines.subject).not.toContain('undefined');
          expect(lines.sentence).not.toContain('undefined');
          if (p.key !== 'moderation') expect(lines.sentence).toMatch(/Des bancs place du marché|PAR-2026-000123/);
        }
        const path = text.path(n);
        if (path !== null) expect(path).toMatch(/^\//);
      }
    }
  });

  it('a kind no domain declares reads as a generic sentence', () => {
    const n = { kind: 'SOMETHING_NEW', targetType: 'X', targetId: 'x', payload: { title: 'Le parc' } };
    expect(genericMailText.lines(n, 'fr').sentence).toBe('Du nouveau sur « Le parc ».');
    expect(genericMailText.lines(n, 'en').sentence).toBe('News about “Le parc”.');
  });
});
