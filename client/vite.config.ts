/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { routePatternsIn } from './src/app/route-patterns';

// Paths the server answers itself (everything else is the client): proxied to the API server in dev.
const API = process.env.PARVIS_API_URL ?? 'http://localhost:3000';
const proxied = ['/graphql', '/media', '/health', '/open311', '/open-data', '/exports', '/manifest.webmanifest'];

/**
 * Writes dist/routes.json: every route pattern of the features, which the server matches to answer
 * 404 (with the app's « page not found ») for addresses no page has.
 */
function routeList(): Plugin {
  return {
    name: 'parvis-route-list',
    apply: 'build',
    generateBundle() {
      const features = fileURLToPath(new URL('./src/features', import.meta.url));
      const patterns = readdirSync(features).flatMap((name) => {
        const file = join(features, name, 'routes.tsx');
        return existsSync(file) ? routePatternsIn(readFileSync(file, 'utf8')) : [];
      });
      const source = `${JSON.stringify({ patterns: [...new Set(patterns)].sort() }, null, 2)}\n`;
      this.emitFile({ type: 'asset', fileName: 'routes.json', source });
    },
  };
}

/**
 * The installable app (vite-plugin-pwa, Workbox): `sw.js` (the manifest is the server's, with the
 * commune's name). The worker keeps only what every visitor gets alike: the pages' HTML (network
 * first, so a new version is taken as soon as the network answers; the kept copy when it does
 * not), the hashed files under /assets as they are used (cache first: a hash never changes
 * content), and, fetched when it installs, the offline page and the icons. Never the API's
 * answers, photos (some are private), exports or open data. Nothing is precached of the app
 * itself, so a new worker can take over at once (skipWaiting) without leaving a page with
 * chunks it cannot find; it is registered by app/pwa.ts in production builds only.
 */
function installableApp() {
  return VitePWA({
    injectRegister: false,
    // The manifest is the server's (src/commune/web-app-manifest.ts): it carries the commune's name
    // and colour; index.html links it.
    manifest: false,
    workbox: {
      globPatterns: ['offline.html', 'favicon.svg', 'icons/*.png'],
      navigateFallback: null,
      navigationPreload: true,
      cleanupOutdatedCaches: true,
      skipWaiting: true,
      clientsClaim: true,
      inlineWorkboxRuntime: true,
      sourcemap: false,
      runtimeCaching: [
        {
          // Copied into sw.js as source text: no reference to this file's variables. The server's own
          // addresses (an export or open data opened in a tab) are left to the network.
          urlPattern: ({ request, url }) =>
            request.mode === 'navigate' && !/^\/(graphql|health|media|open311|open-data|exports)(\/|$)/.test(url.pathname),
          handler: 'NetworkFirst',
          options: {
            cacheName: 'parvis-pages',
            networkTimeoutSeconds: 5,
            expiration: { maxEntries: 30 },
            cacheableResponse: { statuses: [200] },
            precacheFallback: { fallbackURL: 'offline.html' },
            // Kept by path: the query (a search typed, a filter) is not written into the cache.
            plugins: [{ cacheKeyWillBeUsed: async ({ request }: { request: Request }) => request.url.split('?')[0] }],
          },
        },
        {
          urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/') && !url.pathname.endsWith('.map'),
          handler: 'CacheFirst',
          options: {
            cacheName: 'parvis-assets',
            expiration: { maxEntries: 200, maxAgeSeconds: 60 * 60 * 24 * 60, purgeOnQuotaError: true },
            cacheableResponse: { statuses: [200] },
          },
        },
      ],
    },
  });
}

export default defineConfig({
  plugins: [react(), routeList(), installableApp()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: Object.fromEntries(proxied.map((p) => [p, { target: API, changeOrigin: false, ws: p === '/graphql' }])),
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
