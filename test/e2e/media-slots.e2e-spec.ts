import type { Server } from 'node:http';
import { AddressInfo, connect, Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestUser } from '../harness/factories';
import { smallImage, upload } from '../harness/media';
import { TestApp } from '../harness/test-app';

/** An open upload that sends its headers and part of its body, then waits; its answer as it comes. */
interface Stalled {
  socket: Socket;
  received: () => string;
}

/** Polls until `check` holds or the deadline passes (no fixed sleeps). */
async function waitFor(check: () => boolean | Promise<boolean>, what: string, deadlineMs = 10_000): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * Uploads slots are not for holding: one user's stalled connections take at most
 * MEDIA_UPLOADS_IN_FLIGHT_PER_USER slots, and a stalled or trickling body is answered 408 and gives
 * its slot back within the body timeouts, instead of the server's five minutes.
 */
describe('media: upload slots under stalled connections', () => {
  let t: TestApp;
  let mediaDir: string;
  let port: number;
  let mallory: TestUser;
  let alice: TestUser;
  const open: Socket[] = [];

  beforeAll(async () => {
    mediaDir = mkdtempSync(join(tmpdir(), 'parvis-media-slots-'));
    t = await TestApp.start({
      MEDIA_DIR: mediaDir,
      MEDIA_CONCURRENCY: '2', // 16 slots on the server
      MEDIA_UPLOADS_IN_FLIGHT_PER_USER: '3',
      // The probes below may upload many photos before the stalled ones hold their slots (a loaded
      // machine): the cap on unattached uploads is another test's subject.
      MEDIA_MAX_UNATTACHED_PER_USER: '1000',
      MEDIA_BODY_IDLE_TIMEOUT_MS: '1500',
      MEDIA_BODY_TIMEOUT_MS: '4000',
    });
    const server = t.app.getHttpServer() as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    [mallory, alice] = await Promise.all([t.factories.resident(), t.factories.resident()]);
  });
  afterAll(async () => {
    for (const s of open) s.destroy();
    await t?.close();
    rmSync(mediaDir, { recursive: true, force: true });
  });

  function stall(token: string): Promise<Stalled> {
    return new Promise((resolve, reject) => {
      const boundary = 'parvis-stall';
      const head =
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n` + '\xff\xd8';
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(
          `POST /media HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${token}\r\n` +
            `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: 1000000\r\n\r\n${head}`,
        );
        resolve({ socket, received: () => data });
      });
      let data = '';
      socket.setEncoding('latin1');
      socket.on('data', (c: string) => (data += c));
      socket.on('error', () => undefined);
      socket.once('error', reject);
      open.push(socket);
    });
  }
  const status = (s: Stalled) => Number(/^HTTP\/1\.1 (\d{3})/.exec(s.received())?.[1] ?? 0);

  it('lets one user hold only their own few slots: others keep uploading, and a stalled body is refused 408 soon', async () => {
    const image = await smallImage();
    const stalled: Stalled[] = [];
    // Three stalled uploads that the server holds (each given a slot). A probe may take a slot before
    // a stalled one reaches it (that one is then refused 429): replace the refused until three hold.
    let held: Stalled[] = [];
    let probes = 0;
    await waitFor(async () => {
      held = held.filter((s) => status(s) === 0);
      while (held.length < 3) held.push(await stall(mallory.token));
      const probe = await upload(t, image, { token: mallory.token });
      if (probe.status === 201) probes++;
      return probe.status === 429;
    }, 'the per-user limit to apply');
    stalled.push(...held);

    const more = await upload(t, image, { token: mallory.token }).expect(429);
    expect(more.body.error).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOO_MANY_UPLOADS_IN_FLIGHT', retryAfterSeconds: 2 });
    // Thirteen more stalled connections from the same account change nothing for anyone else.
    for (let i = 0; i < 13; i++) stalled.push(await stall(mallory.token));
    await upload(t, image, { token: alice.token }).expect(201);

    // The held ones are answered 408 once their body has been silent too long, and closed.
    await waitFor(() => stalled.every((s) => status(s) !== 0), 'every stalled upload to be answered');
    const statuses = stalled.map(status);
    expect(statuses.filter((s) => s === 408)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(13);
    for (const s of stalled.filter((x) => status(x) === 408)) expect(s.received()).toContain('UPLOAD_TIMEOUT');
    await waitFor(() => stalled.every((s) => s.socket.destroyed || s.socket.readableEnded), 'the stalled connections to close');

    // Their slots are free again: the same user uploads at once (the probes' photos were stored too;
    // no stalled one was).
    const images = async () => (await t.sql(`SELECT count(*)::int AS n FROM images WHERE owner_id = $1`, [mallory.id]))[0].n;
    const before = await images();
    expect(before).toBe(probes);
    await upload(t, image, { token: mallory.token }).expect(201);
    expect(await images()).toBe(before + 1);
  });

  it('refuses a body that trickles in past the overall timeout', async () => {
    const s = await stall(alice.token);
    const started = Date.now();
    // A byte every 500 ms never trips the idle clock (1.5 s), only the overall one (4 s).
    const drip = setInterval(() => s.socket.write('x'), 500);
    try {
      await waitFor(() => status(s) !== 0, 'the trickling upload to be answered');
    } finally {
      clearInterval(drip);
    }
    expect(status(s)).toBe(408);
    expect(Date.now() - started).toBeGreaterThanOrEqual(3500);
  });
});
