import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** Unset: the embedded PGlite database under DATA_DIR/db. Set: a PostgreSQL server. */
  DATABASE_URL: z.string().optional(),
  /**
   * PostgreSQL only. Connections per process (with DATABASE_POOL_SIZE × processes below the
   * server's max_connections), and how long a statement or transaction waits for one before the
   * request is answered 503 with Retry-After: a rush queues for this long at most, never forever.
   */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_POOL_WAIT_MS: z.coerce.number().int().min(50).default(3000),
  DATA_DIR: z.string().default(path.resolve(process.cwd(), 'data')),
  /** Built SPAs to serve at / and /admin; unset in tests and in `dev` (Vite serves them). */
  WEB_DIST: z.string().optional(),
  ADMIN_DIST: z.string().optional(),
  SMS_PROVIDER: z.enum(['outbox']).default('outbox'),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  SESSION_CACHE_MS: z.coerce.number().int().min(0).default(5000),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(1200),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(30),
  WORKER_INTERVAL_MS: z.coerce.number().int().min(0).default(1000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** Secure cookies: on in production unless set to false (a deployment on plain http). */
  COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  /** The request line and headers must arrive within this (slow-loris). */
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000),
  /** The whole request, body included: 10 MB at about 140 kbit/s still fits in 10 minutes. */
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(600_000),
  /** A connection on which nothing moves, either way, for this long is closed. */
  HTTP_IDLE_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  /** An idle keep-alive connection between requests; above a proxy's 60 s upstream idle time. */
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().positive().default(72_000),
  /** The address people reach the platform at: QR codes on certificates link to it. */
  PUBLIC_BASE_URL: z.string().url().optional(),
  /** smtp(s)://user:pass@host:port; unset: mail is written as .eml files under DATA_DIR/mail. */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().optional(),
  /** The association's signing certificate (PKCS#12); unset: a self-signed one under DATA_DIR. */
  SIGNING_P12_PATH: z.string().optional(),
  SIGNING_P12_PASSWORD: z.string().optional(),
  VERIFY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(30),
  /** Per account and clock hour: what one member may upload (tickets, photos, avatar). */
  UPLOAD_QUOTA_MB_PER_HOUR: z.coerce.number().positive().default(200),
  /** Threads that decode and resize photos, off the event loop. */
  IMAGE_WORKERS: z.coerce.number().int().min(1).max(16).default(1),
  /** Photos waiting for a thread beyond this are refused with 503 and Retry-After. */
  IMAGE_QUEUE_LIMIT: z.coerce.number().int().min(0).default(20),
  /** Where rate limits are counted (lib/rate-limit-store.ts): `routes` = the routes' own limits in
   * the database, shared by every process, and the global flood limit in each process. */
  RATE_LIMIT_STORE: z.enum(['database', 'routes', 'memory']).default('routes'),
  /** Where files live: DATA_DIR/files, or an S3-compatible bucket (several API processes). */
  STORAGE: z.enum(['local', 's3']).default('local'),
  /** The S3 endpoint; unset: AWS S3 itself (in S3_REGION). */
  S3_ENDPOINT: z.string().url().optional(),
  S3_BUCKET: z.string().optional(),
  S3_REGION: z.string().default('us-east-1'),
  /** Unset: the SDK's own credential chain (AWS_* variables, instance role…). */
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** http://host/bucket/key rather than http://bucket.host/key: most self-hosted servers want it. */
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('false'),
});

export type StorageConfig =
  | { kind: 'local' }
  | {
      kind: 's3';
      endpoint: string | undefined;
      bucket: string;
      region: string;
      credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
      forcePathStyle: boolean;
    };

function storageConfigOf(e: z.infer<typeof envSchema>): StorageConfig {
  if (e.STORAGE === 'local') return { kind: 'local' };
  if (!e.S3_BUCKET) throw new Error('STORAGE=s3 needs S3_BUCKET');
  if (!e.S3_ACCESS_KEY_ID !== !e.S3_SECRET_ACCESS_KEY)
    throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together');
  return {
    kind: 's3',
    endpoint: e.S3_ENDPOINT,
    bucket: e.S3_BUCKET,
    region: e.S3_REGION,
    credentials:
      e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY }
        : undefined,
    forcePathStyle: e.S3_FORCE_PATH_STYLE === 'true',
  };
}

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  databasePoolWaitMs: number;
  dataDir: string;
  webDist: string | undefined;
  adminDist: string | undefined;
  smsProvider: 'outbox';
  sessionTtlMs: number;
  /** How long a GET may use a session read by an earlier request of this process (0: never). */
  sessionCacheMs: number;
  rateLimitPerMinute: number;
  loginRateLimitPerMinute: number;
  workerIntervalMs: number;
  logLevel: string;
  trustProxy: boolean;
  cookieSecure: boolean;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  idleTimeoutMs: number;
  keepAliveTimeoutMs: number;
  publicBaseUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  signingP12Path: string | undefined;
  signingP12Password: string | undefined;
  verifyRateLimitPerMinute: number;
  uploadBytesPerHour: number;
  imageWorkers: number;
  imageQueueLimit: number;
  rateLimitStore: 'database' | 'routes' | 'memory';
  storage: StorageConfig;
};

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<Config> = {},
): Config {
  const e = envSchema.parse(env);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL || undefined,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    databasePoolWaitMs: e.DATABASE_POOL_WAIT_MS,
    dataDir: e.DATA_DIR,
    webDist: e.WEB_DIST,
    adminDist: e.ADMIN_DIST,
    smsProvider: e.SMS_PROVIDER,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    sessionCacheMs: e.SESSION_CACHE_MS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    workerIntervalMs: e.WORKER_INTERVAL_MS,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY === 'true',
    cookieSecure: e.COOKIE_SECURE ? e.COOKIE_SECURE === 'true' : e.NODE_ENV === 'production',
    headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
    requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
    idleTimeoutMs: e.HTTP_IDLE_TIMEOUT_MS,
    keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM ?? 'noreply@lawyers-association.local',
    signingP12Path: e.SIGNING_P12_PATH,
    signingP12Password: e.SIGNING_P12_PASSWORD,
    verifyRateLimitPerMinute: e.VERIFY_RATE_LIMIT_PER_MINUTE,
    uploadBytesPerHour: Math.round(e.UPLOAD_QUOTA_MB_PER_HOUR * 1024 * 1024),
    imageWorkers: e.IMAGE_WORKERS,
    imageQueueLimit: e.IMAGE_QUEUE_LIMIT,
    rateLimitStore: e.RATE_LIMIT_STORE,
    storage: storageConfigOf(e),
    ...overrides,
  };
}
