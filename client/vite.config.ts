/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Paths the server answers itself (everything else is the client): proxied to the API server in dev.
const API = process.env.PARVIS_API_URL ?? 'http://localhost:3000';
const proxied = ['/graphql', '/media', '/health', '/open311', '/open-data', '/exports'];

export default defineConfig({
  plugins: [react()],
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
