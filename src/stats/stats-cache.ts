import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { DATABASE_URL } from '../database/database.module';

/** The channel the StatsNotify migration's triggers notify on, once per committed writing transaction. */
export const STATS_CHANNEL = 'parvis_stats_changed';

/** How long an answer may be kept even with no change notified (a safety net, e.g. ages of open requests). */
export const STATS_CACHE_TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 500;

/**
 * The dashboard's cache, in process, keyed by (from, to, district). It is emptied when PostgreSQL
 * notifies a committed change to a table the figures read (every instance listens itself, so
 * several instances need no shared store). A computation that started before a change is never
 * stored (the generation moved on). When the listening connection is down, nothing is cached:
 * every answer is computed fresh until it is back.
 */
@Injectable()
export class StatsCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(StatsCache.name);
  private readonly entries = new Map<string, { at: number; value: Promise<unknown>; generation: number }>();
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

  /** Figures may have changed: forget every answer, and let no computation in progress be stored. */
  invalidate() {
    this.generation += 1;
    this.entries.clear();
  }

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.generation === this.generation && Date.now() - hit.at < STATS_CACHE_TTL_MS) return hit.value as Promise<T>;
    if (!this.listening) return compute();
    const generation = this.generation;
    const value = compute();
    // Concurrent askers share the computation in progress; a failure is not kept.
    this.entries.set(key, { at: Date.now(), value, generation });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  private async listen() {
    const client = new Client({ connectionString: this.databaseUrl });
    client.on('notification', () => this.invalidate());
    const lost = (error?: Error) => {
      if (this.listener !== client) return;
      this.listener = null;
      this.listening = false;
      this.invalidate();
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
      this.invalidate();
      this.listening = true;
    } catch (error) {
      this.listener = client;
      lost(error as Error);
      await client.end().catch(() => undefined);
    }
  }
}
