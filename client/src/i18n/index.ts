export { I18nProvider, makeI18n, storedLang, useContentLang, useI18n, useT, type I18n, type TFunction } from './I18nProvider';
export { LANGS, DEFAULT_LANG, loadLang, loadPageMessages, type Lang, type MessageTree } from './catalog';
export { describeError, errorsOf, type AppErrorInfo, type DescribedError } from './errors';
