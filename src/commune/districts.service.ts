import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { AppError, FieldError } from '../common/app-error';
import { Capabilities } from '../common/capability';
import { isUuid } from '../common/ids';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner, Tx } from '../database/transaction';
import { ConnectionShape, decodeCursor, toConnection } from '../graphql/pagination';
import { CommuneSetupError } from './commune-setup.errors';
import { canAdministerCommune } from './commune-setup.policy';
import { DISTRICT_REFERENCES } from './district-references';
import { DistrictShape, parseDistrictShape, ShapeError, shapeRings } from './district-shape';
import { DistrictRow, DistrictsRepository } from './districts.repository';

export const DISTRICT_NAME_MAX = 80;

/** What `lockForUse` found: run `assertActiveUnless` once the record being written is known. */
export interface DistrictUse {
  /**
   * Refuses (BAD_USER_INPUT `archivedDistrict`) the archived districts among those named, except
   * those the record already held (`kept`): old records keep an archived district, new ones cannot
   * take it.
   */
  assertActiveUnless(kept?: string | readonly string[] | null): void;
}

const NO_USE: DistrictUse = { assertActiveUnless: () => undefined };

function unknownDistrict(path: string): FieldError {
  return { path, constraint: 'isDistrict', message: "must be one of the commune's districts" };
}

function archivedDistrict(path: string): FieldError {
  return { path, constraint: 'archivedDistrict', message: 'is an archived district, no longer offered' };
}

/** The names given, each with its field path (`path` alone, or `path.<i>` for a list). */
function named(names: string | readonly string[] | null | undefined, path: string): { name: string; path: string }[] {
  if (names == null) return [];
  if (typeof names === 'string') return [{ name: names, path }];
  return names.map((name, i) => ({ name, path: `${path}.${i}` }));
}

/**
 * The commune's districts, in the database: the public list (`districts`), the admins' changes
 * (add, rename, reshape, merge, archive, restore) and the check every domain runs before storing a
 * district name. A rename or a merge rewrites the names other domains stored, through their
 * `@DistrictReferences` providers, in the same transaction. On first start, an empty table takes
 * the names of the DISTRICTS variable.
 */
@Injectable()
export class DistrictsService implements OnModuleInit {
  private readonly logger = new Logger(DistrictsService.name);

  constructor(
    private readonly repo: DistrictsRepository,
    private readonly tx: TransactionRunner,
    private readonly capabilities: Capabilities,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** DISTRICTS (comma-separated) seeds an empty table once; the admins' interface does the rest. */
  async onModuleInit(): Promise<void> {
    const names: string[] = [];
    for (const raw of this.config.DISTRICTS) {
      const name = raw.trim().slice(0, DISTRICT_NAME_MAX);
      if (name && !names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
    }
    if (!names.length) return;
    const added = await this.tx.run(async (tx) => {
      await this.repo.lockForChanges(tx);
      return this.repo.seedIfEmpty(tx, names);
    });
    if (added) this.logger.log(`${added} districts added from DISTRICTS`);
  }

  /** Names of the active districts, in order (the public `districts`). */
  activeNames(): Promise<string[]> {
    return this.repo.activeNames(this.tx.reader);
  }

  /** How many districts are offered (the first-run checklist). */
  activeCount(): Promise<number> {
    return this.repo.count(this.tx.reader, false);
  }

  /** The list in order, archived ones only when asked; keyset-paged on (position, id). */
  async list(args: { first: number; after?: string; includeArchived?: boolean | null }): Promise<ConnectionShape<DistrictRow>> {
    const includeArchived = args.includeArchived ?? false;
    const after = decodeCursor(args.after, 'int');
    const rows = await this.repo.page(this.tx.reader, includeArchived, args.first + 1, after);
    return toConnection(
      rows,
      args.first,
      (r) => [r.position, r.id],
      () => this.repo.count(this.tx.reader, includeArchived),
      !!after,
    );
  }

  async byId(id: string): Promise<DistrictRow | null> {
    return isUuid(id) ? this.repo.byId(this.tx.reader, id) : null;
  }

  /** The active district whose shape holds the point, or null (BAD_USER_INPUT on a coordinate out of range). */
  async at(latitude: number, longitude: number): Promise<DistrictRow | null> {
    if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90) throw AppError.field('latitude', 'range', 'must be from -90 to 90');
    if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
      throw AppError.field('longitude', 'range', 'must be from -180 to 180');
    }
    return this.repo.at(this.tx.reader, longitude, latitude);
  }

  /** The box holding every active district's outline (where maps open), or null when none has one. */
  extent(): Promise<{ south: number; west: number; north: number; east: number } | null> {
    return this.repo.extent(this.tx.reader);
  }

  // ---- what other domains call before storing a district ----

  /**
   * The field errors of district names about to be stored, without locking (a first check, e.g.
   * before hashing a password, or to report every fault of a form at once): unknown names
   * (`isDistrict`) and archived ones not in `kept` (`archivedDistrict`). Writers still call
   * `lockForUse` in their transaction.
   */
  async fieldErrors(
    names: string | readonly string[] | null | undefined,
    path: string,
    kept?: readonly string[] | null,
  ): Promise<FieldError[]> {
    const given = named(names, path);
    if (!given.length) return [];
    const found = new Map(
      (
        await this.repo.byNames(
          this.tx.reader,
          given.map((g) => g.name),
        )
      ).map((d) => [d.name, d.archived]),
    );
    return given.flatMap((g) => {
      if (!found.has(g.name)) return [unknownDistrict(g.path)];
      return found.get(g.name) && !kept?.includes(g.name) ? [archivedDistrict(g.path)] : [];
    });
  }

  /**
   * Call first in the transaction that stores these district names (before locking the record
   * itself, so a concurrent rename never waits on the record while the record waits on it). Locks
   * each district FOR KEY SHARE: a rename or merge of it waits for this transaction, then rewrites
   * the record too. BAD_USER_INPUT `isDistrict` (on `path`, or `path.<i>` for a list) for an
   * unknown name. Archived names are checked by the returned `assertActiveUnless`.
   */
  async lockForUse(tx: Tx, names: string | readonly string[] | null | undefined, path: string): Promise<DistrictUse> {
    const given = named(names, path);
    if (!given.length) return NO_USE;
    const found = new Map((await this.repo.lockByNames(tx, [...new Set(given.map((g) => g.name))])).map((d) => [d.name, d.archived]));
    const unknown = given.filter((g) => !found.has(g.name)).map((g) => unknownDistrict(g.path));
    if (unknown.length) throw AppError.badInput('INVALID_INPUT', unknown);
    return {
      assertActiveUnless: (kept) => {
        const keptNames = kept == null ? [] : typeof kept === 'string' ? [kept] : kept;
        const archived = given.filter((g) => found.get(g.name) && !keptNames.includes(g.name)).map((g) => archivedDistrict(g.path));
        if (archived.length) throw AppError.badInput('INVALID_INPUT', archived);
      },
    };
  }

  /** `lockForUse` for a new record: every name must be active. */
  async assertUsable(tx: Tx, names: string | readonly string[] | null | undefined, path: string): Promise<void> {
    (await this.lockForUse(tx, names, path)).assertActiveUnless();
  }

  /** For filters: an active or archived district (old records keep archived ones). BAD_USER_INPUT `isDistrict`. */
  async assertKnown(name: string | null | undefined, path: string): Promise<void> {
    if (name == null) return;
    const [found] = await this.repo.byNames(this.tx.reader, [name]);
    if (!found) throw AppError.badInput('INVALID_INPUT', [unknownDistrict(path)]);
  }

  // ---- the admins' changes ----

  /**
   * Adds a district at the end of the list. FORBIDDEN ADMIN_ONLY; BAD_USER_INPUT on input.name
   * (blank) or input.shape (INVALID_SHAPE); CONFLICT DISTRICT_NAME_TAKEN (another district, archived
   * ones included, has this name whatever its case).
   */
  async create(viewer: Viewer, input: { name: string; shape?: string | null }): Promise<DistrictRow> {
    this.assertAdmin(viewer);
    const name = checkName(input.name);
    const shape = input.shape == null ? null : checkShape(input.shape);
    return this.tx.run(async (tx) => {
      await this.repo.lockForChanges(tx);
      if (await this.repo.nameTaken(tx, name, null)) throw nameTaken();
      const row = await this.repo.insert(tx, name, null);
      return shape ? this.repo.setShape(tx, row.id, shape, shapeRings(shape)) : row;
    });
  }

  /**
   * Renames a district and/or replaces its shape (only the fields given; shape null removes it).
   * A new name is carried to every record holding the old one (proposals, requests, residents,
   * consultations…) in the same transaction. FORBIDDEN ADMIN_ONLY; NOT_FOUND DISTRICT_NOT_FOUND;
   * BAD_USER_INPUT on input.name / input.shape; CONFLICT DISTRICT_NAME_TAKEN.
   */
  async update(viewer: Viewer, id: string, input: { name?: string | null; shape?: string | null }): Promise<DistrictRow> {
    this.assertAdmin(viewer);
    const name = input.name == null ? undefined : checkName(input.name);
    const shape = input.shape === undefined ? undefined : input.shape === null ? null : checkShape(input.shape);
    return this.tx.run(async (tx) => {
      await this.repo.lockForChanges(tx);
      let row = await this.lockExisting(tx, id);
      if (name !== undefined && name !== row.name) {
        if (await this.repo.nameTaken(tx, name, row.id)) throw nameTaken();
        const from = row.name;
        row = await this.repo.rename(tx, row.id, name);
        await this.carryOver(tx, from, name);
      }
      if (shape !== undefined) row = await this.repo.setShape(tx, row.id, shape, shape ? shapeRings(shape) : []);
      return row;
    });
  }

  /**
   * Merges a district into another: every record holding its name now holds the other's (a list
   * holding both keeps one), then the district is deleted. Returns the district merged into.
   * FORBIDDEN ADMIN_ONLY; BAD_USER_INPUT MERGE_INTO_ITSELF (field intoId); NOT_FOUND
   * DISTRICT_NOT_FOUND; CONFLICT MERGE_INTO_ARCHIVED (restore it first).
   */
  async merge(viewer: Viewer, id: string, intoId: string): Promise<DistrictRow> {
    this.assertAdmin(viewer);
    if (id === intoId) {
      throw AppError.badInput(CommuneSetupError.MERGE_INTO_ITSELF, [
        { path: 'intoId', constraint: 'notItself', message: 'must be another district' },
      ]);
    }
    return this.tx.run(async (tx) => {
      await this.repo.lockForChanges(tx);
      // Both rows locked in id order, whatever the argument order.
      const [first, second] = [id, intoId].sort();
      const locked = new Map<string, DistrictRow>();
      for (const key of [first, second]) {
        const row = isUuid(key) ? await this.repo.lock(tx, key) : null;
        if (row) locked.set(key, row);
      }
      const source = locked.get(id);
      const target = locked.get(intoId);
      if (!source || !target) throw AppError.notFound(CommuneSetupError.DISTRICT_NOT_FOUND);
      if (target.archivedAt) {
        throw new AppError('CONFLICT', CommuneSetupError.MERGE_INTO_ARCHIVED, [
          { path: 'intoId', constraint: 'notArchived', message: 'is archived: restore it first' },
        ]);
      }
      await this.carryOver(tx, source.name, target.name);
      await this.repo.delete(tx, source.id);
      return target;
    });
  }

  /** No longer offered for new records; old records keep it. Idempotent. FORBIDDEN ADMIN_ONLY; NOT_FOUND. */
  archive(viewer: Viewer, id: string): Promise<DistrictRow> {
    return this.setArchived(viewer, id, true);
  }

  /** Offered again. Idempotent. FORBIDDEN ADMIN_ONLY; NOT_FOUND. */
  restore(viewer: Viewer, id: string): Promise<DistrictRow> {
    return this.setArchived(viewer, id, false);
  }

  /** Demo data: the demo commune's districts with their shapes (names already present are left as they are). */
  async seedDemo(districts: { name: string; shape: DistrictShape }[]): Promise<void> {
    await this.tx.run(async (tx) => {
      await this.repo.lockForChanges(tx);
      for (const d of districts) {
        if (await this.repo.nameTaken(tx, d.name, null)) continue;
        const row = await this.repo.insert(tx, d.name, null);
        await this.repo.setShape(tx, row.id, d.shape, shapeRings(d.shape));
      }
    });
  }

  private async setArchived(viewer: Viewer, id: string, archived: boolean): Promise<DistrictRow> {
    this.assertAdmin(viewer);
    return this.tx.run(async (tx) => {
      await this.repo.lockForChanges(tx);
      const row = await this.lockExisting(tx, id);
      return this.repo.setArchived(tx, row.id, archived);
    });
  }

  /** Every domain holding district names rewrites `from` as `to`, in this transaction. */
  private async carryOver(tx: Tx, from: string, to: string): Promise<void> {
    for (const { key, provider } of this.capabilities.all(DISTRICT_REFERENCES)) {
      const changed = await provider.renameDistrict(tx, from, to);
      if (changed) this.logger.log({ records: key, changed }, 'district names carried over');
    }
  }

  private async lockExisting(tx: Tx, id: string): Promise<DistrictRow> {
    const row = isUuid(id) ? await this.repo.lock(tx, id) : null;
    if (!row) throw AppError.notFound(CommuneSetupError.DISTRICT_NOT_FOUND);
    return row;
  }

  private assertAdmin(viewer: Viewer): void {
    if (!canAdministerCommune(viewer)) throw AppError.forbidden(CommuneSetupError.ADMIN_ONLY);
  }
}

function checkName(value: string): string {
  const name = value.trim();
  if (!name) throw AppError.field('input.name', 'isNotBlank', 'must not be blank');
  if (name.length > DISTRICT_NAME_MAX) throw AppError.field('input.name', 'maxLength', `must be at most ${DISTRICT_NAME_MAX} characters`);
  return name;
}

function checkShape(text: string): DistrictShape {
  try {
    return parseDistrictShape(text);
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    throw AppError.badInput(CommuneSetupError.INVALID_SHAPE, [
      { path: 'input.shape', constraint: 'isGeoJsonPolygon', message: error.message },
    ]);
  }
}

function nameTaken(): AppError {
  return new AppError('CONFLICT', CommuneSetupError.DISTRICT_NAME_TAKEN, [
    { path: 'input.name', constraint: 'unique', message: 'another district has this name' },
  ]);
}
