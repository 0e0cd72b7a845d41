import {
  PERMISSIONS,
  STAFF_ROLES,
  type Permission,
  type StaffRoleCode,
} from '@lx/shared/permissions';

function isRoleCode(code: string): code is StaffRoleCode {
  return Object.hasOwn(STAFF_ROLES, code);
}

function isPermission(code: string): code is Permission {
  return Object.hasOwn(PERMISSIONS, code);
}

/** The Chinese name of a staff role, or its code when the console does not know it. */
export function roleName(code: string): string {
  return isRoleCode(code) ? STAFF_ROLES[code].name : code;
}

/** The Chinese name of a permission, or its code when the console does not know it. */
export function permissionName(code: string): string {
  return isPermission(code) ? PERMISSIONS[code] : code;
}
