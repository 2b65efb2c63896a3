/**
 * Feature auto-discovery: every `features/<name>/routes.tsx` (routes, nav items) and optional
 * `features/<name>/cache.ts` (Apollo type policies) is collected at build time, so adding a
 * feature never touches a shared file.
 */
import type { TypePolicies } from '@apollo/client';
import type { RouteObject } from 'react-router-dom';
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
}

export interface FeatureCacheModule {
  typePolicies?: TypePolicies;
}

const routeModules = import.meta.glob<FeatureRoutesModule>('../features/*/routes.tsx', { eager: true });
const cacheModules = import.meta.glob<FeatureCacheModule>('../features/*/cache.ts', { eager: true });

export const featureRoutes: RouteObject[] = Object.values(routeModules).flatMap((m) => m.routes ?? []);

export const navItems: NavItem[] = Object.values(routeModules)
  .flatMap((m) => m.navItems ?? [])
  .sort((a, b) => (a.order ?? 50) - (b.order ?? 50));

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
