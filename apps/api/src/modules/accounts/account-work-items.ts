import { sqlFragment } from '../../db/direct-sql.ts';
import { workItemSource } from '../home/work-items.ts';

/** Members without a mobile number or email cannot recover their password or be notified. */
export const accountContactWorkItems = workItemSource<{
  mobile: string | null;
  email: string | null;
} | null>({
  read: ({ auth }) =>
    auth.kind === 'STAFF'
      ? null
      : sqlFragment`SELECT row_to_json(x) FROM (
          SELECT mobile, email FROM "Account" WHERE id = ${auth.accountId}::uuid) x`,
  items: (account) => {
    if (!account) throw new Error('the signed-in account is missing');
    if (account.mobile && account.email) return [];
    return [
      {
        key: 'account-contact',
        title: '完善联系方式',
        description: '登记手机号码和电子邮箱后，才能通过短信验证码找回密码、接收通知。',
        link: '/account',
        level: 'todo',
      },
    ];
  },
});
