/**
 * Small helpers of the load benchmark. It does not use scripts/bench-common.ts: that module loads
 * the whole application (for the benchmarks that run it in-process), which would take seconds to
 * compile on every start of a script that only talks to the server over HTTP.
 */

export function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** The p-th percentile (nearest rank). */
export function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Ends the script with its outcome. */
export function run(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error) => {
      process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}

/** POSTs a GraphQL operation to the server under test; resolves with the status and the body text. */
export async function postGraphql(
  port: number,
  body: { query: string; variables?: Record<string, unknown> },
  token?: string,
): Promise<{ status: number; body: string }> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.text() };
}
