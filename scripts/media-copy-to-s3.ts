/**
 * `npm run media:copy-to-s3`: copies the media on the local disk (MEDIA_DIR, default
 * `<DATA_DIR>/media`) into the S3-compatible bucket configured by S3_* — the step that moves an
 * existing commune to several instances. Run it with the same variables as the server; run it
 * again once the last server on the disk has stopped, for anything uploaded meanwhile.
 */
import { loadConfigFromEnv } from '../src/config/app-config';
import { copyMedia } from '../src/media/storage/copy-media';
import { hasBucket, localStorageFromConfig, s3StorageFromConfig } from '../src/media/storage/storage-from-config';

async function main(): Promise<void> {
  const config = loadConfigFromEnv();
  if (!hasBucket(config)) throw new Error('set S3_BUCKET (and the other S3_* variables) to the bucket to copy into');
  const to = await s3StorageFromConfig(config);
  const from = localStorageFromConfig(config);
  const started = Date.now();
  const copied = await copyMedia(from, to, (key) => process.stdout.write(`copied ${key}\n`));
  to.onApplicationShutdown();
  process.stdout.write(`${copied} object(s) copied into ${config.S3_BUCKET} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
