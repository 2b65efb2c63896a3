import type { MediaStorage } from './media-storage';

/**
 * Copies every object of one storage into another, streamed one at a time (moving a commune's
 * media from the local disk to an S3-compatible bucket: `npm run media:copy-to-s3`). Objects are
 * never changed once written, so running it again (say, once more after the last server on the
 * disk has stopped) just writes the same bytes again. Unfinished writes (`.<name>.tmp`) are skipped.
 */
export async function copyMedia(from: MediaStorage, to: MediaStorage, onCopied: (key: string) => void = () => undefined): Promise<number> {
  let copied = 0;
  for await (const { key } of from.list()) {
    if (key.slice(key.indexOf('/') + 1).startsWith('.')) continue;
    const object = await from.get(key);
    if (!object) continue; // deleted since it was listed
    await to.put(key, object);
    copied++;
    onCopied(key);
  }
  return copied;
}
