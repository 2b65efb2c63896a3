// Unit tests read both languages synchronously (makeI18n('en'), catalogs.en): fetch English and the
// pages' French first.
import { loadLang, loadPageMessages } from './catalog';

await Promise.all([loadLang('en'), loadPageMessages()]);
