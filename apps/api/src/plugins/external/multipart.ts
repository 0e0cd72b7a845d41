import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

// Upload routes read one file with request.file({ limits }); this is the outer bound.
export const multipartPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(multipart, {
      limits: { fileSize: 20 * 1024 * 1024, files: 10, fields: 20 },
    });
  },
  { name: 'multipart' },
);
