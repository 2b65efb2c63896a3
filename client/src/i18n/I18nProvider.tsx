import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { catalogs, DEFAULT_LANG, isLangLoaded, LANGS, loadLang, translate, type Lang, type Params } from './catalog';

const STORAGE_KEY = 'parvis.lang';

export type TFunction = (key: string, params?: Params) => string;

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /**
   * The language to use while the visitor has not chosen one (the commune's default): applied
   * unless a choice is stored or made, and not stored itself.
   */
  setDefaultLang: (lang: Lang) => void;
  t: TFunction;
  /** A date (no time), e.g. « 3 mars 2026 ». */
  formatDate: (value: string | number | Date, options?: Intl.DateTimeFormatOptions) => string;
  /** A date and time, e.g. « 3 mars 2026 à 14:05 ». */
  formatDateTime: (value: string | number | Date) => string;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
}

export function storedLang(): Lang | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored && (LANGS as readonly string[]).includes(stored)) return stored as Lang;
  } catch {
    // Storage can be disabled (private mode); French is the default either way.
  }
  return null;
}

export function makeI18n(
  lang: Lang,
  setLang: (lang: Lang) => void = () => undefined,
  setDefaultLang: (lang: Lang) => void = () => undefined,
): I18n {
  const catalog = catalogs[lang];
  const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'long' });
  const dateTimeFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' });
  const numberFormat = new Intl.NumberFormat(lang);
  return {
    lang,
    setLang,
    setDefaultLang,
    t: (key, params) => translate(catalog, lang, key, params),
    formatDate: (value, options) => (options ? new Intl.DateTimeFormat(lang, options) : dateFormat).format(new Date(value)),
    formatDateTime: (value) => dateTimeFormat.format(new Date(value)),
    formatNumber: (value, options) => (options ? new Intl.NumberFormat(lang, options) : numberFormat).format(value),
  };
}

const I18nContext = createContext<I18n>(makeI18n(DEFAULT_LANG));

/** Holds the interface language, persists it and keeps `<html lang>` in step for screen readers. */
export function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: Lang }) {
  const [wanted, setLangState] = useState<Lang>(() => fixed ?? storedLang() ?? DEFAULT_LANG);
  // A language is shown once its catalog is here (English is fetched when first chosen): until then, French.
  const [, setLoaded] = useState(0);
  const lang = isLangLoaded(wanted) ? wanted : DEFAULT_LANG;
  useEffect(() => {
    if (isLangLoaded(wanted)) return;
    loadLang(wanted).then(
      () => setLoaded((n) => n + 1),
      () => undefined, // offline: the interface stays in French, the choice is kept for next time
    );
  }, [wanted]);
  // Whether the visitor has chosen (now or on an earlier visit): then a default never overrides it.
  const [chosen, setChosen] = useState(() => fixed !== undefined || storedLang() !== null);
  const setDefaultLang = useCallback(
    (next: Lang) => {
      if (!chosen) setLangState(next);
    },
    [chosen],
  );
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    setChosen(true);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted; the choice still holds for this visit.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => makeI18n(lang, setLang, setDefaultLang), [lang, setLang, setDefaultLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** Shorthand when a component only needs `t`. */
export function useT(): TFunction {
  return useContext(I18nContext).t;
}

/**
 * The language of what people write here (residents' proposals and comments, the town hall's
 * answers, the commune's own texts): French. Elements showing such text carry `lang={useContentLang()}`,
 * which is "fr" when the interface is in another language (so a screen reader reads it with French
 * rules) and nothing when the page is French already.
 */
export const CONTENT_LANG: Lang = 'fr';

export function useContentLang(): Lang | undefined {
  const { lang } = useContext(I18nContext);
  return lang === CONTENT_LANG ? undefined : CONTENT_LANG;
}
