import path from 'node:path';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { seedCertificateTypes } from './modules/certificates/certificate-types.ts';
import { seedDemoCertificates } from './db/demo-certificates.ts';
import { seedDemoCards } from './db/demo-cards.ts';
import { seedDemoDocuments } from './db/demo-documents.ts';
import { seedDemoEvents } from './db/demo-events.ts';
import { seedDemoTraining } from './db/demo-training.ts';
import { seedDemoProfiles } from './db/demo-profiles.ts';
import { seedDemoData } from './db/seed.ts';
import { mailerOf } from './modules/mail/mail-outbox.ts';
import { jobHandlers } from './modules/outbox/job-handlers.ts';
import { outboxSmsProvider } from './modules/outbox/sms-provider.ts';
import { startWorker } from './modules/outbox/worker.ts';
import { startSweeper } from './modules/recovery/sweeper.ts';

// One process: migrate, seed an empty database, serve the API and both SPAs, run the outbox worker
// and the crash sweeper.
const config = loadConfig();
const db = await openDatabase({
  url: config.databaseUrl,
  poolSize: config.databasePoolSize,
  poolWaitMs: config.databasePoolWaitMs,
  pgliteDir: path.join(config.dataDir, 'db'),
  onIdleError: (error) => console.warn('database: idle connection closed', error.message),
});
const migrations = await db.migrate();
const app = await buildApp(config, db);
// Seeding is not one transaction (photos, PDFs and files go to storage): of several processes
// started at once on an empty database, one seeds under the start-up lock and the others wait for
// it and find the database seeded.
const seed = await db.withStartupLock(async () => {
  const result = await seedDemoData(db.prisma);
  await seedCertificateTypes(db.prisma);
  if (result.seeded) {
    await seedDemoProfiles({ prisma: db.prisma, storage: app.storage, images: app.imagePool });
    await seedDemoCards({ prisma: db.prisma, storage: app.storage });
    await seedDemoCertificates({ prisma: db.prisma, issuer: app.certificateIssuer });
    await seedDemoEvents({ prisma: db.prisma });
    await seedDemoTraining({ prisma: db.prisma });
    await seedDemoDocuments({ prisma: db.prisma });
  }
  return result;
});
app.log.info(
  { database: db.kind, appliedMigrations: migrations.applied, seeded: seed.seeded },
  'database ready',
);

const worker = startWorker({
  prisma: db.prisma,
  handlers: jobHandlers({
    prisma: db.prisma,
    sms: outboxSmsProvider(),
    storage: app.storage,
    mailer: mailerOf(config),
    issuer: app.certificateIssuer,
  }),
  intervalMs: config.workerIntervalMs,
  log: app.log,
});
// What a previous process left when it was killed: re-driven at start-up and every minute.
const sweeper = startSweeper({ prisma: db.prisma, storage: app.storage, log: app.log });

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  await app.close(); // stops accepting, finishes in-flight requests
  await Promise.all([worker.stop(), sweeper.stop()]);
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
