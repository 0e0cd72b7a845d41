import type { Permission } from '@lx/shared/permissions';

/**
 * Every route declares who may call it, next to its schema (`config.access`).
 * - public: anyone; authenticated: any signed-in account; member: a lawyer or an organisation;
 * - lawyer / organisation / staff: that kind of account; { permission }: staff holding it.
 */
export type Access =
  | 'public'
  | 'authenticated'
  | 'member'
  | 'lawyer'
  | 'organisation'
  | 'staff'
  | { permission: Permission };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Reachable while the account must still change its initial password. */
    allowDuringPasswordChange?: boolean;
  }
}

export function describeAccess(access: Access): string {
  return typeof access === 'string' ? access : `permission:${access.permission}`;
}
