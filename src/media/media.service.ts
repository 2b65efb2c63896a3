import { Inject, Injectable, Logger } from '@nestjs/common';
import DataLoader from 'dataloader';
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { AppError } from '../common/app-error';
import { Capabilities } from '../common/capability';
import { Clock } from '../common/clock';
import { isUuid } from '../common/ids';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner, Tx } from '../database/transaction';
import { groupByKeys } from '../graphql/loaders';
import { AttachedImage, ImageObject, ImageVariant } from './dto/image.object';
import { ImageVisibility, PHOTO_TARGETS } from './image-targets';
import { ImageProcessor, VARIANT_NAMES, VariantName } from './image-processor';
import { imageIdsRefused, MediaReason } from './media.errors';
import { ImageRow, MediaRepository } from './media.repository';
import { MEDIA_STORAGE, MediaStorage, StoredObject } from './storage/media-storage';

/** At most this many photos on one proposal, service request or forum topic. */
export const MAX_IMAGES_PER_TARGET = 6;
export interface ImageTarget {
  /** A type a domain declared `@Photographable`. */
  type: string;
  id: string;
}

/** What `POST /media` answers. */
export interface UploadedImage {
  id: string;
  width: number;
  height: number;
  placeholder: string;
  /** URL of each variant. */
  variants: Record<VariantName, string>;
}

export const storageKey = (id: string, variant: VariantName) => `${id}/${variant}.webp`;

/** Key of the loader `imagesByTarget`: `${type}:${id}`. */
export const imageTargetKey = (target: ImageTarget) => `${target.type}:${target.id}`;

/** A signed URL's proof: expiry (Unix seconds) and signature, from its query string. */
export interface UrlGrant {
  exp?: string;
  sig?: string;
}

/** What `GET /media/:id/:variant` sends: the bytes, and until when a private one may be kept. */
export interface ServedVariant {
  /**
   * Fetches the bytes (NOT_FOUND IMAGE_NOT_FOUND when the storage has none). Only once the caller
   * knows it will send them: a fetched S3 object holds a connection until it is read.
   */
  load(): Promise<StoredObject>;
  /** Null for public images (cached for a year); for private ones, seconds left before the URL expires. */
  privateMaxAge: number | null;
}

/** Signed URLs live one to two hours: the same URL for a whole hour, so browsers can cache it. */
const GRANT_STEP_S = 3600;

/**
 * Photos: upload (convert, store, record), serve, and attach to the content of other domains.
 * Other domains call `attachImages` / `replaceImages` / `releaseImages` inside their own
 * transaction, and read images through the `imagesByTarget` loader.
 */
@Injectable()
export class MediaService {
  private readonly logger = new Logger(MediaService.name);
  private readonly publicBase: string;
  private readonly signingKey: Buffer;
  /** Uploads a user may have waiting to be attached (MEDIA_MAX_UNATTACHED_PER_USER). */
  private readonly maxUnattached: number;

  constructor(
    private readonly repo: MediaRepository,
    private readonly tx: TransactionRunner,
    private readonly processor: ImageProcessor,
    private readonly clock: Clock,
    private readonly capabilities: Capabilities,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.publicBase = (config.PUBLIC_URL ?? '').replace(/\/+$/, '');
    this.maxUnattached = config.MEDIA_MAX_UNATTACHED_PER_USER;
    // Derived from the server's secret (a key of its own, never the JWT key itself); without one,
    // a random key: signed URLs then last until the next restart only.
    this.signingKey = createHmac('sha256', config.JWT_SECRET ?? randomBytes(32))
      .update('parvis:media-url:v1')
      .digest();
  }

  /**
   * Converts an upload (RATE_LIMITED TOO_MANY_UNATTACHED_UPLOADS past MEDIA_MAX_UNATTACHED_PER_USER,
   * checked cheaply before the work and for certain, under a per-user lock, when recording; then
   * ImageProcessor's refusals: UNSUPPORTED_IMAGE_FORMAT, IMAGE_TOO_MANY_PIXELS,
   * IMAGE_UNREADABLE), stores every variant, then records the row. The row exists only once all
   * variants are stored; on any failure the stored variants are deleted again (a crash in between
   * leaves files without a row, which the cleanup sweeps).
   */
  async upload(ownerId: string, bytes: Buffer): Promise<UploadedImage> {
    // The whole body has arrived (multer buffered it): from here a stop waits for this upload.
    this.logger.debug({ bytes: bytes.length }, 'upload received');
    // A first look spares the decoding when the user is already at the cap; it proves nothing
    // under concurrency, so the count is taken again under the lock before the insert.
    if ((await this.repo.countUnattached(this.tx.reader, ownerId)) >= this.maxUnattached) throw tooManyUnattached();
    const image = await this.processor.process(bytes);
    const id = randomUUID();
    const keys = image.variants.map((v) => storageKey(id, v.name));
    try {
      // allSettled, not all: every write must be over before a failure deletes what was written.
      const writes = await Promise.allSettled(image.variants.map((v) => this.storage.put(storageKey(id, v.name), v.data)));
      const failed = writes.find((w): w is PromiseRejectedResult => w.status === 'rejected');
      if (failed) throw failed.reason;
      await this.tx.run(async (tx) => {
        await this.repo.lockOwnerUploads(tx, ownerId);
        if ((await this.repo.countUnattached(tx, ownerId)) >= this.maxUnattached) throw tooManyUnattached();
        await this.repo.insertImage(tx, {
          id,
          ownerId,
          sourceFormat: image.sourceFormat,
          sourceBytes: bytes.length,
          width: image.width,
          height: image.height,
          placeholder: image.placeholder,
        });
      });
    } catch (error) {
      await this.storage
        .delete(keys)
        .catch((e) => this.logger.error({ err: e, imageId: id }, 'could not remove the variants of a failed upload'));
      throw error;
    }
    return {
      id,
      width: image.width,
      height: image.height,
      placeholder: image.placeholder,
      // Not attached yet, so its uploader's only (OWNER_ONLY): signed URLs.
      variants: Object.fromEntries(VARIANT_NAMES.map((v) => [v, this.privateUrlOf(id, v)])) as Record<VariantName, string>,
    };
  }

  /** Public URL of a variant (absolute when PUBLIC_URL is set). */
  urlOf(id: string, variant: VariantName | ImageVariant): string {
    return `${this.publicBase}/media/${id}/${variant}`;
  }

  /**
   * URL of a private image's variant: signed, valid one to two hours (the same URL for a whole
   * hour). Only those who may see the image's target are ever given one.
   */
  privateUrlOf(id: string, variant: VariantName | ImageVariant): string {
    const exp = (Math.floor(this.clock.now().getTime() / 1000 / GRANT_STEP_S) + 2) * GRANT_STEP_S;
    return `${this.urlOf(id, variant)}?exp=${exp}&sig=${this.sign(id, variant, exp)}`;
  }

  /** The URL a viewer who may see the image gets (signed when private). */
  urlFor(image: ImageObject, variant: VariantName | ImageVariant): string {
    return image.restricted ? this.privateUrlOf(image.id, variant) : this.urlOf(image.id, variant);
  }

  /** Marks images as private, so their URLs are signed (for the domain resolvers that know). */
  restricted(images: ImageObject[]): ImageObject[] {
    return images.map((i) => ({ ...i, restricted: true }));
  }

  /**
   * An image for GraphQL: public ones to anyone; unattached ones, and those of private or
   * owner-only targets (a formality, a draft…), only to their uploader (others see them through
   * their target), with signed URLs.
   */
  async image(id: string, viewerId: string | null): Promise<ImageObject | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.repo.imagesByIds(this.tx.reader, [id]);
    if (!row) return null;
    const restricted = (await this.visibilityOf(row)) !== ImageVisibility.PUBLIC;
    if (restricted && row.ownerId !== viewerId) return null;
    const image = toImageObject(row).image;
    return restricted ? { ...image, restricted } : image;
  }

  /**
   * Attached images by id, with their uploader, target and date, in one query (for the domain that
   * owns them: it decides who sees what; unattached uploads are left out). In `tx` when given.
   */
  async attachedImages(ids: readonly string[], tx: Tx = this.tx.reader): Promise<AttachedImage[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await this.repo.imagesByIds(tx, valid);
    return rows
      .filter((r) => r.attachedId !== null)
      .map((r) => ({
        image: toImageObject(r).image,
        ownerId: r.ownerId,
        attachedType: r.attachedType,
        attachedId: r.attachedId,
        createdAt: r.createdAt,
      }));
  }

  /**
   * A stored variant to send. NOT_FOUND IMAGE_NOT_FOUND for an unknown id or variant, and for an
   * image that is not public (private, or its uploader's only: not attached yet, a draft's) without
   * a valid, unexpired signature (the same answer, so nothing leaks).
   */
  async variant(id: string, variant: string, grant: UrlGrant = {}): Promise<ServedVariant> {
    if (!isUuid(id) || !(VARIANT_NAMES as string[]).includes(variant)) throw AppError.notFound(MediaReason.IMAGE_NOT_FOUND);
    const [row] = await this.repo.imagesByIds(this.tx.reader, [id]);
    if (!row) throw AppError.notFound(MediaReason.IMAGE_NOT_FOUND);
    let privateMaxAge: number | null = null;
    if ((await this.visibilityOf(row)) !== ImageVisibility.PUBLIC) {
      const until = this.checkGrant(id, variant, grant);
      if (!until) throw AppError.notFound(MediaReason.IMAGE_NOT_FOUND);
      privateMaxAge = Math.max(0, Math.floor((until.getTime() - this.clock.now().getTime()) / 1000));
    }
    const load = async () => {
      const stored = await this.storage.get(storageKey(id, variant as VariantName));
      if (!stored) throw AppError.notFound(MediaReason.IMAGE_NOT_FOUND);
      return stored;
    };
    return { load, privateMaxAge };
  }

  /**
   * Attaches images to a target, after the ones it already has, inside the caller's transaction.
   * Rules (BAD_USER_INPUT on `path`): each image exists (IMAGE_NOT_FOUND), was uploaded by `ownerId`
   * (IMAGE_NOT_YOURS), is not attached elsewhere (IMAGE_ALREADY_ATTACHED), appears once
   * (DUPLICATE_IMAGE), and the target ends with at most 6 (TOO_MANY_IMAGES). Images already on this
   * target are accepted and left in place. Two transactions can never both attach one image: the
   * UPDATE only takes rows still unattached.
   */
  async attachImages(tx: Tx, ownerId: string, imageIds: string[], target: ImageTarget, path = 'input.imageIds'): Promise<void> {
    if (!imageIds.length) return;
    const rows = await this.checkImages(tx, ownerId, imageIds, target, path);
    const fresh = imageIds.filter((id) => !rows.get(id)?.attachedId);
    const current = await this.repo.imagesOfTarget(tx, target.type, target.id);
    if (current.length + fresh.length > MAX_IMAGES_PER_TARGET) {
      throw imageIdsRefused(path, MediaReason.TOO_MANY_IMAGES, `at most ${MAX_IMAGES_PER_TARGET} images`);
    }
    const next = current.reduce((max, r) => Math.max(max, r.position ?? 0), 0) + 1;
    await this.attachFresh(tx, ownerId, fresh, target, next, path);
  }

  /**
   * Makes `imageIds` the target's images, in this order (for edits): the target's other images are
   * detached (and deleted by the cleanup a day after their upload). Same rules and reasons as
   * attachImages, the limit counting this list only.
   */
  async replaceImages(tx: Tx, ownerId: string, imageIds: string[], target: ImageTarget, path = 'input.imageIds'): Promise<void> {
    const rows = await this.checkImages(tx, ownerId, imageIds, target, path);
    await this.repo.detachFromTarget(tx, target.type, target.id, imageIds);
    const fresh = imageIds.filter((id) => !rows.get(id)?.attachedId);
    await this.attachFresh(tx, ownerId, fresh, target, imageIds.length + 1, path);
    // Then number the whole list 1..n in the order given.
    await this.repo.reorderOnTarget(tx, target.type, target.id, imageIds);
  }

  /** Detaches every image of a target (the target is being deleted); the cleanup deletes them. */
  async releaseImages(tx: Tx, target: ImageTarget): Promise<void> {
    this.assertTarget(target);
    await this.repo.lockTarget(tx, target.type, target.id);
    await this.repo.detachFromTarget(tx, target.type, target.id);
  }

  /** Loader factory: images of targets keyed `${type}:${id}` (see imageTargetKey), in order. */
  readonly imagesByTarget = () =>
    new DataLoader<string, ImageObject[]>(async (keys) => {
      const targets = keys
        .map((k) => {
          const at = k.indexOf(':');
          return { type: k.slice(0, at), id: k.slice(at + 1) };
        })
        .filter((t) => this.isPhotoTarget(t.type) && isUuid(t.id));
      const rows = targets.length
        ? await this.repo.imagesOfTargets(
            this.tx.reader,
            targets.map((t) => t.type),
            targets.map((t) => t.id),
          )
        : [];
      return groupByKeys(keys, rows.map(toImageObject), (r) => r.key).map((list) => list.map((r) => r.image));
    });

  /** An unattached upload is its uploader's only; an attached one is as its target's domain says. */
  private async visibilityOf(row: ImageRow): Promise<ImageVisibility> {
    if (!row.attachedType || !row.attachedId) return ImageVisibility.OWNER_ONLY;
    const target = this.capabilities.get(PHOTO_TARGETS, row.attachedType);
    return target ? target.imageVisibility(row.attachedId, row.id) : ImageVisibility.OWNER_ONLY;
  }

  private isPhotoTarget(type: string): boolean {
    return this.capabilities.get(PHOTO_TARGETS, type) !== undefined;
  }

  private sign(id: string, variant: string, exp: number): string {
    return createHmac('sha256', this.signingKey).update(`${id}/${variant}/${exp}`).digest('base64url');
  }

  /** The expiry of a valid, unexpired grant for this variant, or null. */
  private checkGrant(id: string, variant: string, grant: UrlGrant): Date | null {
    const exp = Number(grant.exp);
    if (!grant.sig || !/^\d{1,12}$/.test(grant.exp ?? '') || exp * 1000 <= this.clock.now().getTime()) return null;
    const expected = Buffer.from(this.sign(id, variant, exp));
    const given = Buffer.from(grant.sig);
    return given.length === expected.length && timingSafeEqual(given, expected) ? new Date(exp * 1000) : null;
  }

  private assertTarget(target: ImageTarget): void {
    if (!this.isPhotoTarget(target.type) || !isUuid(target.id)) {
      throw new Error(`invalid image target ${JSON.stringify(target)}`);
    }
  }

  /** The shared rules of attach and replace; locks the target first. Returns the rows by id. */
  private async checkImages(
    tx: Tx,
    ownerId: string,
    imageIds: string[],
    target: ImageTarget,
    path: string,
  ): Promise<Map<string, ImageRow>> {
    this.assertTarget(target);
    if (imageIds.length > MAX_IMAGES_PER_TARGET) {
      throw imageIdsRefused(path, MediaReason.TOO_MANY_IMAGES, `at most ${MAX_IMAGES_PER_TARGET} images`);
    }
    if (new Set(imageIds).size !== imageIds.length) {
      throw imageIdsRefused(path, MediaReason.DUPLICATE_IMAGE, 'lists the same image twice');
    }
    if (!imageIds.every(isUuid)) throw imageIdsRefused(path, MediaReason.IMAGE_NOT_FOUND, 'names an image that does not exist');
    await this.repo.lockTarget(tx, target.type, target.id);
    const rows = new Map((await this.repo.imagesByIds(tx, imageIds)).map((r) => [r.id, r]));
    for (const id of imageIds) {
      const row = rows.get(id);
      if (!row) throw imageIdsRefused(path, MediaReason.IMAGE_NOT_FOUND, 'names an image that does not exist');
      if (row.ownerId !== ownerId) throw imageIdsRefused(path, MediaReason.IMAGE_NOT_YOURS, 'names an image uploaded by someone else');
      const here = row.attachedType === target.type && row.attachedId === target.id;
      if (row.attachedId && !here)
        throw imageIdsRefused(path, MediaReason.IMAGE_ALREADY_ATTACHED, 'names an image already attached elsewhere');
    }
    return rows;
  }

  private async attachFresh(
    tx: Tx,
    ownerId: string,
    ids: string[],
    target: ImageTarget,
    firstPosition: number,
    path: string,
  ): Promise<void> {
    if (!ids.length) return;
    const attached = await this.repo.attachUnattached(tx, ownerId, ids, target.type, target.id, firstPosition);
    // Fewer rows than asked: a concurrent transaction attached (or the cleanup deleted) one meanwhile.
    if (attached.length !== ids.length) {
      throw imageIdsRefused(path, MediaReason.IMAGE_ALREADY_ATTACHED, 'names an image already attached elsewhere');
    }
  }
}

function tooManyUnattached(): AppError {
  return new AppError('RATE_LIMITED', MediaReason.TOO_MANY_UNATTACHED_UPLOADS, undefined, { retryAfterSeconds: 3600 });
}

function toImageObject(row: ImageRow): { key: string; image: ImageObject } {
  return {
    key: `${row.attachedType}:${row.attachedId}`,
    image: { id: row.id, width: row.width, height: row.height, placeholder: row.placeholder },
  };
}
