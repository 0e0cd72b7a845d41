import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
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
};

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
      const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
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
  };
}

export function createStorage(options: { env: NodeJS.ProcessEnv; localDir: string }): Storage {
  return localDiskStorage(options.localDir);
}
