import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import path from 'node:path';
import type { StorageConfig } from '../../config.ts';
import { createStorage, type Storage } from '../../lib/storage.ts';

declare module 'fastify' {
  interface FastifyInstance {
    storage: Storage;
  }
}

export const storagePlugin = fp(
  async (app: FastifyInstance, opts: { dataDir: string; storage?: StorageConfig }) => {
    const storage = createStorage({
      config: opts.storage ?? { kind: 'local' },
      localDir: path.join(opts.dataDir, 'files'),
    });
    app.decorate('storage', storage);
    app.addHook('onClose', () => storage.close());
  },
  { name: 'storage' },
);
