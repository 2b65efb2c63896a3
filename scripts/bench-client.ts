/**
 * `npm run bench:client`: what the home page costs a resident on a slow phone.
 *
 * Builds the client if client/dist is missing (BENCH_BUILD=1 builds anyway), starts the real server
 * on a scratch database serving it, and opens `/` in Debian's Chromium (playwright-core, as the
 * browser tests do) at 360 × 740 with the DevTools protocol's network throttling (two profiles,
 * below) and the CPU slowed 4 times. Each run starts with an empty cache. It reports the bytes
 * transferred for the page's scripts and style sheets (as sent on the wire: compressed when the
 * server compresses), the number of requests, and the time from navigation start to the first
 * visible h1, as the median of BENCH_RUNS runs (3 by default). Prints a Markdown table.
 *
 * BENCH_CLIENT_DIST points at another build (e.g. an older one, to compare).
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { log, pct, run, withBenchServer } from './bench-common';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DIST = resolve(process.env.BENCH_CLIENT_DIST ?? join(__dirname, '../client/dist'));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** Throughputs in bytes per second; latency is the round trip added to every request. */
const PROFILES = [
  { name: 'Slow 3G (400 kbit/s, RTT 400 ms)', download: 400_000 / 8, upload: 400_000 / 8, latency: 400 },
  { name: 'Fast 3G (1.6 Mbit/s, RTT 150 ms)', download: 1_600_000 / 8, upload: 750_000 / 8, latency: 150 },
] as const;

interface Sample {
  js: number;
  css: number;
  total: number;
  requests: number;
  firstHeading: number;
}

async function measure(browser: Browser, base: string, profile: (typeof PROFILES)[number]): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'fr-FR', baseURL: base });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latency,
      downloadThroughput: profile.download,
      uploadThroughput: profile.upload,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // Bytes on the wire per request (headers and the body as encoded), by the resource's type.
    const types = new Map<string, string>();
    const sample: Sample = { js: 0, css: 0, total: 0, requests: 0, firstHeading: 0 };
    cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
    cdp.on('Network.loadingFinished', (e) => {
      const type = types.get(e.requestId);
      sample.requests += 1;
      sample.total += e.encodedDataLength;
      if (type === 'Script') sample.js += e.encodedDataLength;
      if (type === 'Stylesheet') sample.css += e.encodedDataLength;
    });
    // The moment an h1 with a size first exists, on the page's own clock (0 = navigation start).
    await page.addInitScript(() => {
      const w = window as unknown as { __firstHeading?: number };
      const check = () => {
        const h1 = document.querySelector('h1');
        if (w.__firstHeading === undefined && h1 && h1.getBoundingClientRect().height > 0) w.__firstHeading = performance.now();
      };
      new MutationObserver(check).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/', { waitUntil: 'load', timeout: 120_000 });
    await page.locator('h1').first().waitFor({ state: 'visible', timeout: 120_000 });
    await page.waitForLoadState('networkidle', { timeout: 120_000 }).catch(() => undefined);
    sample.firstHeading = await page.evaluate(() => (window as unknown as { __firstHeading?: number }).__firstHeading ?? NaN);
    return sample;
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)}`;

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run scripts/ensure-chromium.sh`);
  if (process.env.BENCH_BUILD === '1' || !existsSync(join(DIST, 'index.html'))) {
    if (process.env.BENCH_CLIENT_DIST) throw new Error(`${DIST}/index.html is missing`);
    log('building the client…');
    execFileSync('npm', ['run', 'build:client'], { cwd: join(__dirname, '..'), stdio: 'inherit' });
  }
  process.env.CLIENT_DIST_DIR = DIST;
  await withBenchServer(async ({ port }) => {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run'],
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      log(`# Parvis home page on a slow phone — ${new Date().toISOString()}`);
      log(`machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, load average ${loadavg()[0].toFixed(1)}`);
      log(`Chromium ${browser.version()}, 360 × 740, CPU slowed ×4, empty cache, median of ${RUNS} runs; client: ${DIST}`);
      log('');
      log('| network | JS kB (on the wire) | CSS kB | all kB | requests | first h1 visible |');
      log('|---|---|---|---|---|---|');
      await measure(browser, base, PROFILES[1]); // warm-up: the server's first answers (JIT, pools)
      for (const profile of PROFILES) {
        const samples: Sample[] = [];
        for (let i = 0; i < RUNS; i++) samples.push(await measure(browser, base, profile));
        const median = (f: (s: Sample) => number) => pct(samples.map(f), 50);
        log(
          `| ${profile.name} | ${kb(median((s) => s.js))} | ${kb(median((s) => s.css))} | ${kb(median((s) => s.total))} | ${median((s) => s.requests)} | ${(median((s) => s.firstHeading) / 1000).toFixed(2)} s |`,
        );
      }
    } finally {
      await browser.close();
    }
  });
}

run(main);
