import { z } from 'zod';
import { currentAccountSchema } from '@lx/shared/account-schemas';
import {
  changePasswordSchema,
  loginSchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
} from '@lx/shared/auth-schemas';
import type { App } from '../../lib/app-types.ts';
import { recordAudit } from '../../lib/audit.ts';
import { changePassword } from './change-password.ts';
import { getCurrentAccount } from './current-account.ts';
import { login } from './login.ts';
import {
  confirmPasswordReset,
  RESET_REQUESTED_MESSAGE,
  requestPasswordReset,
} from './reset-password.ts';
import { revokeSessions } from './session-store.ts';

const messageSchema = z.object({ message: z.string() });

export async function authRoutes(
  app: App,
  opts: { sessionTtlMs: number; loginRateLimitPerMinute: number },
) {
  const tags = ['auth'];
  const loginLimit = { max: opts.loginRateLimitPerMinute, timeWindow: '1 minute' };

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public', rateLimit: loginLimit },
      schema: { tags, summary: '登录', body: loginSchema, response: { 200: currentAccountSchema } },
    },
    async (request, reply) => {
      const result = await login({
        prisma: app.prisma,
        input: request.body,
        actor: request.actor(),
        sessionTtlMs: opts.sessionTtlMs,
        userAgent: request.headers['user-agent'],
      });
      reply.setSessionCookie(result.token, result.expiresAt);
      return getCurrentAccount(app.prisma, result.accountId);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'authenticated', allowDuringPasswordChange: true },
      schema: { tags, summary: '退出登录' },
    },
    async (request, reply) => {
      const auth = request.requireAuth();
      await app.prisma.$transaction(async (tx) => {
        await tx.session.update({ where: { id: auth.sessionId }, data: { revokedAt: new Date() } });
        await recordAudit(tx, request.actor(), {
          action: 'auth.logout',
          entityType: 'Account',
          entityId: auth.accountId,
        });
      });
      reply.clearSessionCookie();
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { access: 'authenticated', allowDuringPasswordChange: true },
      schema: { tags, summary: '当前账号', response: { 200: currentAccountSchema } },
    },
    async (request) => getCurrentAccount(app.prisma, request.requireAuth().accountId),
  );

  app.post(
    '/api/auth/change-password',
    {
      config: { access: 'authenticated', allowDuringPasswordChange: true },
      schema: {
        tags,
        summary: '修改密码',
        body: changePasswordSchema,
        response: { 200: currentAccountSchema },
      },
    },
    async (request, reply) => {
      const auth = request.requireAuth();
      const session = await changePassword({
        prisma: app.prisma,
        accountId: auth.accountId,
        input: request.body,
        actor: request.actor(),
        sessionTtlMs: opts.sessionTtlMs,
        userAgent: request.headers['user-agent'],
      });
      reply.setSessionCookie(session.token, session.expiresAt);
      return getCurrentAccount(app.prisma, auth.accountId);
    },
  );

  app.post(
    '/api/auth/sessions/revoke-others',
    { config: { access: 'authenticated' }, schema: { tags, summary: '退出其他设备上的登录' } },
    async (request, reply) => {
      const auth = request.requireAuth();
      await revokeSessions(app.prisma, auth.accountId, auth.sessionId);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/auth/password-reset/request',
    {
      config: { access: 'public', rateLimit: loginLimit },
      schema: {
        tags,
        summary: '发送重置密码验证码',
        body: passwordResetRequestSchema,
        response: { 200: messageSchema },
      },
    },
    async (request) => {
      await requestPasswordReset({
        prisma: app.prisma,
        login: request.body.login,
        actor: request.actor(),
      });
      return { message: RESET_REQUESTED_MESSAGE };
    },
  );

  app.post(
    '/api/auth/password-reset/confirm',
    {
      config: { access: 'public', rateLimit: loginLimit },
      schema: {
        tags,
        summary: '以验证码重置密码',
        body: passwordResetConfirmSchema,
        response: { 200: messageSchema },
      },
    },
    async (request) => {
      await confirmPasswordReset({
        prisma: app.prisma,
        input: request.body,
        actor: request.actor(),
      });
      return { message: '密码已重置，请使用新密码登录' };
    },
  );
}
