import { existsSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { adminQuery } from './database';
import { STATE_FILE } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  if (!existsSync(STATE_FILE)) return;
  const { adminUrl, template, embeddedDir } = JSON.parse(readFileSync(STATE_FILE, 'utf8'));
  unlinkSync(STATE_FILE);
  const embedded = (globalThis as Record<string, unknown>).__PARVIS_EMBEDDED__ as { stop(): Promise<void> } | undefined;
  if (embedded) {
    await embedded.stop();
    rmSync(embeddedDir, { recursive: true, force: true });
    return;
  }
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
}
