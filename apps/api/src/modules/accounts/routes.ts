import { accountSettingsSchema, currentAccountSchema } from '@lx/shared/account-schemas';
import { AVATAR_MAX_BYTES } from '@lx/shared/upload-limits';
import type { App } from '../../lib/app-types.ts';
import { notFound } from '../../lib/domain-error.ts';
import { readSingleUpload } from '../../lib/read-form.ts';
import { getCurrentAccount } from '../auth/current-account.ts';
import {
  notificationPreferencesSchema,
  notificationSettingsSchema,
} from '@lx/shared/awaited-results';
import { getNotificationSettings, setNotificationPreferences } from './notification-preferences.ts';
import { replaceAvatar } from './replace-avatar.ts';
import { updateAccountSettings } from './update-account-settings.ts';

export async function accountRoutes(app: App) {
  const tags = ['account'];

  app.put(
    '/api/account/settings',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: '修改账户信息',
        body: accountSettingsSchema,
        response: { 200: currentAccountSchema },
      },
    },
    async (request) => {
      const { accountId } = request.requireAuth();
      await updateAccountSettings({
        prisma: app.prisma,
        accountId,
        input: request.body,
        actor: request.actor(),
      });
      return getCurrentAccount(app.prisma, accountId);
    },
  );

  app.get(
    '/api/account/notification-preferences',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary: '消息提醒：哪些结果通过短信、邮件通知我',
        response: { 200: notificationSettingsSchema },
      },
    },
    async (request) => getNotificationSettings(app.prisma, request.requireAuth().accountId),
  );

  app.put(
    '/api/account/notification-preferences',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary: '修改消息提醒（站内通知始终开启）',
        body: notificationPreferencesSchema,
        response: { 200: notificationSettingsSchema },
      },
    },
    async (request) =>
      setNotificationPreferences(
        app.prisma,
        request.requireAuth().accountId,
        request.body,
        request.actor(),
      ),
  );

  app.put(
    '/api/account/avatar',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: '上传头像（multipart，字段 file：JPEG 或 PNG，不超过 2 MB）',
        response: { 200: currentAccountSchema },
      },
    },
    async (request) => {
      const { accountId } = request.requireAuth();
      const upload = await readSingleUpload(request, {
        field: 'file',
        maxBytes: AVATAR_MAX_BYTES,
        types: ['image/jpeg', 'image/png'],
        label: '头像图片',
      });
      await replaceAvatar({
        prisma: app.prisma,
        storage: app.storage,
        accountId,
        file: upload,
        actor: request.actor(),
      });
      return getCurrentAccount(app.prisma, accountId);
    },
  );

  app.get(
    '/api/account/avatar',
    { config: { access: 'authenticated' }, schema: { tags, summary: '当前账号的头像图片' } },
    async (request, reply) => {
      const { accountId } = request.requireAuth();
      const account = await app.prisma.account.findUnique({
        where: { id: accountId },
        select: { avatarKey: true },
      });
      const bytes = account?.avatarKey ? await app.storage.get(account.avatarKey) : null;
      if (!account?.avatarKey || !bytes) throw notFound('头像');
      // Stored as uploaded (checked, not re-encoded): a download, never a page of ours.
      return reply
        .header('content-type', account.avatarKey.endsWith('.png') ? 'image/png' : 'image/jpeg')
        .header('content-disposition', 'attachment; filename="avatar"')
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-cache')
        .send(bytes);
    },
  );
}
