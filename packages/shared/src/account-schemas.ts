import { z } from 'zod';
import {
  ACCOUNT_KINDS,
  ORGANISATION_KINDS,
  ORGANISATION_ROLES,
  PRACTICE_CATEGORIES,
} from './labels.ts';
import { emailField, mobileField, optional, optionalText, postcodeField } from './formats.ts';
import { PERMISSIONS, STAFF_ROLE_CODES } from './permissions.ts';

export const accountSettingsSchema = z.object({
  email: optional(emailField),
  postcode: optional(postcodeField),
  mobile: optional(mobileField),
  bio: optionalText('个人简介', 500),
});
export type AccountSettingsInput = z.infer<typeof accountSettingsSchema>;

const permissionEnum = z.enum(
  Object.keys(PERMISSIONS) as [keyof typeof PERMISSIONS, ...(keyof typeof PERMISSIONS)[]],
);

export const currentAccountSchema = z.object({
  id: z.string(),
  kind: z.enum(ACCOUNT_KINDS),
  displayName: z.string(),
  login: z.string(),
  mustChangePassword: z.boolean(),
  email: z.string().nullable(),
  postcode: z.string().nullable(),
  mobile: z.string().nullable(),
  bio: z.string().nullable(),
  hasAvatar: z.boolean(),
  roles: z.array(z.enum(STAFF_ROLE_CODES as [string, ...string[]])),
  permissions: z.array(permissionEnum),
  lawyer: z
    .object({
      id: z.string(),
      licenceNo: z.string().nullable(),
      memberNo: z.string(),
      practiceCategory: z.enum(PRACTICE_CATEGORIES),
      organisationRole: z.enum(ORGANISATION_ROLES),
      organisationName: z.string(),
    })
    .nullable(),
  organisation: z
    .object({
      id: z.string(),
      kind: z.enum(ORGANISATION_KINDS),
      licenceNo: z.string().nullable(),
      memberNo: z.string(),
    })
    .nullable(),
});
export type CurrentAccount = z.infer<typeof currentAccountSchema>;
