import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { discardStaged } from '../../lib/read-form.ts';
import type { UploadLimits } from '../../lib/upload-quota.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The per-account upload allowance that `readForm` charges. */
    uploadLimits: UploadLimits;
  }
}

// Uploads are read with lib/read-form.ts (per-route limits, streamed to the storage's staging
// directory); this is the outer bound.
export const multipartPlugin = fp(
  async (app: FastifyInstance, opts: { uploadLimits: UploadLimits }) => {
    await app.register(multipart, {
      limits: { fileSize: 20 * 1024 * 1024, files: 10, fields: 20 },
    });
    app.decorate('uploadLimits', opts.uploadLimits);
    app.decorateRequest('stagedUploads', null);
    // A staged upload that the route did not move into place (refused, failed, or only read) is
    // removed once the response is out, or when the client goes away first.
    const discard = async (request: FastifyRequest) => {
      if (request.stagedUploads?.length) await discardStaged(request);
    };
    // Sync unless there is something to remove: every answer runs it.
    app.addHook('onResponse', (request, _reply, done) => {
      if (!request.stagedUploads?.length) return done();
      discardStaged(request).then(() => done(), done);
    });
    app.addHook('onRequestAbort', discard);
  },
  { name: 'multipart' },
);
