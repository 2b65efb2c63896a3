import { describe, expect, it } from 'vitest';
import { catalogs } from '@/i18n/catalog';

/**
 * The shared catalog test checks literal keys matching [a-zA-Z0-9_.]+ only, so it skips this
 * feature's hyphenated namespace: check every quoted `service-requests.*` and `notifications.*`
 * key used by the two features here (message keys passed to t(), flash() or onDone()).
 */
describe('service-requests and notifications keys', () => {
  it('defines every literal key in French and English', () => {
    const sources = import.meta.glob<string>(
      ['/src/features/service-requests/**/*.{ts,tsx}', '/src/features/notifications/**/*.{ts,tsx}'],
      {
        query: '?raw',
        import: 'default',
        eager: true,
      },
    );
    const missing: string[] = [];
    let checked = 0;
    for (const [file, text] of Object.entries(sources)) {
      if (file.endsWith('.test.ts') || file.endsWith('messages.ts')) continue;
      for (const m of text.matchAll(/'((?:service-requests|notifications)\.[A-Za-z0-9_.]+)'/g)) {
        const key = m[1]!;
        checked += 1;
        for (const lang of ['fr', 'en'] as const) {
          if (!(key in catalogs[lang]) && !(`${key}_other` in catalogs[lang])) missing.push(`${file} (${lang}): ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(150);
  });

  it('names every status, priority, kind and event the server can send', () => {
    const needed = [
      ...['SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT', 'RESOLVED', 'REJECTED', 'CLOSED'].map(
        (s) => `service-requests.status.${s}`,
      ),
      ...['LOW', 'NORMAL', 'HIGH', 'URGENT'].map((p) => `service-requests.priority.${p}`),
      ...['REPORT', 'FORMALITY'].map((k) => `service-requests.kind.${k}`),
      ...['CREATED', 'PUBLIC_UPDATE', 'INTERNAL_NOTE', 'RESIDENT_REPLY'].map((k) => `service-requests.event.${k}`),
      ...[1, 2, 3, 4, 5].map((n) => `service-requests.rate.scale.${n}`),
    ];
    for (const lang of ['fr', 'en'] as const) expect(needed.filter((k) => !(k in catalogs[lang]))).toEqual([]);
  });
});
