import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { graphql } from '@/generated';
import type { ShellCommuneQuery } from '@/generated/graphql';
import { useI18n } from '@/i18n';
import { contrastRatio, mix, MIN_TEXT_CONTRAST } from '@/ui';

/** The commune as the shell shows it on every page (header, footer, titles, colours, language). */
export type ShellCommune = ShellCommuneQuery['commune'];

export const SHELL_COMMUNE = graphql(`
  query ShellCommune {
    commune {
      name
      configured
      primaryColor
      primaryTextColor
      address
      phone
      email
      website
      openingHours
      defaultLanguage
      accessibilityConformance
      logo {
        id
        url(variant: THUMB)
      }
    }
  }
`);

/** The commune (null until loaded, or when the server cannot be reached: the app's own name and colours then). */
export function useCommune(): ShellCommune | null {
  const { data } = useQuery(SHELL_COMMUNE);
  return data?.commune ?? null;
}

/** The backgrounds the primary colour is written on as text (tokens.css): white and the surface grey. */
const TEXT_BACKGROUNDS = ['#ffffff', '#f4f6fa'];
const THEMED = [
  '--color-brand',
  '--color-on-brand',
  '--color-primary',
  '--color-primary-hover',
  '--color-primary-soft',
  '--color-info',
  '--color-info-soft',
];

const passes = (a: string, b: string) => (contrastRatio(a, b) ?? 0) >= MIN_TEXT_CONTRAST;

/**
 * The CSS custom properties the commune's colours set, only where they keep WCAG AA: the header's
 * band takes the colour and its text colour when that pair contrasts 4.5:1 (the server checks it
 * too); buttons, links and headings take it as the primary colour only when it also reads 4.5:1 on
 * white and on the surface grey (a light yellow brand keeps the default blue for those).
 */
export function themeOf(commune: Pick<ShellCommune, 'configured' | 'primaryColor' | 'primaryTextColor'> | null): Record<string, string> {
  if (!commune?.configured) return {};
  const { primaryColor: primary, primaryTextColor: text } = commune;
  const theme: Record<string, string> = {};
  if (passes(primary, text)) Object.assign(theme, { '--color-brand': primary, '--color-on-brand': text });
  if (passes(primary, '#ffffff') && TEXT_BACKGROUNDS.every((bg) => passes(primary, bg))) {
    const soft = mix(primary, '#ffffff', 0.88);
    Object.assign(theme, { '--color-primary': primary, '--color-primary-hover': mix(primary, '#000000', 0.25), '--color-info': primary });
    if (passes(primary, soft)) Object.assign(theme, { '--color-primary-soft': soft, '--color-info-soft': soft });
  }
  return theme;
}

/** Applies the commune's colours to the document, and its default language for visitors who chose none. */
export function useCommuneTheme(commune: ShellCommune | null): void {
  const { setDefaultLang } = useI18n();
  const language = commune?.defaultLanguage;
  useEffect(() => {
    if (language) setDefaultLang(language === 'EN' ? 'en' : 'fr');
  }, [language, setDefaultLang]);
  const theme = themeOf(commune);
  const key = JSON.stringify(theme);
  useEffect(() => {
    const style = document.documentElement.style;
    const values = JSON.parse(key) as Record<string, string>;
    for (const name of THEMED) {
      if (values[name]) style.setProperty(name, values[name]);
      else style.removeProperty(name);
    }
  }, [key]);
}
