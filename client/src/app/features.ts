/**
 * Feature auto-discovery: every `features/<name>/routes.tsx` (routes, nav items), optional
 * `features/<name>/cache.ts` (Apollo type policies) and optional `features/<name>/notifications.ts`
 * (how the notifications it writes read) is collected at build time, so adding a feature never
 * touches a shared file.
 */
import type { TypePolicies } from '@apollo/client';
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router-dom';
import type { I18n } from '@/i18n';
import type { Role } from './roles';

export interface NavItem {
  to: string;
  /** Catalog key of the link text, e.g. `proposals.nav`. */
  labelKey: string;
  /** Shown only to users with one of these roles (the server still checks every request). */
  roles?: Role[];
  /** Shown only to signed-in users (implied by `roles`). */
  signedIn?: boolean;
  /** Position in the header, ascending (home is 0, admin 90). Default 50. */
  order?: number;
  /**
   * A hook giving a live count shown after the link's text (unread notifications), with the link's
   * whole name in words for screen readers (« Notifications, 3 non lues »); null shows no count.
   * Called only while the item is shown (e.g. `signedIn` items: only for signed-in users).
   */
  useCount?: () => NavCount | null;
}

export interface NavCount {
  count: number;
  /** The link's accessible name, which must start with its visible text. */
  label: string;
}

export interface FeatureRoutesModule {
  routes?: RouteObject[];
  navItems?: NavItem[];
  /** Links in the footer of every page, after the legal pages (public reports; same rules as `navItems`, no `useCount`). */
  footerItems?: NavItem[];
  /**
   * Notices about the viewer shown at the top of every page, before its content (a suspended
   * account's). Each renders nothing when it has nothing to say; keep them cheap (one cached query).
   */
  banners?: ComponentType[];
}

export interface FeatureCacheModule {
  typePolicies?: TypePolicies;
}

/** What a notification says, as the API sends it (`payload`: plain facts, by kind). */
export interface NotificationFacts {
  kind: string;
  targetType: string;
  targetId: string;
  payload: Record<string, unknown>;
}

/** A notification in words: its sentence, the free text that came with it, and where it leads. */
export interface NotificationView {
  text: string;
  /** The town hall's or the council's public message, shown as written (plain text). */
  message: string | null;
  /** The page of the thing it is about (null: this client has none). */
  link: { to: string; label: string } | null;
}

export type NotificationRenderer = (n: NotificationFacts, i18n: Pick<I18n, 't' | 'formatNumber'>) => NotificationView;

/**
 * `features/<name>/notifications.ts`: a renderer for each notification kind the feature's domain
 * writes (e.g. `PROPOSAL_ANSWERED`), its sentences in the feature's own messages.
 */
export interface FeatureNotificationsModule {
  notificationRenderers?: Record<string, NotificationRenderer>;
}

const routeModules = import.meta.glob<FeatureRoutesModule>('../features/*/routes.tsx', { eager: true });
const cacheModules = import.meta.glob<FeatureCacheModule>('../features/*/cache.ts', { eager: true });
// Fetched with the pages that show notifications (`loadNotificationRenderers`), not with the app.
const notificationModules = import.meta.glob<FeatureNotificationsModule>('../features/*/notifications.ts');

export const featureRoutes: RouteObject[] = Object.values(routeModules).flatMap((m) => m.routes ?? []);

export const navItems: NavItem[] = Object.values(routeModules)
  .flatMap((m) => m.navItems ?? [])
  .sort((a, b) => (a.order ?? 50) - (b.order ?? 50));

export const footerItems: NavItem[] = Object.values(routeModules)
  .flatMap((m) => m.footerItems ?? [])
  .sort((a, b) => (a.order ?? 50) - (b.order ?? 50));

export const shellBanners: ComponentType[] = Object.values(routeModules).flatMap((m) => m.banners ?? []);

/** Type policies of all features, merged per type (fields merged; a field defined twice is an error). */
export function mergeTypePolicies(modules: FeatureCacheModule[]): TypePolicies {
  const merged: TypePolicies = {};
  for (const mod of modules) {
    for (const [typename, policy] of Object.entries(mod.typePolicies ?? {})) {
      const current = merged[typename];
      if (!current) {
        merged[typename] = { ...policy, fields: { ...policy.fields } };
        continue;
      }
      for (const field of Object.keys(policy.fields ?? {})) {
        if (current.fields && field in current.fields) throw new Error(`type policy ${typename}.${field} is defined by two features`);
      }
      merged[typename] = { ...current, ...policy, fields: { ...current.fields, ...policy.fields } };
    }
  }
  return merged;
}

export const featureTypePolicies: TypePolicies = mergeTypePolicies(Object.values(cacheModules));

/** The renderers of all features, by kind (a kind rendered by two features is an error). */
export function mergeNotificationRenderers(modules: FeatureNotificationsModule[]): ReadonlyMap<string, NotificationRenderer> {
  const merged = new Map<string, NotificationRenderer>();
  for (const mod of modules) {
    for (const [kind, render] of Object.entries(mod.notificationRenderers ?? {})) {
      if (merged.has(kind)) throw new Error(`notification kind ${kind} is rendered by two features`);
      merged.set(kind, render);
    }
  }
  return merged;
}

/** The renderers of all features, by kind: filled by `loadNotificationRenderers` (empty before). */
export const featureNotificationRenderers = new Map<string, NotificationRenderer>();
let renderersLoaded: Promise<ReadonlyMap<string, NotificationRenderer>> | null = null;

/**
 * Fetches the features' renderers (once; again after a failure, e.g. offline) into
 * `featureNotificationRenderers`: a page listing notifications loads with them (its route waits).
 */
export function loadNotificationRenderers(): Promise<ReadonlyMap<string, NotificationRenderer>> {
  renderersLoaded ??= Promise.all(Object.values(notificationModules).map((load) => load())).then(
    (modules) => {
      for (const [kind, render] of mergeNotificationRenderers(modules)) featureNotificationRenderers.set(kind, render);
      return featureNotificationRenderers;
    },
    (error: unknown) => {
      renderersLoaded = null;
      throw error;
    },
  );
  return renderersLoaded;
}
