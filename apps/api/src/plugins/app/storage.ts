import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import path from 'node:path';
import { createStorage, type Storage } from '../../lib/storage.ts';

declare module 'fastify' {
  interface FastifyInstance {
    storage: Storage;
  }
}

export const storagePlugin = fp(
  async (app: FastifyInstance, opts: { dataDir: string }) => {
    app.decorate(
      'storage',
      createStorage({ env: process.env, localDir: path.join(opts.dataDir, 'files') }),
    );
  },
  { name: 'storage' },
);
