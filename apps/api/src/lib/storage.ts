import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Where uploaded and generated files live: outside the web root, addressed by key. */
export type Storage = {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /**
   * Moves a file received into `stagingDir` into place under `key`; the staged file is gone
   * afterwards. Uploads take this way so that no upload is ever held whole in memory.
   */
  putStaged(key: string, stagedPath: string, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
  /** A directory on the same disk as the files, where uploads are written while they arrive. */
  stagingDir: string;
  /** Keys of the stored files last written before `before` (the orphan sweep checks them). */
  keysWrittenBefore(before: Date): AsyncIterable<string>;
  /**
   * Removes what a killed process left half-done before `before`: half-written `.tmp` files and
   * staged uploads that were never moved into place. Returns how many it removed.
   */
  removeLeftoversBefore(before: Date): Promise<number>;
};

/** A file `put` is writing: `<key>.<pid>.<time>.tmp`, renamed to the key when complete. */
const TEMP_FILE = /\.\d+\.\d+\.tmp$/;

const KEY_PATTERN = /^[a-z0-9][a-z0-9/_.-]{0,200}$/;

function checkKey(key: string): string {
  if (!KEY_PATTERN.test(key) || key.includes('..')) throw new Error(`invalid storage key: ${key}`);
  return key;
}

export function localDiskStorage(root: string): Storage {
  const file = (key: string) => path.join(root, checkKey(key));
  // A key never starts with a dot, so the staging directory cannot collide with a stored file,
  // and being under the same root keeps the final move a rename on one file system.
  const stagingDir = path.join(root, '.staging');
  return {
    stagingDir,
    async put(key, bytes) {
      const target = file(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Write then rename: a reader never sees half a file.
      const tmp = `${target}.${process.pid}.${Date.now()}.tmp`; // TEMP_FILE
      await writeFile(tmp, bytes);
      await rename(tmp, target);
    },
    async putStaged(key, stagedPath) {
      if (path.dirname(path.resolve(stagedPath)) !== path.resolve(stagingDir)) {
        throw new Error(`not a staged upload: ${stagedPath}`);
      }
      const target = file(key);
      await mkdir(path.dirname(target), { recursive: true });
      await rename(stagedPath, target);
    },
    async get(key) {
      try {
        return await readFile(file(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(file(key), { force: true });
    },
    async *keysWrittenBefore(before) {
      for await (const entry of walk(root, before)) {
        const key = path.relative(root, entry).split(path.sep).join('/');
        if (!TEMP_FILE.test(key) && KEY_PATTERN.test(key)) yield key;
      }
    },
    async removeLeftoversBefore(before) {
      let removed = 0;
      for await (const entry of walk(root, before, { withStaging: true })) {
        const staged = path.dirname(entry) === stagingDir;
        if (!staged && !TEMP_FILE.test(entry)) continue;
        await rm(entry, { force: true });
        removed++;
      }
      return removed;
    },
  };
}

/** Every regular file under `dir` last modified before `before` (the staging area only if asked). */
async function* walk(
  dir: string,
  before: Date,
  options: { withStaging?: boolean } = {},
): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') && !(options.withStaging && entry.name === '.staging'))
        continue;
      yield* walk(full, before, options);
    } else if (entry.isFile()) {
      const info = await stat(full).catch(() => null);
      if (info && info.mtime < before) yield full;
    }
  }
}

export function createStorage(options: { env: NodeJS.ProcessEnv; localDir: string }): Storage {
  return localDiskStorage(options.localDir);
}
