import { useCallback, useMemo, useState } from 'react';
import type { PhotoPickerState } from '@/ui';
import type { Point } from '../geocoder';

/** The GPS position written in a photo's EXIF, or null (none, unreadable, out of range). */
export async function photoGps(file: Blob): Promise<Point | null> {
  // exifr's lite build (JPEG, HEIC, TIFF), loaded with the first photo, never before.
  const exifr = await import('exifr/dist/lite.esm.mjs');
  try {
    const gps = await exifr.gps(file);
    const { latitude, longitude } = gps ?? {};
    if (typeof latitude !== 'number' || typeof longitude !== 'number') return null;
    if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
    // 0,0 is what some cameras write when they had no fix.
    if (latitude === 0 && longitude === 0) return null;
    return { lat: latitude, lng: longitude };
  } catch {
    return null;
  }
}

/**
 * Photo-first reporting: wraps a photo picker's state so the photos chosen are read in the browser,
 * before upload (the server strips their metadata), for the position they were taken at. The first
 * position found is `photoPoint`, for PlacePicker to offer; nothing is used until the resident
 * says so, and `forget` drops it.
 */
export function usePhotoPlace(photos: PhotoPickerState): { photos: PhotoPickerState; photoPoint: Point | null; forget: () => void } {
  const [photoPoint, setPhotoPoint] = useState<Point | null>(null);
  const { add: addPhotos } = photos;
  const add = useCallback(
    (files: File[]) => {
      addPhotos(files);
      void (async () => {
        for (const file of files) {
          const found = await photoGps(file);
          if (found) {
            setPhotoPoint(found);
            return;
          }
        }
      })();
    },
    [addPhotos],
  );
  const wrapped = useMemo(() => ({ ...photos, add }), [photos, add]);
  const forget = useCallback(() => setPhotoPoint(null), []);
  return { photos: wrapped, photoPoint, forget };
}
