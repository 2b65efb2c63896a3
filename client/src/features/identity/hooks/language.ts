import type { Lang } from '@/i18n';
import type { Language } from '@/generated/graphql';

/** The interface language as the API's Language value, and back. */
export const languageOf = (lang: Lang): Language => (lang === 'en' ? 'EN' : 'FR');
