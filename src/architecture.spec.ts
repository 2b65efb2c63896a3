import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

/**
 * The structure reads top-down: each top-level folder of src/ has a layer, and a file may import
 * another folder's code only from a lower layer. Domains (layer 3 and up) are reached only through
 * their public files (module, service, GraphQL objects, errors, the capabilities they define),
 * never through their internals (entities, repositories, resolvers, policies, seeds, inputs).
 * Moderation sits above notifications and media (it tells authors, shows photos) and below the
 * comments and the content domains, which declare themselves flaggable with its capability.
 * Open311 is a content-level domain too (layer 8): a facade that reaches service requests only
 * through their public service API, like any content domain reaches another.
 * Mail sits between commune and identity (3.5): it names the commune, and accounts and notifications send e-mail.
 * A new folder is a content domain (layer 8) unless listed here.
 */
const LAYERS: Record<string, number> = {
  common: 0,
  config: 0,
  auth: 1,
  database: 1,
  redis: 1,
  graphql: 2,
  jobs: 2,
  health: 3,
  'open-data': 3,
  commune: 3,
  // E-mail: above commune (its layout names the commune), below identity and notifications, which send.
  mail: 3.5,
  identity: 4,
  media: 5,
  notifications: 5,
  moderation: 6,
  comments: 7,
  open311: 8,
  // The dashboard reads several domains' tables (read-only SQL); no domain imports it.
  stats: 9,
  demo: 9,
};
const CONTENT_DOMAIN = 8;
/** Files at the root of src/ (main, bootstrap, app.module…) assemble everything. */
const ROOT = 10;
const INTERNAL = /(\.entity|\.repository|\.resolver|\.policy|\.seed|\.loaders|\.inputs)$/;

export interface ImportEdge {
  /** Path of the importing file, relative to src/, with forward slashes. */
  from: string;
  /** Path of the imported file (no extension), relative to src/. */
  to: string;
}

const layerOf = (path: string) => (path.includes('/') ? (LAYERS[path.split('/')[0]] ?? CONTENT_DOMAIN) : ROOT);

/** What is wrong with one import, or null. */
export function violation({ from, to }: ImportEdge): string | null {
  const [fromDir, toDir] = [from.split('/')[0], to.split('/')[0]];
  if (!to.includes('/') || fromDir === toDir || !from.includes('/')) return null;
  const [a, b] = [layerOf(from), layerOf(to)];
  if (b > a) return `${from} imports ${to}: ${fromDir}/ (layer ${a}) may not import ${toDir}/ (layer ${b})`;
  if (b === a && a !== CONTENT_DOMAIN) return `${from} imports ${to}: ${fromDir}/ and ${toDir}/ are on the same layer`;
  if (b >= 3 && INTERNAL.test(to)) return `${from} imports ${to}: an internal file of ${toDir}/ (use its module's service or public types)`;
  return null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

function importsOf(srcRoot: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of sourceFiles(srcRoot)) {
    const from = relative(srcRoot, file).split(sep).join('/');
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'|import\(\s*'(\.{1,2}\/[^']+)'\s*\)/g)) {
      const spec = m[1] ?? m[2];
      const to = posix.normalize(posix.join(posix.dirname(from), spec));
      edges.push({ from, to });
    }
  }
  return edges;
}

describe('architecture', () => {
  it('imports run downward only, and domains meet through their public files', () => {
    const edges = importsOf(__dirname);
    expect(edges.length).toBeGreaterThan(300); // the scan sees the code
    const problems = edges.map(violation).filter((v): v is string => v !== null);
    expect(problems).toEqual([]);
  });

  it('finds the imports it forbids', () => {
    expect(violation({ from: 'auth/auth.guard.ts', to: 'identity/identity.service' })).toMatch(/may not import identity/);
    expect(violation({ from: 'database/transaction.ts', to: 'proposals/proposals.service' })).toMatch(/may not import proposals/);
    expect(violation({ from: 'proposals/proposals.service.ts', to: 'service-requests/service-requests.repository' })).toMatch(
      /internal file/,
    );
    expect(violation({ from: 'forums/forums.service.ts', to: 'identity/user.entity' })).toMatch(/internal file/);
    expect(violation({ from: 'media/media.service.ts', to: 'notifications/notifications.service' })).toMatch(/same layer/);
    expect(violation({ from: 'moderation/moderation.service.ts', to: 'comments/comments.service' })).toMatch(/may not import comments/);
    expect(violation({ from: 'comments/comment-flag-target.ts', to: 'moderation/flag-target' })).toBeNull();
    expect(violation({ from: 'comments/comments.service.ts', to: 'moderation/moderation.repository' })).toMatch(/internal file/);
    expect(violation({ from: 'proposals/proposals.service.ts', to: 'notifications/notifications.service' })).toBeNull();
    expect(violation({ from: 'app.module.ts', to: 'demo/demo.module' })).toBeNull();
    expect(violation({ from: 'open311/open311.service.ts', to: 'service-requests/service-requests.service' })).toBeNull();
    expect(violation({ from: 'open311/open311.service.ts', to: 'service-requests/service-requests.repository' })).toMatch(/internal file/);
  });
});
