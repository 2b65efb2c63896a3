import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { DATABASE_URL } from '../database/database.module';

/** The channel the StatsNotify migration's triggers notify on, once per committed writing transaction. */
export const STATS_CHANNEL = 'parvis_stats_changed';

/** How long an answer may be kept even with no change notified (a safety net, e.g. ages of open requests). */
export const STATS_CACHE_TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 500;

/**
 * The dashboard's cache, in process, keyed by (from, to, district). PostgreSQL notifies every
 * committed change to a table the figures read (every instance listens itself, so several
 * instances need no shared store); a change marks every answer stale. A stale answer is still
 * served, with its `generatedAt`, while ONE recomputation runs in the background, and replaced when
 * it is done: after a change the figures lag by at most one computation (milliseconds on a small
 * commune, seconds with a million requests) and nobody waits for it except the very first asker of
 * a key. A computation never overwrites a newer one. When the listening connection is down,
 * nothing is cached: every answer is computed fresh until it is back.
 */
interface Entry {
  value?: unknown;
  generation: number;
  at: number;
  pending?: Promise<unknown>;
  pendingGeneration?: number;
}

@Injectable()
export class StatsCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(StatsCache.name);
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  private listener: Client | null = null;
  private listening = false;
  private closing = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(@Inject(DATABASE_URL) private readonly databaseUrl: string) {}

  async onModuleInit() {
    await this.listen();
  }

  async onModuleDestroy() {
    this.closing = true;
    if (this.retry) clearTimeout(this.retry);
    await this.listener?.end().catch(() => undefined);
  }

  /** Figures may have changed: every answer is stale (served until its recomputation is done). */
  invalidate() {
    this.generation += 1;
  }

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.listening) return compute();
    const entry = this.entries.get(key);
    if (entry && 'value' in entry) {
      const fresh = entry.generation === this.generation && Date.now() - entry.at < STATS_CACHE_TTL_MS;
      if (!fresh) this.refresh(key, compute).catch((error: Error) => this.logger.error(`stats recomputation failed: ${error.message}`));
      return entry.value as T;
    }
    return this.refresh(key, compute);
  }

  /** One computation per key and generation at a time; its result is kept unless a newer one is. */
  private refresh<T>(key: string, compute: () => Promise<T>): Promise<T> {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { generation: -1, at: 0 };
      this.entries.set(key, entry);
      if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    }
    if (entry.pending && entry.pendingGeneration === this.generation) return entry.pending as Promise<T>;
    const generation = this.generation;
    const target = entry;
    const pending = compute().then(
      (value) => {
        if (generation >= target.generation) Object.assign(target, { value, generation, at: Date.now() });
        return value;
      },
      (error: unknown) => {
        if (!('value' in target) && this.entries.get(key) === target) this.entries.delete(key);
        throw error;
      },
    );
    target.pending = pending;
    target.pendingGeneration = generation;
    void pending.then(
      () => target.pending === pending && delete target.pending,
      () => target.pending === pending && delete target.pending,
    );
    return pending;
  }

  private async listen() {
    const client = new Client({ connectionString: this.databaseUrl });
    client.on('notification', () => this.invalidate());
    const lost = (error?: Error) => {
      if (this.listener !== client) return;
      this.listener = null;
      this.listening = false;
      this.entries.clear();
      if (this.closing) return;
      this.logger.warn(`stats listener lost (${error?.message ?? 'closed'}); figures are computed uncached until it is back`);
      this.retry = setTimeout(() => void this.listen(), 1000);
    };
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      this.listener = client;
      await client.query(`LISTEN ${STATS_CHANNEL}`);
      this.entries.clear();
      this.listening = true;
    } catch (error) {
      this.listener = client;
      lost(error as Error);
      await client.end().catch(() => undefined);
    }
  }
}
