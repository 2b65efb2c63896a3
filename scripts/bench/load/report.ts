/** The load benchmark's Markdown report: the machine, one line per path, the mixed day, the targets. */
import type { RunStats } from './drive';
import type { LoadPath } from './paths';

export interface PathResult {
  path: LoadPath;
  api: RunStats;
  /** The hand-written SQL at the same concurrency (read paths). */
  sql?: RunStats;
  /** Server CPU (user + system) per request, ms. */
  cpuMsPerRequest: number;
  /** Peak server RSS during the run, MB. */
  peakRssMb: number;
  /** SQL statements per request over a sequential pass, and the most one request sent. */
  sqlPerRequest: number;
  sqlMaxPerRequest: number;
  /** Errors of the sequential pass (counted with the run's). */
  sequentialErrors: number;
  /** Set when the API and the best SQL disagree on the first request's totalCount. */
  mismatch: string | null;
}

export interface MixedResult {
  api: RunStats;
  cpuMsPerRequest: number;
  peakRssMb: number;
  byPath: { name: string; share: number; requests: number; p50: number; p99: number; errors: number }[];
}

export interface Machine {
  date: string;
  cores: number;
  cpuModel: string;
  loadBefore: string;
  loadAfter: string;
  node: string;
  postgres: string;
  volume: string;
  connections: number;
  duration: number;
}

export interface Target {
  label: string;
  met: boolean | null;
  measured: string;
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const num = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));

/** Failed requests of a path; a run in which no answer came back at all counts as one. */
export function errorsOf(r: PathResult): number {
  return r.api.httpErrors + r.api.graphqlErrors + r.sequentialErrors + (r.api.requests === 0 ? 1 : 0);
}

export function renderReport(
  machine: Machine,
  results: PathResult[],
  mixed: MixedResult | null,
  targets: Target[],
  notes: string[],
): string {
  const lines: string[] = [];
  lines.push(`### Load benchmark (\`npm run bench:load\`), ${machine.date}`);
  lines.push('');
  lines.push(
    `Machine: ${machine.cores} cores (${machine.cpuModel}), load average ${machine.loadBefore} before, ${machine.loadAfter} after; ` +
      `Node ${machine.node}; ${machine.postgres}. Data: ${machine.volume}. ` +
      `${machine.connections} connections, ${machine.duration} s per path after a warm-up; the server is the built one, alone, on this machine's PostgreSQL.`,
  );
  lines.push('');
  lines.push(
    '| path | req/s | p50 ms | p95 ms | p99 ms | errors | SQL/req (max) | CPU ms/req | peak RSS MB | best SQL p50 ms | best SQL req/s | API p50 ÷ SQL p50 |',
  );
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    const sql = r.sql;
    lines.push(
      `| ${r.path.label} (\`${r.path.name}\`) | ${num(r.api.perSecond)} | ${ms(r.api.p50)} | ${ms(r.api.p95)} | ${ms(r.api.p99)} | ${errorsOf(r)} | ` +
        `${r.sqlPerRequest.toFixed(1)} (${r.sqlMaxPerRequest}) | ${r.cpuMsPerRequest.toFixed(2)} | ${r.peakRssMb.toFixed(0)} | ` +
        `${sql ? ms(sql.p50) : '—'} | ${sql ? num(sql.perSecond) : '—'} | ${sql && sql.p50 > 0 ? `${(r.api.p50 / sql.p50).toFixed(1)}×` : '—'} |`,
    );
  }
  if (mixed) {
    lines.push('');
    lines.push(
      `Mixed "real day" (every path at once, weighted): ${num(mixed.api.perSecond)} req/s, p50 ${ms(mixed.api.p50)} ms, p95 ${ms(mixed.api.p95)} ms, ` +
        `p99 ${ms(mixed.api.p99)} ms, ${mixed.api.httpErrors + mixed.api.graphqlErrors} errors, ` +
        `${mixed.cpuMsPerRequest.toFixed(2)} ms CPU per request, peak RSS ${mixed.peakRssMb.toFixed(0)} MB.`,
    );
    lines.push('');
    lines.push('| path in the mix | share | requests | p50 ms | p99 ms | errors |');
    lines.push('|---|---|---|---|---|---|');
    for (const p of mixed.byPath) {
      lines.push(`| \`${p.name}\` | ${(p.share * 100).toFixed(0)} % | ${p.requests} | ${ms(p.p50)} | ${ms(p.p99)} | ${p.errors} |`);
    }
  }
  lines.push('');
  lines.push('Targets of issue #18:');
  lines.push('');
  for (const t of targets) {
    lines.push(`- ${t.met === null ? 'not measured' : t.met ? '**met**' : '**not met**'}: ${t.label} (${t.measured})`);
  }
  if (notes.length) {
    lines.push('');
    for (const n of notes) lines.push(`- ${n}`);
  }
  lines.push('');
  return lines.join('\n');
}
