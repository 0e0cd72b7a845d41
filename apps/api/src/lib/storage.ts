import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { StorageConfig } from '../config.ts';

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
  /** Lets go of connections (the S3 client's); the local disk has nothing to close. */
  close(): Promise<void>;
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
      checkStaged(stagingDir, stagedPath);
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
    async close() {},
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

/** Where staged uploads wait: `stagingDir` itself, not a directory of files under keys. */
function checkStaged(stagingDir: string, stagedPath: string): void {
  if (path.dirname(path.resolve(stagedPath)) !== path.resolve(stagingDir)) {
    throw new Error(`not a staged upload: ${stagedPath}`);
  }
}

export type S3StorageOptions = Extract<StorageConfig, { kind: 's3' }> & {
  /** A local directory for uploads while they arrive (they go to the bucket once complete). */
  stagingDir: string;
};

/**
 * Files in an S3-compatible bucket, under the same keys as on the local disk: what several API
 * processes share. An object appears whole or not at all, so there are no temporary files; only
 * the local staging directory can hold leftovers.
 */
export function s3Storage(options: S3StorageOptions): Storage {
  const { bucket, stagingDir } = options;
  const client = new S3Client({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    forcePathStyle: options.forcePathStyle,
    // Checksums only where the API requires them: S3-compatible servers differ in the rest.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const notFound = (error: unknown) =>
    error instanceof S3ServiceException &&
    (error.name === 'NoSuchKey' ||
      error.name === 'NotFound' ||
      error.$metadata.httpStatusCode === 404);
  return {
    stagingDir,
    async put(key, bytes, contentType) {
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: checkKey(key),
          Body: bytes,
          ContentType: contentType,
          ContentLength: bytes.length,
        }),
      );
    },
    async putStaged(key, stagedPath, contentType) {
      checkStaged(stagingDir, stagedPath);
      const { size } = await stat(stagedPath);
      // Streamed from the disk with its length: never held whole in memory, never chunk-encoded.
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: checkKey(key),
          Body: createReadStream(stagedPath),
          ContentType: contentType,
          ContentLength: size,
        }),
      );
      await rm(stagedPath, { force: true });
    },
    async get(key) {
      try {
        const object = await client.send(
          new GetObjectCommand({ Bucket: bucket, Key: checkKey(key) }),
        );
        if (!object.Body) return null;
        return Buffer.from(await object.Body.transformToByteArray());
      } catch (error) {
        if (notFound(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      // Deleting a key that is not there is not an error on S3 either.
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: checkKey(key) }));
    },
    async *keysWrittenBefore(before) {
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }),
        );
        for (const object of page.Contents ?? []) {
          if (!object.Key || !object.LastModified) continue;
          if (object.LastModified < before && KEY_PATTERN.test(object.Key)) yield object.Key;
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    },
    async removeLeftoversBefore(before) {
      let entries;
      try {
        entries = await readdir(stagingDir, { withFileTypes: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
        throw error;
      }
      let removed = 0;
      for (const entry of entries) {
        if (!entry.isFile()) continue;
        const full = path.join(stagingDir, entry.name);
        const info = await stat(full).catch(() => null);
        if (!info || info.mtime >= before) continue;
        await rm(full, { force: true });
        removed++;
      }
      return removed;
    },
    async close() {
      client.destroy();
    },
  };
}

/** The storage the configuration names; `localDir` holds the files (local) or the staging area. */
export function createStorage(options: { config: StorageConfig; localDir: string }): Storage {
  if (options.config.kind === 's3') {
    return s3Storage({ ...options.config, stagingDir: path.join(options.localDir, '.staging') });
  }
  return localDiskStorage(options.localDir);
}
