import type { LegalPageKind } from '@/generated/graphql';

/** The legal pages, their addresses (/legal/<slug>, as the server's `slug`) and their names in the shell's messages. */
export const LEGAL_PAGES: { kind: LegalPageKind; slug: string; titleKey: string }[] = [
  { kind: 'LEGAL_NOTICE', slug: 'mentions-legales', titleKey: 'app.legal.LEGAL_NOTICE' },
  { kind: 'PRIVACY', slug: 'privacy', titleKey: 'app.legal.PRIVACY' },
  { kind: 'ACCESSIBILITY', slug: 'accessibility', titleKey: 'app.legal.ACCESSIBILITY' },
  { kind: 'TERMS', slug: 'terms', titleKey: 'app.legal.TERMS' },
];

export const legalPageOf = (slug: string | undefined) => LEGAL_PAGES.find((p) => p.slug === slug) ?? null;
