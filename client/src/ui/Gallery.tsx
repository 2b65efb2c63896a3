import type { ReactNode } from 'react';
import { fitWithin, THUMB_SIZE, type GalleryImage } from './photos';

/**
 * Photos of an item as thumbnails, each a link to its large version. `describe(position, count)`
 * gives each its text alternative from the context (« Photo 1 sur 3 de la proposition … »): the
 * pages know what the photos are of, the photos have no caption. Sizes are set so nothing moves
 * when they load, the dominant colour shows first, and images off screen are not fetched.
 * `below(image, position, count)` adds what goes under a photo (a « Signaler » button, a note that
 * a moderator hid it).
 */
export function Gallery<T extends GalleryImage>({
  images,
  describe,
  label,
  below,
}: {
  images: T[];
  describe: (position: number, count: number) => string;
  label?: string;
  below?: (image: T, position: number, count: number) => ReactNode;
}) {
  if (!images.length) return null;
  return (
    <ul className="p-gallery" aria-label={label}>
      {images.map((image, index) => {
        const size = fitWithin(image.width, image.height, THUMB_SIZE);
        return (
          <li key={image.id}>
            <a href={image.large}>
              <img
                src={image.thumb}
                alt={describe(index + 1, images.length)}
                width={size.width}
                height={size.height}
                loading="lazy"
                decoding="async"
                style={{ backgroundColor: image.placeholder }}
              />
            </a>
            {below?.(image, index + 1, images.length)}
          </li>
        );
      })}
    </ul>
  );
}

/** One photo, small, not a link (a proposal's card): the first thumbnail with its size and colour. */
export function Thumbnail({ image, alt, className }: { image: GalleryImage; alt: string; className?: string }) {
  const size = fitWithin(image.width, image.height, THUMB_SIZE);
  return (
    <img
      className={className}
      src={image.thumb}
      alt={alt}
      width={size.width}
      height={size.height}
      loading="lazy"
      decoding="async"
      style={{ backgroundColor: image.placeholder }}
    />
  );
}
