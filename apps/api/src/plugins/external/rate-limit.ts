import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

// Per-IP limits, in memory (one process). Routes tighten it with `config.rateLimit`.
export const rateLimitPlugin = fp(
  async (app: FastifyInstance, opts: { max: number }) => {
    await app.register(rateLimit, { global: true, max: opts.max, timeWindow: '1 minute' });
  },
  { name: 'rate-limit' },
);
