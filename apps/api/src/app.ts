import { randomUUID } from 'node:crypto';
import Fastify, { type RouteOptions } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { DomainError } from './lib/domain-error.ts';
import { accountRoutes } from './modules/accounts/routes.ts';
import { announcementRoutes } from './modules/announcements/routes.ts';
import { auditRoutes } from './modules/audit/routes.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { healthRoutes } from './modules/health/routes.ts';
import { helpRoutes } from './modules/help/routes.ts';
import { homeRoutes } from './modules/home/routes.ts';
import { memberAdminRoutes } from './modules/members/admin-routes.ts';
import { notificationRoutes } from './modules/notifications/routes.ts';
import { organisationRoutes } from './modules/organisations/routes.ts';
import { outboxRoutes } from './modules/outbox/routes.ts';
import { certificateAdminRoutes } from './modules/certificates/admin-routes.ts';
import { certificateRoutes } from './modules/certificates/routes.ts';
import type { Issuer } from './modules/certificates/issue-certificate.ts';
import { loadSigningIdentity, type SigningIdentity } from './lib/signing.ts';
import { validatorCompiler } from './lib/validate-input.ts';
import { WORK_ITEM_SOURCES } from './work-item-sources.ts';
import { trainingAdminRoutes } from './modules/training/admin-routes.ts';
import { trainingRoutes } from './modules/training/routes.ts';
import { rosterRoutes } from './modules/roster/routes.ts';
import { cardAdminRoutes } from './modules/cards/admin-routes.ts';
import { cardRoutes } from './modules/cards/routes.ts';
import { eventAdminRoutes } from './modules/events/admin-routes.ts';
import { profileAdminRoutes } from './modules/profile/admin-routes.ts';
import { profileRoutes } from './modules/profile/routes.ts';
import { staffRoutes } from './modules/staff/routes.ts';
import { statisticsAdminRoutes } from './modules/statistics/admin-routes.ts';
import { eventRoutes } from './modules/events/routes.ts';
import { documentAdminRoutes } from './modules/documents/admin-routes.ts';
import { documentRoutes } from './modules/documents/routes.ts';
import { ticketRoutes } from './modules/tickets/routes.ts';
import { authPlugin } from './plugins/app/auth.ts';
import { dbPlugin } from './plugins/app/db.ts';
import { errorsPlugin } from './plugins/app/errors.ts';
import { imagePoolPlugin } from './plugins/app/image-pool.ts';
import { storagePlugin } from './plugins/app/storage.ts';
import { cookiePlugin } from './plugins/external/cookie.ts';
import { helmetPlugin } from './plugins/external/helmet.ts';
import { multipartPlugin } from './plugins/external/multipart.ts';
import { rateLimitPlugin } from './plugins/external/rate-limit.ts';
import { staticPlugin } from './plugins/external/static.ts';
import { swaggerPlugin } from './plugins/external/swagger.ts';

export type RouteRecord = { method: string; url: string; access: unknown };

/** Builds the application: third-party plugins, then the app's own, then the routes. */
export async function buildApp(config: Config, db: Database) {
  const app = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    // A request that stops sending is not waited for: idle sockets, headers and whole requests
    // each have a limit (README, configuration). Node checks the last two every
    // connectionsCheckingInterval, so that follows the shorter of them.
    connectionTimeout: config.idleTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    http: {
      // Node refuses a headers timeout longer than the request timeout.
      headersTimeout: Math.min(config.headersTimeoutMs, config.requestTimeoutMs),
      requestTimeout: config.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(
        5_000,
        Math.max(50, Math.floor(Math.min(config.headersTimeoutMs, config.requestTimeoutMs) / 4)),
      ),
    },
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Route options are kept by reference: hooks of child contexts (the docs) may still set the policy.
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(route as RouteOptions);
  });
  app.decorate('routeTable', () =>
    routes.flatMap((route) =>
      (Array.isArray(route.method) ? route.method : [route.method]).map((method) => ({
        method,
        url: route.url,
        access: route.config?.access,
      })),
    ),
  );
  // Hooks that run on every answer are sync (an async hook costs every request a promise).
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    done(null, payload);
  });
  // A refusal may carry its own headers (Retry-After); onError runs before the one error handler.
  app.addHook('onError', async (_request, reply, error) => {
    if (error instanceof DomainError && error.headers) reply.headers(error.headers);
  });

  await app.register(rateLimitPlugin, {
    max: config.rateLimitPerMinute,
    store: config.rateLimitStore,
    prisma: db.prisma,
  });
  await app.register(staticPlugin, { webDist: config.webDist, adminDist: config.adminDist });
  // Registered before any encapsulated plugin, so that every context inherits the one handler.
  await app.register(errorsPlugin);
  await app.register(helmetPlugin);
  await app.register(cookiePlugin);
  await app.register(multipartPlugin, {
    uploadLimits: { bytesPerHour: config.uploadBytesPerHour },
  });
  await app.register(swaggerPlugin);

  await app.register(dbPlugin, { db });
  await app.register(storagePlugin, { dataDir: config.dataDir, storage: config.storage });
  await app.register(imagePoolPlugin, {
    size: config.imageWorkers,
    queueLimit: config.imageQueueLimit,
  });
  await app.register(authPlugin, {
    sessionTtlMs: config.sessionTtlMs,
    sessionCacheMs: config.sessionCacheMs,
    cookieSecure: config.cookieSecure,
    publicBaseUrl: config.publicBaseUrl,
  });

  await app.register(healthRoutes);
  await app.register(authRoutes, {
    sessionTtlMs: config.sessionTtlMs,
    loginRateLimitPerMinute: config.loginRateLimitPerMinute,
  });
  await app.register(accountRoutes);
  await app.register(homeRoutes, { workItemSources: WORK_ITEM_SOURCES });
  await app.register(announcementRoutes);
  await app.register(notificationRoutes);
  await app.register(auditRoutes);
  await app.register(outboxRoutes);
  await app.register(staffRoutes);
  await app.register(organisationRoutes);
  await app.register(profileRoutes);
  await app.register(profileAdminRoutes);
  await app.register(cardRoutes);
  await app.register(cardAdminRoutes);
  // The signing identity is loaded (or made, once per database) when the first certificate is issued.
  let signing: Promise<SigningIdentity> | null = null;
  const issuer = {
    storage: app.storage,
    publicBaseUrl: config.publicBaseUrl,
    signing: () =>
      (signing ??= loadSigningIdentity({
        prisma: db.prisma,
        dataDir: config.dataDir,
        p12Path: config.signingP12Path,
        passphrase: config.signingP12Password,
        commonName: 'Lawyers Association e-Certificate Signer',
      })),
  };
  await app.register(certificateRoutes, {
    issuer,
    verifyRateLimitPerMinute: config.verifyRateLimitPerMinute,
  });
  await app.register(certificateAdminRoutes, { issuer });
  app.decorate('certificateIssuer', issuer);
  await app.register(ticketRoutes);
  await app.register(eventRoutes);
  await app.register(eventAdminRoutes);
  await app.register(documentRoutes);
  await app.register(documentAdminRoutes);
  await app.register(trainingRoutes);
  await app.register(trainingAdminRoutes);
  await app.register(rosterRoutes);
  await app.register(memberAdminRoutes);
  await app.register(statisticsAdminRoutes);
  await app.register(helpRoutes);
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Renders, signs and stores certificates (also used to seed the demo data). */
    certificateIssuer: Issuer;
    /** Every route with its declared access policy, for the policy walk test and the docs. */
    routeTable(): RouteRecord[];
  }
}
