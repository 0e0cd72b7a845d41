import {
  PERMISSIONS,
  STAFF_ROLES,
  type Permission,
  type StaffRoleCode,
} from '@lx/shared/permissions';

// Object.prototype.hasOwnProperty, not Object.hasOwn: Chrome 86 (issue 19) lacks it.
const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

function isRoleCode(code: string): code is StaffRoleCode {
  return own(STAFF_ROLES, code);
}

function isPermission(code: string): code is Permission {
  return own(PERMISSIONS, code);
}

/** The Chinese name of a staff role, or its code when the console does not know it. */
export function roleName(code: string): string {
  return isRoleCode(code) ? STAFF_ROLES[code].name : code;
}

/** The Chinese name of a permission, or its code when the console does not know it. */
export function permissionName(code: string): string {
  return isPermission(code) ? PERMISSIONS[code] : code;
}
