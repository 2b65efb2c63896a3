/**
 * `npm run bench:media`: how fast and how lean photo uploads are.
 *
 * Starts the real server (in this process, on a scratch database and a temporary MEDIA_DIR), makes
 * a phone-like 12-megapixel JPEG (4032×3024, textured like a photo, EXIF orientation 6, GPS, a
 * Display P3 profile), then uploads it over HTTP: one at a time, then BENCH_PARALLEL at once for
 * BENCH_ROUNDS rounds. It reports uploads per second, latency, peak memory (resident set), the
 * event-loop delay (perf_hooks.monitorEventLoopDelay) and the latency of GET /health while photos
 * are being converted: the numbers the README quotes.
 *
 * PostgreSQL: BENCH_DATABASE_URL (a maintenance URL), else 127.0.0.1:5432 as `postgres`, else an
 * embedded one in a temporary folder. Server settings come from the environment as usual
 * (MEDIA_CONCURRENCY, MEDIA_MAX_PIXELS…). Knobs: BENCH_PARALLEL (8), BENCH_ROUNDS (3),
 * BENCH_SEQUENTIAL (6).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import sharp from 'sharp';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/app-config';
import { IdentityService } from '../src/identity/identity.service';
import { log, pct, run, scratchDatabase } from './bench-common';

const PARALLEL = Number(process.env.BENCH_PARALLEL ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 6);
const MB = 1024 * 1024;

async function main() {
  const photo = await phonePhoto();
  const work = mkdtempSync(join(tmpdir(), 'parvis-bench-'));
  const db = await scratchDatabase(work);
  const mediaDir = join(work, 'media');
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JWT_SECRET: randomBytes(32).toString('hex'),
    MEDIA_DIR: mediaDir,
    SEED_DEMO: 'false',
  });
  const app = await createApp(config, db.url);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  try {
    // One resident per parallel upload (each may keep at most 50 unattached uploads).
    const identity = app.get(IdentityService);
    const tokens: string[] = [];
    for (let i = 0; i < PARALLEL; i++) {
      const { id } = await identity.createAccount({
        email: `bench${i}@example.test`,
        password: 'bench-password-123',
        displayName: `Bench ${i}`,
      });
      tokens.push((await identity.openSessionFor(id)).accessToken);
    }
    let next = 0;
    const post = () => uploadOnce(port, tokens[next++ % tokens.length], photo);

    log(
      `Parvis media benchmark — ${cpus().length} CPU (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / MB / 1024)} GB RAM, Node ${process.version}, sharp ${sharp.versions.sharp} / libvips ${sharp.versions.vips}`,
    );
    log(
      `load average before: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} (other work on the machine skews the figures)`,
    );
    log(
      `photo: 4032×3024 JPEG, ${(photo.length / MB).toFixed(1)} MB, EXIF orientation 6 + GPS, Display P3; MEDIA_CONCURRENCY=${config.MEDIA_CONCURRENCY}, UV_THREADPOOL_SIZE=${process.env.UV_THREADPOOL_SIZE ?? 4}`,
    );

    for (let i = 0; i < 2; i++) await expectCreated(post()); // warm-up: code paths, pools, caches
    global.gc?.();
    const baseline = process.memoryUsage().rss;

    // One at a time: the latency a resident sees on an idle server.
    const sequential = await measure(port, async () => {
      const times: number[] = [];
      for (let i = 0; i < SEQUENTIAL; i++) times.push(await expectCreated(post()));
      return times;
    });

    // PARALLEL at once, ROUNDS times: throughput, and whether memory and the event loop hold.
    const parallel = await measure(port, async () => {
      const times: number[] = [];
      for (let r = 0; r < ROUNDS; r++) times.push(...(await Promise.all(Array.from({ length: PARALLEL }, () => expectCreated(post())))));
      return times;
    });

    const row = (name: string, m: Measured) =>
      `| ${name} | ${m.times.length} | ${(m.times.length / (m.wallMs / 1000)).toFixed(2)} | ${pct(m.times, 50)} / ${pct(m.times, 95)} | ` +
      `${Math.round(m.peakRss / MB)} MB (+${Math.round((m.peakRss - baseline) / MB)}) | ${m.loop.p50} / ${m.loop.p99} / ${m.loop.max} | ` +
      `${pct(m.health, 50)} / ${pct(m.health, 99)} / ${Math.max(...m.health)} |`;
    log('');
    log(`baseline RSS after warm-up: ${Math.round(baseline / MB)} MB`);
    log('');
    log(
      '| uploads | n | uploads/s | latency p50 / p95 (ms) | peak RSS (over baseline) | event-loop delay p50 / p99 / max (ms) | GET /health p50 / p99 / max (ms) |',
    );
    log('|---|---|---|---|---|---|---|');
    log(row('one at a time', sequential));
    log(row(`${PARALLEL} at once`, parallel));
  } finally {
    await app.close();
    await db.drop();
    rmSync(work, { recursive: true, force: true });
  }
}

interface Measured {
  times: number[];
  wallMs: number;
  peakRss: number;
  loop: { p50: number; p99: number; max: number };
  health: number[];
}

/**
 * Runs `work` while sampling: RSS every 10 ms (and the kernel's high-water mark, reset first, when
 * /proc allows), the event-loop delay histogram, and a GET /health every 50 ms.
 */
async function measure(port: number, work: () => Promise<number[]>): Promise<Measured> {
  const hwm = resetHighWaterMark();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 10);
  // Samples every 1 ms; a sample is the time between two ticks, so 1 ms is subtracted below to keep
  // only the delay: how long the loop was kept from running a timer that was due.
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const health: number[] = [];
  let running = true;
  const probe = (async () => {
    while (running) {
      const started = performance.now();
      await get(port, '/health');
      health.push(Math.round(performance.now() - started));
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const started = performance.now();
  const times = await work();
  const wallMs = performance.now() - started;
  running = false;
  await probe;
  loop.disable();
  clearInterval(sampler);
  if (hwm) peakRss = Math.max(peakRss, readHighWaterMark());
  const ms = (ns: number) => Math.max(0, Math.round(ns / 1e6 - 1));
  return { times, wallMs, peakRss, loop: { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) }, health };
}

/** Linux: writing 5 to clear_refs resets VmHWM, the peak RSS the kernel tracks. */
function resetHighWaterMark(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

function readHighWaterMark(): number {
  const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

/** A photo-like 12 MP JPEG: smooth gradients plus fine grain, so it compresses like a real one. */
async function phonePhoto(): Promise<Buffer> {
  const width = 4032;
  const height = 3024;
  const grain = await sharp({
    create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 30 } },
  })
    .blur(0.8)
    .png({ compressionLevel: 0 })
    .toBuffer();
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs>` +
      `<linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#6a8caf"/><stop offset="0.6" stop-color="#c9b38a"/><stop offset="1" stop-color="#4a4a3a"/></linearGradient>` +
      `</defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`,
  );
  return sharp(gradient)
    .composite([{ input: grain, blend: 'overlay' }])
    .withExif({
      IFD0: { Make: 'Bench', Model: 'Phone' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '47/1 23/1 1234/100', GPSLongitudeRef: 'W', GPSLongitude: '0/1 41/1 5678/100' },
    })
    .withMetadata({ orientation: 6 })
    .withIccProfile('p3')
    .jpeg({ quality: 92 })
    .toBuffer();
}

/** POST /media as multipart, the file written straight from the buffer; resolves with the status. */
function uploadOnce(port: number, token: string, file: Buffer): Promise<{ status: number; ms: number; body: string }> {
  const boundary = `----parvis${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="IMG_0001.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/media',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': `multipart/form-data; boundary=${boundary}`,
          'Content-Length': head.length + file.length + tail.length,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, ms: Math.round(performance.now() - started), body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', reject);
    req.write(head);
    req.write(file);
    req.end(tail);
  });
}

async function expectCreated(pending: Promise<{ status: number; ms: number; body: string }>): Promise<number> {
  const res = await pending;
  if (res.status !== 201) throw new Error(`upload answered ${res.status}: ${res.body}`);
  return res.ms;
}

function get(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    })
      .on('error', reject)
      .end();
  });
}

run(main);
