/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { routePatternsIn } from './src/app/route-patterns';

// Paths the server answers itself (everything else is the client): proxied to the API server in dev.
const API = process.env.PARVIS_API_URL ?? 'http://localhost:3000';
const proxied = ['/graphql', '/media', '/health', '/open311', '/open-data', '/exports', '/geocoder', '/manifest.webmanifest'];

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

/**
 * In the build, each `graphql(`…`)` call is replaced by its document (the parsed query codegen
 * wrote in src/generated/graphql.ts), each in a module of its own, as codegen's babel plugin would
 * do but finer: `graphql()` looks documents up in a map of all of them (src/generated/gql.ts), and
 * graphql.ts or a feature's documents file is one module, which a bundler cannot split, so the
 * home page would carry every query (half a megabyte). One module per document lets each travel
 * with the pages that ask it. The map's own entries say which source is which document, so
 * nothing is guessed; a call not found there is left as it was (and still works). Unit tests and
 * the dev server keep `graphql()`.
 */
function documentModules(): Plugin {
  const PREFIX = 'virtual:parvis-document/';
  const documents = new Map<string, string>();
  const asts = new Map<string, string>();
  return {
    name: 'parvis-document-modules',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      documents.clear();
      asts.clear();
      const generated = fileURLToPath(new URL('./src/generated/', import.meta.url));
      const source = readFileSync(join(generated, 'graphql.ts'), 'utf8');
      for (const m of source.matchAll(/^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode<.*>;$/gm)) {
        asts.set(m[1] as string, m[2] as string);
      }
      for (const m of readFileSync(join(generated, 'gql.ts'), 'utf8').matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
        if (asts.has(m[2] as string)) documents.set(JSON.parse(m[1] as string) as string, m[2] as string);
      }
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const ast = asts.get(id.slice(PREFIX.length + 1));
      if (!ast) return null;
      return { code: `export default /* @__PURE__ */ JSON.parse(${JSON.stringify(ast)});\n`, moduleSideEffects: false };
    },
    transform(code, id) {
      if (!/\/src\/(app|features)\/.*\.tsx?$/.test(id) || !code.includes('graphql(`')) return null;
      const call = /\bgraphql\(\s*`((?:[^`\\$]|\$(?!\{))*)`\s*\)/g;
      const used = new Set<string>();
      // The same number of lines, so the code below keeps its place for the source map.
      const lines = (text: string) => '\n'.repeat(text.split('\n').length - 1);
      // `export const X = graphql(…)` becomes an alias of the document module's export when this
      // file does not use X itself: importers then depend on that module directly, and it lands in
      // the chunk of the pages that use it, not in the shell's.
      let out = code.replace(new RegExp(`^export const (\\w+) = ${call.source};$`, 'gm'), (whole, binding: string, source: string) => {
        const name = documents.get(source);
        if (!name || new RegExp(`\\b${binding}\\b`).test(code.replace(whole, ''))) return whole;
        used.add(name);
        return `export { __document_${name} as ${binding} };${lines(whole)}`;
      });
      out = out.replace(call, (whole, source: string) => {
        const name = documents.get(source);
        if (!name) return whole;
        used.add(name);
        return `__document_${name}${lines(whole)}`;
      });
      if (out === code) return null;
      // No call left: the map of all documents is not imported at all (not even as an empty chunk).
      if (!/\bgraphql\(/.test(out)) out = out.replace(/^import \{ graphql \} from '@\/generated';$/m, '');
      // Appended (imports are hoisted), for the same reason.
      const imports = [...used].map((n) => `import __document_${n} from '${PREFIX}${n}';`).join('\n');
      return { code: `${out}\n${imports}\n`, map: null };
    },
  };
}

/**
 * The French texts a page needs, not every feature's: `lazyPage(() => import('./pages/X'), 'X')`
 * gets a third argument, the features whose modules the page's module reaches (its imports, static
 * and dynamic, followed through the module graph: a proposal page reaches comments, moderation,
 * places…), so `loadPageMessages` fetches those features' texts with the page instead of all of
 * them. The shell's modules (what the entry imports statically) are not followed: the texts they
 * show are the shell's, which come with the app, and their dynamic imports are the other pages.
 * The list is written once the graph is known (renderChunk). A `lazyPage` written otherwise (the
 * notifications page, which loads every feature's renderers) keeps no list and loads every
 * feature's texts; the dev server and unit tests load them all too.
 */
function pageTexts(): Plugin {
  const MARK = '__parvis_page_texts_';
  const pages: string[] = [];
  const reached = new Map<string, string[]>();
  let shell: Set<string> | undefined;
  return {
    name: 'parvis-page-texts',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      pages.length = 0;
      reached.clear();
      shell = undefined;
    },
    async transform(code, id) {
      if (!/\/src\/features\/[^/]+\/routes\.tsx$/.test(id)) return null;
      const call = /\blazyPage\(\s*\(\) => import\('([^']+)'\),\s*'(\w+)',?\s*\)/g;
      const found = [...code.matchAll(call)];
      if (!found.length) return null;
      const resolved = await Promise.all(found.map((m) => this.resolve(m[1] as string, id)));
      let i = 0;
      const out = code.replace(call, (whole, spec: string, name: string) => {
        const target = resolved[i++];
        if (!target) return whole;
        pages.push(target.id);
        return `lazyPage(() => import('${spec}'), '${name}', '${MARK}${pages.length - 1}')`;
      });
      return { code: out, map: null };
    },
    renderChunk(code) {
      if (!code.includes(MARK)) return null;
      shell ??= (() => {
        const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
        const found = new Set<string>(entries);
        const queue = [...entries];
        while (queue.length) {
          for (const next of this.getModuleInfo(queue.pop() as string)?.importedIds ?? []) {
            if (!found.has(next)) {
              found.add(next);
              queue.push(next);
            }
          }
        }
        return found;
      })();
      const inShell = shell;
      const features = (start: string): string[] => {
        const known = reached.get(start);
        if (known) return known;
        const seen = new Set<string>([start, ...inShell]);
        const names = new Set<string>();
        const queue = [start];
        while (queue.length) {
          const id = queue.pop() as string;
          const feature = /\/src\/features\/([^/]+)\//.exec(id)?.[1];
          if (feature) names.add(feature);
          const info = this.getModuleInfo(id);
          for (const next of [...(info?.importedIds ?? []), ...(info?.dynamicallyImportedIds ?? [])]) {
            if (!seen.has(next)) {
              seen.add(next);
              queue.push(next);
            }
          }
        }
        const list = [...names].sort();
        reached.set(start, list);
        return list;
      };
      const out = code.replace(new RegExp(`(["'])${MARK}(\\d+)\\1`, 'g'), (_whole, _q: string, n: string) =>
        JSON.stringify(features(pages[Number(n)] as string)),
      );
      return { code: out, map: null };
    },
  };
}

/**
 * `features/<name>/messages.ts?shell`: the few messages of a feature that the shell shows on every
 * page (its nav label, its banner, what it puts on the home page), listed by the feature's
 * `shellKeys` export (dotted paths, a path naming a subtree takes all of it, `-path` leaves out part
 * of what the others took; the core messages, i18n/messages.ts, likewise). The shell imports
 * these (French) with the app; the rest of the feature's messages come with the first page opened
 * (i18n/catalog.ts), so the home page does not carry every feature's text. The module is evaluated
 * here, so the output holds only the texts picked; a listed path that names nothing fails the build.
 * `features/<name>/messages.ts?errors` likewise holds only the feature's `errors` subtree (the
 * sentences for the server's error reasons, which any page may meet: i18n/catalog.ts).
 */
function shellMessages(): Plugin {
  const SUFFIX = '?shell';
  const pick = (tree: Record<string, unknown>, paths: string[], file: string) => {
    const out: Record<string, unknown> = {};
    for (const path of paths) {
      const parts = path.split('.');
      let from: unknown = tree;
      let to = out;
      parts.forEach((part, i) => {
        // A plural is looked up by its `_one`/`_other` forms: a path names them all.
        const node = from as Record<string, unknown> | undefined;
        const keys = node ? Object.keys(node).filter((k) => k === part || (i === parts.length - 1 && k.startsWith(`${part}_`))) : [];
        if (!keys.length) throw new Error(`${file}: shellKeys names '${path}', which is not a message`);
        if (i === parts.length - 1) {
          for (const k of keys) to[k] = node![k];
        } else {
          to = (to[part] ??= {}) as Record<string, unknown>;
          from = node![part];
        }
      });
    }
    return out;
  };
  return {
    name: 'parvis-shell-messages',
    enforce: 'pre',
    async load(id) {
      const errorsOnly = /\/src\/features\/[^/]+\/messages\.ts\?errors$/.test(id);
      if (!errorsOnly && (!id.endsWith(SUFFIX) || !/\/src\/(features\/[^/]+|i18n)\/messages\.ts\?shell$/.test(id))) return null;
      const file = id.slice(0, id.lastIndexOf('?'));
      const source = readFileSync(file, 'utf8');
      this.addWatchFile(file);
      const js = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      }).outputText;
      const mod = (await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`)) as {
        fr: Record<string, unknown>;
        en: Record<string, unknown>;
        shellKeys?: string[];
      };
      // `?errors`: only the feature's sentences for the server's error reasons (its `errors` subtree).
      const keys = errorsOnly ? (mod.fr.errors ? ['errors'] : []) : (mod.shellKeys ?? []);
      const taken = keys.filter((k) => !k.startsWith('-'));
      const left = keys.filter((k) => k.startsWith('-')).map((k) => k.slice(1));
      const shell = (tree: Record<string, unknown>) => {
        // A copy: the evaluated module is cached (same source, same module), and is cut below.
        const out = pick(structuredClone(tree), taken, file);
        for (const path of left) {
          const parts = path.split('.');
          const last = parts.pop() as string;
          const parent = parts.reduce<Record<string, unknown> | undefined>(
            (node, part) => node?.[part] as Record<string, unknown> | undefined,
            out,
          );
          if (!parent || !(last in parent)) throw new Error(`${file}: shellKeys leaves out '${path}', which is not taken`);
          delete parent[last];
        }
        return out;
      };
      return {
        code: `export const fr = ${JSON.stringify(shell(mod.fr))};\nexport const en = ${JSON.stringify(shell(mod.en))};\n`,
        moduleSideEffects: false,
      };
    },
  };
}

/**
 * Writes `x.br` (brotli 11) and `x.gz` (gzip 9) beside every script, style sheet and SVG of
 * dist/assets, which the server sends to browsers that accept them (src/http.setup.ts): the
 * strongest settings cost seconds once at build time instead of CPU on every request. A copy that
 * would not be smaller is not written.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'parvis-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const assets = fileURLToPath(new URL(`./${outDir}/assets`, import.meta.url));
      if (!existsSync(assets)) return;
      for (const name of readdirSync(assets)) {
        if (!/\.(js|css|svg|json)$/.test(name)) continue;
        const source = readFileSync(join(assets, name));
        const br = brotliCompressSync(source, {
          params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: source.length },
        });
        if (br.length < source.length) writeFileSync(join(assets, `${name}.br`), br);
        const gz = gzipSync(source, { level: 9 });
        if (gz.length < source.length) writeFileSync(join(assets, `${name}.gz`), gz);
      }
    },
  };
}

/**
 * Vendor code in a few long-lived chunks (it changes less often than the app, so a release
 * re-downloads only the app's): React and the router, Apollo Client with GraphQL, and the
 * WebSocket client, which only signed-in pages with live updates load. Chart.js is left to
 * Rollup, which puts it with the only pages that draw charts.
 */
function vendorChunk(id: string): string | undefined {
  if (!id.includes('/node_modules/')) return undefined;
  if (/\/node_modules\/(react|react-dom|scheduler|react-router|react-router-dom|cookie|set-cookie-parser)\//.test(id)) return 'react';
  if (/\/node_modules\/(@apollo|graphql|@wry|optimism|@graphql-typed-document-node|tslib|ts-invariant|zen-observable|rxjs)\//.test(id))
    return 'apollo';
  return undefined;
}

export default defineConfig({
  plugins: [react(), routeList(), shellMessages(), documentModules(), pageTexts(), precompress(), installableApp()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    // RxJS (Apollo Client's observables) in its ES2015 build rather than its ES5 one: classes instead
    // of tslib helpers, 1.6 kB less gzipped on every page.
    conditions: ['es2015', ...defaultClientConditions],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Maps for reading production error reports, linked from no file (and refused by the server in production).
    sourcemap: 'hidden',
    rollupOptions: { output: { manualChunks: vendorChunk } },
  },
  server: {
    proxy: Object.fromEntries(proxied.map((p) => [p, { target: API, changeOrigin: false, ws: p === '/graphql' }])),
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/i18n/test-setup.ts'],
    restoreMocks: true,
  },
});
