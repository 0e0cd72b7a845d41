import type { CurrentAccount } from '@lx/shared/account-schemas';
import type { Permission } from '@lx/shared/permissions';
import { useCurrentAccount } from '@lx/ui/current-account';

export function hasPermission(
  account: CurrentAccount,
  permission: Permission | undefined,
): boolean {
  return permission === undefined || account.permissions.includes(permission);
}

/** Whether the logged-in staff member holds a permission (to show or hide an action). */
export function useHasPermission(permission: Permission): boolean {
  return hasPermission(useCurrentAccount(), permission);
}
