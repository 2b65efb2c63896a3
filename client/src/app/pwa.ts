/**
 * The service worker (`/sw.js`, written by vite-plugin-pwa at build time; see vite.config.ts),
 * registered in production builds only: in development Vite serves modules no worker must keep.
 * Registered once the page has loaded, so it does not compete with the first render on a slow
 * connection. A new worker takes over at once (it keeps no copy of the app that could clash with
 * the page's own files) and the page is never reloaded under the resident's fingers: the new
 * version is simply used from the next page opened.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const register = () => void start();
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** The runtime cache of pages, as named in vite.config.ts. */
const PAGES_CACHE = 'parvis-pages';

async function start(): Promise<void> {
  try {
    await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    // On the first visit (or when the worker took over while the page loaded) the page and some
    // of its files came before the worker: they are handed to it once it is active, so this very
    // page opens again offline (a reload, a closed tab). Files it already keeps cost nothing.
    await keepThisPage();
  } catch {
    // No worker here (a private window, storage refused): the app works without it.
  }
}

/** The files under /assets this page loaded: hashed, so kept as they are (the worker's cache-first route). */
export function loadedAssets(entries: readonly { name: string }[], origin: string): string[] {
  return entries
    .map((entry) => entry.name)
    .filter((address) => {
      const url = new URL(address, origin);
      return url.origin === origin && url.pathname.startsWith('/assets/') && !url.pathname.endsWith('.map');
    });
}

async function keepThisPage(): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active;
  const urlsToCache = loadedAssets(performance.getEntriesByType('resource'), location.origin);
  if (worker && urlsToCache.length) {
    // Workbox's own message: each address goes through the worker's route (and its cache rules).
    await new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      worker.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache } }, [channel.port2]);
      setTimeout(resolve, 10_000);
    });
  }
  // The page itself (the same HTML for everyone: no personal data), by path as the worker keeps pages.
  const pages = await caches.open(PAGES_CACHE);
  const page = pageKey(location.href);
  if (!(await pages.match(page))) await pages.add(page);
}

/** Pages are kept by address without their query (a search typed stays out of the cache), as in vite.config.ts. */
export function pageKey(url: string): string {
  const address = new URL(url);
  return `${address.origin}${address.pathname}`;
}

/** The address this document was loaded from: its HTML is the app shell this page runs. */
const loadedFrom = typeof location === 'undefined' ? '' : pageKey(location.href);

/**
 * Keeps the app for `path` too, after a move inside the app: every page of the app is the same
 * HTML, so the copy this document came from is filed under the new address (nothing downloaded).
 * A reload there, offline, then opens the app instead of the offline page.
 */
export async function keepPageForOffline(path: string): Promise<void> {
  if (!import.meta.env.PROD || typeof caches === 'undefined' || !navigator.serviceWorker?.controller) return;
  try {
    const pages = await caches.open(PAGES_CACHE);
    const url = pageKey(new URL(path, location.origin).href);
    if (url === loadedFrom || (await pages.match(url))) return;
    const shell = await pages.match(loadedFrom);
    if (shell) await pages.put(url, shell);
  } catch {
    // storage refused or full: that page will need the network
  }
}
