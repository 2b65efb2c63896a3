import { Capability } from '../common/capability';

/** Who may see an image, as the domain owning its target answers. */
export enum ImageVisibility {
  /** Anyone: a stable URL, cached for a year. */
  PUBLIC = 'PUBLIC',
  /** Those who may see the target (a formality's photo, a resident's reply to staff): signed URLs. */
  PRIVATE = 'PRIVATE',
  /** Its uploader only, until the target is public (an upload not attached yet, a draft's photo): signed URLs. */
  OWNER_ONLY = 'OWNER_ONLY',
}

/**
 * What a domain implements so its records can carry photos: media attaches, orders and serves the
 * images and knows no other domain; a type no domain declared cannot be attached to.
 */
export interface PhotoTarget {
  /**
   * How visible one attached image is now. Images not PUBLIC are served only through signed URLs
   * that expire, and never to shared caches; the domain gives those URLs (ImageObject.restricted)
   * only to viewers it lets see them.
   */
  imageVisibility(targetId: string, imageId: string): Promise<ImageVisibility>;
}

export const PHOTO_TARGETS = new Capability<PhotoTarget>('photo target');

/** Declares that the decorated provider lets records of `type` carry photos. */
export const Photographable = (type: string) => PHOTO_TARGETS.provider(type);
