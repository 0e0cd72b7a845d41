/** Who is acting, for services and the audit log. */
export type Actor = {
  accountId: string | null;
  name: string;
  requestId?: string | undefined;
  ip?: string | undefined;
};

export const systemActor: Actor = { accountId: null, name: '系统' };
