// The S3-compatible server of the tests, in a process of its own (started by test/harness/s3.ts):
// s3rver (@20minutes/s3rver, a maintained fork) storing under the folder given as argv[2], with
// the buckets named in argv[3] (comma-separated). It prints `listening <port>` once ready and ends
// when its parent closes stdin (so a killed test run leaves no server behind).
//
// Run with --openssl-legacy-provider: s3rver makes ListObjectsV2 continuation tokens with DES,
// which OpenSSL 3 keeps in its legacy provider. allowMismatchedSignatures: s3rver computes the
// signature of bucket-level requests (list, multi-delete) over `/bucket` where the AWS SDK v3 signs
// `/bucket/`; the access key is still checked (an unknown one is refused).
import S3rver from '@20minutes/s3rver';

async function main(): Promise<void> {
  const [directory, buckets = 'parvis-test'] = process.argv.slice(2);
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    allowMismatchedSignatures: true,
    configureBuckets: buckets.split(',').map((name) => ({ name })),
  });
  const address = (await server.run()) as { port: number };
  process.stdout.write(`listening ${address.port}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => {
    void server.close().finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`s3rver failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
