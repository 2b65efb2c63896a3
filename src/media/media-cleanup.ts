import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Clock } from '../common/clock';
import { isUuid } from '../common/ids';
import { TransactionRunner } from '../database/transaction';
import { VARIANT_NAMES } from './image-processor';
import { MediaRepository } from './media.repository';
import { storageKey } from './media.service';
import { MEDIA_STORAGE, MediaStorage } from './storage/media-storage';

/** Uploads never attached are deleted this long after their upload. */
export const UNATTACHED_MAX_AGE_MS = 24 * 3600_000;
/** How often each instance tries; the advisory lock lets one run at a time across instances. */
const EVERY_MS = 3600_000;
/** The storage-wide orphan sweep lists every object: once a day is plenty. */
const SWEEP_EVERY_MS = 24 * 3600_000;
const BATCH = 200;
export const MEDIA_CLEANUP_LOCK = 'parvis:media-cleanup';

export interface CleanupReport {
  /** Another instance held the lock: nothing was done. */
  skipped: boolean;
  /** Unattached images deleted (rows and files). */
  deletedImages: number;
  /** Groups of files that no row pointed to (crashed or half-failed uploads), deleted. */
  deletedOrphans: number;
}

/**
 * Deletes uploads nobody attached within a day (a resident who gave up on a form), rows first then
 * files, and sweeps files that no row points to. Runs in-process every hour (unref'd timer, so it
 * never keeps the process alive), under a PostgreSQL advisory lock so two server instances do not
 * both run it.
 */
@Injectable()
export class MediaCleanup implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MediaCleanup.name);
  private timer?: NodeJS.Timeout;
  private lastSweep = 0;

  constructor(
    private readonly repo: MediaRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.run().catch((error) => this.logger.error({ err: error }, 'media cleanup failed'));
    }, EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /**
   * One pass. `sweepOrphans` lists the whole storage (default: when the last sweep of this
   * instance is a day old). Callable directly (tests, an admin task).
   */
  async run(options: { now?: Date; sweepOrphans?: boolean } = {}): Promise<CleanupReport> {
    const now = options.now ?? this.clock.now();
    const cutoff = new Date(now.getTime() - UNATTACHED_MAX_AGE_MS);
    const sweep = options.sweepOrphans ?? now.getTime() - this.lastSweep >= SWEEP_EVERY_MS;
    const outcome = await this.repo.withAdvisoryLock(MEDIA_CLEANUP_LOCK, async () => {
      const deletedImages = await this.deleteUnattached(cutoff);
      const deletedOrphans = sweep ? await this.sweepOrphans(cutoff) : 0;
      if (sweep) this.lastSweep = now.getTime();
      return { deletedImages, deletedOrphans };
    });
    if (outcome.skipped) return { skipped: true, deletedImages: 0, deletedOrphans: 0 };
    const report = { skipped: false, ...outcome.result };
    if (report.deletedImages || report.deletedOrphans) this.logger.log(report, 'media cleanup');
    return report;
  }

  /** Rows go first (committed), then their files: a crash in between leaves orphans for the sweep. */
  private async deleteUnattached(cutoff: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const ids = await this.tx.run((tx) => this.repo.deleteUnattachedBefore(tx, cutoff, BATCH));
      if (!ids.length) return total;
      await this.storage.delete(ids.flatMap((id) => VARIANT_NAMES.map((v) => storageKey(id, v))));
      total += ids.length;
    }
  }

  /**
   * Deletes groups of stored files older than `cutoff` whose image has no row. Only old files are
   * candidates, so an upload still writing its variants (its row not yet inserted) is never touched.
   */
  private async sweepOrphans(cutoff: Date): Promise<number> {
    let deleted = 0;
    let batch = new Map<string, { keys: string[]; newest: number }>();
    const flush = async () => {
      const candidates = [...batch].filter(([, g]) => g.newest < cutoff.getTime());
      batch = new Map();
      if (!candidates.length) return;
      const existing = await this.repo.existingIds(
        this.tx.reader,
        candidates.map(([id]) => id),
      );
      for (const [id, group] of candidates) {
        if (existing.has(id)) continue;
        await this.storage.delete(group.keys);
        deleted++;
      }
    };
    // Keys of one image are listed together (one folder, one prefix): flushing only when a new id
    // starts keeps every group whole.
    for await (const { key, modifiedAt } of this.storage.list()) {
      const id = key.slice(0, key.indexOf('/'));
      if (!isUuid(id)) continue;
      if (!batch.has(id) && batch.size >= BATCH) await flush();
      const group = batch.get(id) ?? { keys: [], newest: 0 };
      group.keys.push(key);
      group.newest = Math.max(group.newest, modifiedAt.getTime());
      batch.set(id, group);
    }
    await flush();
    return deleted;
  }
}
