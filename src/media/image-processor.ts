import { Inject, Injectable } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import sharp, { type Metadata, type OutputInfo } from 'sharp';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { sniffImageFormat } from './image-format';
import { MediaReason, uploadRefused } from './media.errors';
import { Semaphore } from './semaphore';

/** The sizes served; each fits inside a square of this many pixels, never enlarged. */
export const VARIANT_SIZES = { thumb: 320, medium: 1024, large: 2048 } as const;
export type VariantName = keyof typeof VARIANT_SIZES;
export const VARIANT_NAMES = Object.keys(VARIANT_SIZES) as VariantName[];

export interface ProcessedVariant {
  name: VariantName;
  data: Buffer;
  width: number;
  height: number;
}

export interface ProcessedImage {
  /** The format the bytes really were. */
  sourceFormat: 'jpeg' | 'png' | 'webp' | 'avif';
  /** Of the upright original (after EXIF rotation); every variant has the same aspect ratio. */
  width: number;
  height: number;
  /** Dominant colour `#rrggbb`, for the client to paint while the image loads. */
  placeholder: string;
  variants: ProcessedVariant[];
}

const SHARP_FORMAT = { jpeg: 'jpeg', png: 'png', webp: 'webp', avif: 'heif' } as const;
// effort 2 encodes about twice as fast as the default 4 for files a few per cent larger (measured
// with scripts/bench-media.ts): the upload answers sooner and the CPU is free sooner.
const WEBP = { quality: 80, effort: 2 } as const;

// libvips' operation cache keeps recent results in memory; every upload is a new image, so it would
// only hold decoded pixels longer. Off, so memory follows the number of images being processed.
sharp.cache(false);

/**
 * The one place sharp is used (the media adapter). Checks run cheapest first and outside the queue,
 * so a bomb or a fake is refused in milliseconds even when photos are waiting: magic bytes, then the
 * header (format and dimensions, no pixel decoded), then the decode itself under a pixel limit. The
 * decode, rotation and encoding run on libvips threads, never on the event loop, and at most
 * MEDIA_CONCURRENCY at once.
 */
@Injectable()
export class ImageProcessor {
  private readonly slots: Semaphore;
  private readonly maxPixels: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.slots = new Semaphore(config.MEDIA_CONCURRENCY);
    this.maxPixels = config.MEDIA_MAX_PIXELS;
    // libvips threads per image: share the cores between the images processed at once rather than
    // start cores × MEDIA_CONCURRENCY threads that fight each other and the event loop for the CPU.
    sharp.concurrency(Math.max(1, Math.floor(availableParallelism() / config.MEDIA_CONCURRENCY)));
  }

  /** Images being processed and waiting in line (the tests watch it). */
  get load(): { running: number; queued: number } {
    return { running: this.slots.running, queued: this.slots.queued };
  }

  /**
   * Validates and converts an upload. Refusals: UNSUPPORTED_IMAGE_FORMAT (415) for anything but
   * JPEG, PNG, WebP or AVIF (HEIC included: the bundled libheif has no HEVC decoder);
   * IMAGE_TOO_MANY_PIXELS (413) above MEDIA_MAX_PIXELS; IMAGE_UNREADABLE (400) for a damaged or
   * truncated file.
   */
  async process(input: Buffer): Promise<ProcessedImage> {
    const sniffed = sniffImageFormat(input);
    if (sniffed === 'heic') {
      throw uploadRefused(
        MediaReason.UNSUPPORTED_IMAGE_FORMAT,
        'HEIC is not supported: send JPEG, PNG, WebP or AVIF (phones convert HEIC to JPEG when asked for the "most compatible" format)',
        415,
      );
    }
    if (!sniffed) throw uploadRefused(MediaReason.UNSUPPORTED_IMAGE_FORMAT, 'is not a JPEG, PNG, WebP or AVIF image', 415);

    // The header only: no pixel is decoded, so the limit is checked here by hand.
    let meta: Metadata;
    try {
      meta = await sharp(input, { limitInputPixels: false }).metadata();
    } catch {
      throw uploadRefused(MediaReason.IMAGE_UNREADABLE, 'could not be read as an image (damaged or incomplete file)');
    }
    if (meta.format !== SHARP_FORMAT[sniffed] || (sniffed === 'avif' && meta.compression !== 'av1')) {
      throw uploadRefused(MediaReason.UNSUPPORTED_IMAGE_FORMAT, 'is not a JPEG, PNG, WebP or AVIF image', 415);
    }
    const width = meta.width ?? 0;
    const height = meta.pageHeight ?? meta.height ?? 0;
    if (!width || !height) throw uploadRefused(MediaReason.IMAGE_UNREADABLE, 'has no dimensions');
    if (width * height > this.maxPixels) {
      throw uploadRefused(
        MediaReason.IMAGE_TOO_MANY_PIXELS,
        `has ${width}×${height} pixels; at most ${Math.round(this.maxPixels / 1e6)} megapixels are accepted`,
        413,
      );
    }
    // Orientations 5 to 8 turn the picture a quarter: the upright image has the other shape.
    const upright = (meta.orientation ?? 1) >= 5 ? { width: height, height: width } : { width, height };
    return this.slots.run(() => this.convert(input, sniffed, upright));
  }

  private async convert(
    input: Buffer,
    sourceFormat: ProcessedImage['sourceFormat'],
    upright: { width: number; height: number },
  ): Promise<ProcessedImage> {
    let base: { data: Buffer; info: OutputInfo };
    try {
      // 1. Decode once (JPEG shrinks on load when it can), turn upright from the EXIF orientation
      //    and shrink to the largest variant, still in the photo's own colour space with its ICC
      //    profile, into an uncompressed TIFF. failOn 'error' refuses truncated and corrupt data but
      //    tolerates the harmless warnings some cameras' JPEGs raise; limitInputPixels guards again.
      const intermediate = await sharp(input, { limitInputPixels: this.maxPixels, failOn: 'error' })
        .keepIccProfile()
        .autoOrient()
        .resize({ width: VARIANT_SIZES.large, height: VARIANT_SIZES.large, fit: 'inside', withoutEnlargement: true })
        .tiff({ compression: 'none' })
        .toBuffer();
      // 2. Convert the colours to sRGB through the embedded profile — on at most 4 MP instead of the
      //    full photo (a Display P3 12 MP photo: 40 % less time, measured) — into raw pixels, which
      //    carry no metadata at all: nothing of the original (EXIF, GPS, XMP, ICC) can reach a variant.
      base = await sharp(intermediate).toColourspace('srgb').raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
    } catch {
      throw uploadRefused(MediaReason.IMAGE_UNREADABLE, 'could not be decoded (damaged or incomplete file)');
    }
    const raw = { width: base.info.width, height: base.info.height, channels: base.info.channels };
    const variants: ProcessedVariant[] = [];
    for (const name of VARIANT_NAMES) {
      const size = VARIANT_SIZES[name];
      const out = await sharp(base.data, { raw })
        .resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true })
        .webp(WEBP)
        .toBuffer({ resolveWithObject: true });
      variants.push({ name, data: out.data, width: out.info.width, height: out.info.height });
    }
    const { dominant } = await sharp(variants[0].data).stats();
    const hex = (n: number) =>
      Math.max(0, Math.min(255, Math.round(n)))
        .toString(16)
        .padStart(2, '0');
    return {
      sourceFormat,
      ...upright,
      placeholder: `#${hex(dominant.r)}${hex(dominant.g)}${hex(dominant.b)}`,
      variants,
    };
  }
}
