import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rmdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { assertKey, MediaStorage, openExactly, StoredObject } from './media-storage';

const isMissing = (e: unknown) => (e as NodeJS.ErrnoException)?.code === 'ENOENT';

/**
 * Media on the local disk under one folder: `<root>/<first 2 chars of the id>/<id>/<file>`. The
 * shard level keeps folders small. A write goes to a temporary file in the same folder, is flushed
 * to disk, then renamed over the final name: rename is atomic on one file system, so a reader never
 * sees half a file, and a crash leaves at most a `.tmp` file the orphan sweep removes.
 */
export class LocalDiskStorage implements MediaStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): { dir: string; file: string } {
    assertKey(key);
    const [group, name] = key.split('/');
    const dir = join(this.root, group.slice(0, 2), group);
    return { dir, file: join(dir, name) };
  }

  async put(key: string, data: Buffer | StoredObject): Promise<void> {
    const { dir, file } = this.pathOf(key);
    await mkdir(dir, { recursive: true });
    const tmp = join(dir, `.${key.split('/')[1]}.${randomBytes(6).toString('hex')}.tmp`);
    const handle = await open(tmp, 'wx', 0o644);
    try {
      if (Buffer.isBuffer(data)) await handle.writeFile(data);
      else for await (const chunk of openExactly(data)) await handle.write(chunk as Buffer);
      await handle.sync();
    } catch (error) {
      await handle.close();
      await unlink(tmp).catch(() => undefined);
      throw error;
    }
    await handle.close();
    try {
      await rename(tmp, file);
    } catch (error) {
      await unlink(tmp).catch(() => undefined);
      throw error;
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    const { file } = this.pathOf(key);
    try {
      const s = await stat(file);
      if (!s.isFile()) return null;
      return { size: s.size, open: () => createReadStream(file) };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(keys: string[]): Promise<void> {
    const dirs = new Set<string>();
    for (const key of keys) {
      const { dir, file } = this.pathOf(key);
      await unlink(file).catch((e) => {
        if (!isMissing(e)) throw e;
      });
      dirs.add(dir);
    }
    // Remove the image's folder, then its shard, once empty (ENOTEMPTY: something else lives there).
    for (const dir of dirs) {
      for (const d of [dir, join(dir, '..')]) {
        try {
          await rmdir(d);
        } catch {
          break;
        }
      }
    }
  }

  async *list(): AsyncIterable<{ key: string; modifiedAt: Date }> {
    for (const shard of await this.entries(this.root)) {
      if (!shard.isDirectory() || shard.name.length !== 2) continue;
      for (const group of await this.entries(join(this.root, shard.name))) {
        if (!group.isDirectory()) continue;
        const dir = join(this.root, shard.name, group.name);
        for (const f of await this.entries(dir)) {
          if (!f.isFile()) continue;
          const s = await stat(join(dir, f.name)).catch(() => null);
          if (s) yield { key: `${group.name}/${f.name}`, modifiedAt: s.mtime };
        }
      }
    }
  }

  private async entries(dir: string) {
    try {
      return await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  }
}
