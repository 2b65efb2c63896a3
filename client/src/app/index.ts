/** What features use from the shell. */
export { useAuth, ME, type Auth, type Viewer } from './auth';
export { RequireAuth, RequireRole, safeNext } from './guards';
export { useCommune, SHELL_COMMUNE, type ShellCommune } from './commune';
export { flash, type Flash } from './flash';
export { ConnectionLoadMore, PAGE_INFO, type Connection } from './connections';
export type { NavCount, NavItem } from './features';
export { ROLES, type Role } from './roles';
export { draftKey, DraftWriter, forgetDraftsOf, readDraft, removeDraft, writeDraft, type Draft, type DraftValues } from './drafts';
export { keepPageForOffline } from './pwa';
export { lazyPage } from './lazy-page';
// Last: features.ts loads every feature's modules, which import this file (their bindings above must be ready).
export {
  featureNotificationRenderers,
  loadNotificationRenderers,
  type NotificationFacts,
  type NotificationRenderer,
  type NotificationView,
} from './features';
