// Unit tests read both languages synchronously (makeI18n('en'), catalogs.en): fetch English first.
import { loadLang } from './catalog';

await loadLang('en');
