import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { loadPageMessages } from '@/i18n';

/**
 * A page loaded with its route: `const ProposalPage = lazyPage(() => import('./pages/ProposalPage'), 'ProposalPage')`.
 * Each feature's pages become their own chunks, fetched when their address is first opened, so the
 * home page downloads only the shell (React, the router, Apollo Client) and itself. React Router
 * runs navigations in a transition: the current page stays on screen (and focus where it is) until
 * the next one has loaded, then the shell moves focus to its h1. Pages are named exports, hence the name.
 * The texts of the features the page reaches (the build writes their names as `features`; without
 * them, every feature's) come alongside its chunk (i18n/catalog.ts): it renders once both are here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a page's props are whatever its route gives it
export function lazyPage<M extends Record<K, ComponentType<any>>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
  features?: readonly string[],
): LazyExoticComponent<M[K]> {
  return lazy(async () => {
    const [module] = await Promise.all([load(), loadPageMessages(features)]);
    return { default: module[name] };
  });
}
