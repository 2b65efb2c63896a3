import { Capability } from '../common/capability';

/**
 * What a domain implements so its records can carry photos: media attaches, orders and serves the
 * images and knows no other domain; a type no domain declared cannot be attached to.
 */
export interface PhotoTarget {
  /**
   * Whether one attached image is private (a formality's photo, a resident's reply to staff).
   * Private images are served only through signed URLs that expire, and never to shared caches.
   */
  isPrivateImage(targetId: string, imageId: string): Promise<boolean>;
}

export const PHOTO_TARGETS = new Capability<PhotoTarget>('photo target');

/** Declares that the decorated provider lets records of `type` carry photos. */
export const Photographable = (type: string) => PHOTO_TARGETS.provider(type);
