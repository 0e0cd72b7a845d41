import type { WorkItemSource } from '../home/work-items.ts';

/** Members without a mobile number or email cannot recover their password or be notified. */
export const accountContactWorkItems: WorkItemSource = async ({ prisma, auth }) => {
  if (auth.kind === 'STAFF') return [];
  const account = await prisma.account.findUniqueOrThrow({
    where: { id: auth.accountId },
    select: { mobile: true, email: true },
  });
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
};
