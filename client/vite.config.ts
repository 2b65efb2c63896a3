/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { routePatternsIn } from './src/app/route-patterns';

// Paths the server answers itself (everything else is the client): proxied to the API server in dev.
const API = process.env.PARVIS_API_URL ?? 'http://localhost:3000';
const proxied = ['/graphql', '/media', '/health', '/open311', '/open-data', '/exports', '/geocoder'];

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

export default defineConfig({
  plugins: [react(), routeList()],
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
