import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../common/clock';
import { isUuid } from '../common/ids';
import { TransactionRunner } from '../database/transaction';
import { JobHandler, JobTask } from '../jobs/jobs';
import { VARIANT_NAMES } from './image-processor';
import { MediaRepository } from './media.repository';
import { storageKey } from './media.service';
import { MEDIA_STORAGE, MediaStorage } from './storage/media-storage';

/** Uploads never attached are deleted this long after their upload. */
export const UNATTACHED_MAX_AGE_MS = 24 * 3600_000;
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

/** The job that deletes the stored files of images whose rows are gone: `{ imageIds: string[] }`. */
export const DELETE_IMAGE_FILES = 'media.delete-files';

/**
 * Deletes uploads nobody attached within a day (a resident who gave up on a form), rows first then
 * files, and sweeps files that no row points to. Scheduled on the job queue (every hour; the sweep,
 * which lists the whole storage, once a day), which queues each tick once across instances; the
 * PostgreSQL advisory lock also keeps a manual run from overlapping a scheduled one.
 */
@Injectable()
export class MediaCleanup {
  private readonly logger = new Logger(MediaCleanup.name);

  constructor(
    private readonly repo: MediaRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {}

  /** One pass. `sweepOrphans` also lists the whole storage (default: no). Callable directly (tests, an admin task). */
  async run(options: { now?: Date; sweepOrphans?: boolean } = {}): Promise<CleanupReport> {
    const now = options.now ?? this.clock.now();
    const cutoff = new Date(now.getTime() - UNATTACHED_MAX_AGE_MS);
    const sweep = options.sweepOrphans ?? false;
    const outcome = await this.repo.withAdvisoryLock(MEDIA_CLEANUP_LOCK, async () => {
      const deletedImages = await this.deleteUnattached(cutoff);
      const deletedOrphans = sweep ? await this.sweepOrphans(cutoff) : 0;
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

/** Every hour: the uploads left unattached for a day. */
@Injectable()
@JobTask('media.cleanup')
export class MediaCleanupJob implements JobHandler {
  readonly schedule = '17 * * * *';
  constructor(private readonly cleanup: MediaCleanup) {}
  async run(): Promise<void> {
    await this.cleanup.run();
  }
}

/** Every night: files no row points to (crashed or half-failed uploads). */
@Injectable()
@JobTask('media.sweep-orphans')
export class MediaSweepJob implements JobHandler {
  readonly schedule = '43 3 * * *';
  constructor(private readonly cleanup: MediaCleanup) {}
  async run(): Promise<void> {
    await this.cleanup.run({ sweepOrphans: true });
  }
}

/**
 * Deletes the files of images whose rows a committed transaction removed (an erased account's
 * uploads). Idempotent: deleting a missing file is not an error.
 */
@Injectable()
@JobTask(DELETE_IMAGE_FILES)
export class DeleteImageFilesJob implements JobHandler {
  constructor(@Inject(MEDIA_STORAGE) private readonly storage: MediaStorage) {}
  async run(payload: unknown): Promise<void> {
    const ids = ((payload as { imageIds?: unknown })?.imageIds ?? []) as unknown[];
    const valid = ids.filter((id): id is string => typeof id === 'string' && isUuid(id));
    await this.storage.delete(valid.flatMap((id) => VARIANT_NAMES.map((v) => storageKey(id, v))));
  }
}
