import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { rateLimitStore, type RateLimitStoreMode } from '../../lib/rate-limit-store.ts';

// Per-IP limits. Routes tighten them with `config.rateLimit`. Where each is counted (the database,
// shared by every API process on it, or this process): `RateLimitStoreMode`.
export const rateLimitPlugin = fp(
  async (
    app: FastifyInstance,
    opts: { max: number; store: RateLimitStoreMode; prisma: PrismaClient },
  ) => {
    await app.register(rateLimit, {
      global: true,
      max: opts.max,
      timeWindow: '1 minute',
      ...(opts.store === 'memory' ? {} : { store: rateLimitStore(opts.prisma, opts.store) }),
    });
  },
  { name: 'rate-limit' },
);
