import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createImagePool, type ImagePool } from '../../lib/image-pool.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Worker threads that decode photos off the event loop. */
    imagePool: ImagePool;
  }
}

export const imagePoolPlugin = fp(
  async (app: FastifyInstance, opts: { size: number; queueLimit: number }) => {
    const pool = createImagePool(opts);
    app.decorate('imagePool', pool);
    app.addHook('onClose', () => pool.close());
  },
  { name: 'image-pool' },
);
