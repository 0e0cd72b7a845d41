import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '@lx/shared/errors';
import type { Access } from '../../lib/access.ts';
import type { Actor } from '../../lib/actor.ts';
import { DomainError } from '../../lib/domain-error.ts';
import { randomToken, safeEqual } from '../../lib/tokens.ts';
import { createSessionCache } from '../../modules/auth/session-cache.ts';
import { loadSession, type SessionContext } from '../../modules/auth/session-store.ts';

declare module 'fastify' {
  interface FastifyRequest {
    auth: SessionContext | null;
    /** The signed-in account; only call where the route's access policy guarantees one. */
    requireAuth(): SessionContext;
    actor(): Actor;
  }
  interface FastifyReply {
    setSessionCookie(token: string, expiresAt: Date): FastifyReply;
    clearSessionCookie(): FastifyReply;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The requests whose session may come from the session cache. */
const CACHED_METHODS = new Set(['GET', 'HEAD']);
const CSRF_MESSAGE = '页面已过期或请求来源不可信，请刷新页面后重试';

/**
 * Where a state-changing request comes from, as the browser tells it: defence in depth behind the
 * double-submit token (which a sibling subdomain could defeat by setting the cookie). Browsers send
 * Sec-Fetch-Site; older ones only Origin. Requests with neither (curl, app.inject, server-to-server)
 * are left to the token.
 */
function fromThisSite(request: FastifyRequest, publicHost: string): boolean {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin' || site === 'none';
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    // "null" (sandboxed frames, privacy redirects) does not parse and is refused. The Host header
    // is read with the origin's scheme, so that "localhost:80" and "http://localhost" agree.
    const from = new URL(origin);
    const self = new URL(`${from.protocol}//${request.headers.host ?? ''}`);
    return from.host === self.host || from.host === publicHost;
  } catch {
    return false;
  }
}

function allows(access: Access, auth: SessionContext): boolean {
  if (access === 'public' || access === 'authenticated') return true;
  if (access === 'member') return auth.kind === 'LAWYER' || auth.kind === 'ORGANISATION';
  if (access === 'lawyer') return auth.kind === 'LAWYER';
  if (access === 'organisation') return auth.kind === 'ORGANISATION';
  if (access === 'staff') return auth.kind === 'STAFF';
  return auth.kind === 'STAFF' && auth.permissions.has(access.permission);
}

/**
 * Authentication and authorization for every /api route, before the body is even parsed:
 * CSRF (double-submit cookie), the session, the forced password change, then the route's policy.
 */
export const authPlugin = fp(
  async (
    app: FastifyInstance,
    opts: {
      sessionTtlMs: number;
      sessionCacheMs: number;
      cookieSecure: boolean;
      publicBaseUrl: string;
    },
  ) => {
    const publicHost = new URL(opts.publicBaseUrl).host;
    const sessions = createSessionCache(app.prisma, {
      ttlMs: opts.sessionCacheMs,
      sessionTtlMs: opts.sessionTtlMs,
    });
    app.decorateRequest('auth', null);
    app.decorateRequest('requireAuth', function (this: FastifyRequest) {
      if (!this.auth) throw new DomainError('UNAUTHENTICATED', '请先登录');
      return this.auth;
    });
    app.decorateRequest('actor', function (this: FastifyRequest): Actor {
      return {
        accountId: this.auth?.accountId ?? null,
        name: this.auth?.displayName ?? '匿名',
        requestId: this.id,
        ip: this.ip,
      };
    });
    app.decorateReply(
      'setSessionCookie',
      function (this: FastifyReply, token: string, expiresAt: Date) {
        return this.setCookie(SESSION_COOKIE, token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: opts.cookieSecure,
          expires: expiresAt,
        });
      },
    );
    app.decorateReply('clearSessionCookie', function (this: FastifyReply) {
      return this.clearCookie(SESSION_COOKIE, { path: '/' });
    });

    app.addHook('onRequest', async (request, reply) => {
      const access = request.routeOptions.config?.access;
      if (!request.url.startsWith('/api') || request.routeOptions.url === undefined) return;
      if (!access) throw new DomainError('INTERNAL', '接口未声明访问策略');

      if (!SAFE_METHODS.has(request.method)) {
        const cookie = request.cookies[CSRF_COOKIE];
        const header = request.headers[CSRF_HEADER];
        if (!cookie || typeof header !== 'string' || !safeEqual(cookie, header)) {
          throw new DomainError('CSRF', CSRF_MESSAGE);
        }
        if (!fromThisSite(request, publicHost)) throw new DomainError('CSRF', CSRF_MESSAGE);
      }

      const token = request.cookies[SESSION_COOKIE];
      // Reads may take the session from the cache; a state-changing request always reads the database.
      request.auth = !token
        ? null
        : CACHED_METHODS.has(request.method)
          ? await sessions.read(token)
          : await loadSession(app.prisma, token, opts.sessionTtlMs);
      if (token && !request.auth) reply.clearSessionCookie();

      if (access === 'public') return;
      if (!request.auth) throw new DomainError('UNAUTHENTICATED', '请先登录');
      if (
        request.auth.mustChangePassword &&
        !request.routeOptions.config.allowDuringPasswordChange
      ) {
        throw new DomainError('PASSWORD_CHANGE_REQUIRED', '首次登录请先修改初始密码');
      }
      if (!allows(access, request.auth)) throw new DomainError('FORBIDDEN', '您没有权限进行此操作');
    });

    // A state-changing request may have revoked sessions or changed an account (logout, password,
    // disabled, roles, name): once it answers, this process's cached sessions are read again.
    const forgetSessions = (request: FastifyRequest) => {
      if (!SAFE_METHODS.has(request.method)) sessions.clear();
    };
    // Whatever an API answer says depends on who asks: no browser or proxy keeps a copy, unless
    // the route chose its own caching (content-addressed photos). Sync hooks: every answer runs them.
    app.addHook('onSend', (request, reply, payload, done) => {
      forgetSessions(request);
      if (request.url.startsWith('/api') && !reply.hasHeader('cache-control')) {
        reply.header('cache-control', 'no-store');
      }
      done(null, payload);
    });
    app.addHook('onResponse', (request, _reply, done) => {
      forgetSessions(request);
      done();
    });

    // The CSRF cookie is readable by the page (that is the point) and useless to another site.
    app.get(
      '/api/auth/csrf',
      { config: { access: 'public' }, schema: { tags: ['auth'], summary: '取得 CSRF 令牌' } },
      async (request, reply) => {
        const csrfToken = request.cookies[CSRF_COOKIE] ?? randomToken(16);
        reply.setCookie(CSRF_COOKIE, csrfToken, {
          path: '/',
          sameSite: 'strict',
          secure: opts.cookieSecure,
          httpOnly: false,
        });
        return { csrfToken };
      },
    );
  },
  { name: 'auth', dependencies: ['cookie', 'db'] },
);
