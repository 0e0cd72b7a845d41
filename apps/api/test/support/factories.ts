import { computeIdCheckChar } from '@lx/shared/id-number';
import { initialPassword } from '@lx/shared/initial-password';
import type { OrganisationKind, PracticeCategory } from '@lx/shared/labels';
import type { StaffRoleCode } from '@lx/shared/permissions';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { hashPassword } from '../../src/lib/passwords.ts';

let counter = 0;
const next = () => ++counter + Math.floor(Math.random() * 1000) * 1000;

export function uniqueIdNumber(): string {
  const n = next();
  const first17 = `110105198${n % 10}0${(n % 9) + 1}1${n % 10}${String(n % 1000).padStart(3, '0')}`;
  return first17 + computeIdCheckChar(first17);
}

export async function makeOrganisation(
  prisma: PrismaClient,
  options: { kind?: OrganisationKind; password?: string; mustChangePassword?: boolean } = {},
) {
  const kind = options.kind ?? 'LAW_FIRM';
  const n = next();
  const licenceNo = kind === 'LAW_FIRM' ? `2${String(n).padStart(16, '0')}` : null;
  const memberNo = `JGT${n}`;
  const password =
    options.password ??
    initialPassword({ kind: 'ORGANISATION', organisationKind: kind, licenceNo });
  const account = await prisma.account.create({
    data: {
      kind: 'ORGANISATION',
      displayName: `测试律师事务所${n}`,
      passwordHash: await hashPassword(password),
      mustChangePassword: options.mustChangePassword ?? true,
    },
  });
  const organisation = await prisma.organisation.create({
    data: { kind, name: `测试律师事务所${n}`, licenceNo, memberNo, accountId: account.id },
  });
  return { account, organisation, login: licenceNo ?? memberNo, memberNo, password };
}

export async function makeLawyer(
  prisma: PrismaClient,
  options: {
    organisationId?: string;
    practiceCategory?: PracticeCategory;
    password?: string;
    mustChangePassword?: boolean;
    mobile?: string | null;
  } = {},
) {
  const organisationId = options.organisationId ?? (await makeOrganisation(prisma)).organisation.id;
  const n = next();
  const idNo = uniqueIdNumber();
  const licenceNo = `1${String(n).padStart(16, '0')}`;
  const memberNo = `LST${n}`;
  const password = options.password ?? initialPassword({ kind: 'LAWYER', idNo });
  const account = await prisma.account.create({
    data: {
      kind: 'LAWYER',
      displayName: `律师${n}`,
      passwordHash: await hashPassword(password),
      mustChangePassword: options.mustChangePassword ?? true,
      mobile:
        options.mobile === undefined
          ? `139${String(n).padStart(8, '0').slice(-8)}`
          : options.mobile,
    },
  });
  const lawyer = await prisma.lawyer.create({
    data: {
      name: `律师${n}`,
      gender: 'MALE',
      idNo,
      licenceNo,
      memberNo,
      practiceCategory: options.practiceCategory ?? 'FULL_TIME',
      authority: '测试市司法局',
      organisationId,
      accountId: account.id,
    },
  });
  return { account, lawyer, login: licenceNo, memberNo, idNo, password };
}

export async function makeStaff(
  prisma: PrismaClient,
  roles: StaffRoleCode[],
  options: { password?: string; mustChangePassword?: boolean } = {},
) {
  const n = next();
  const username = `staff${n}`;
  const password = options.password ?? 'Staff@Pass1';
  const account = await prisma.account.create({
    data: {
      kind: 'STAFF',
      username,
      displayName: `工作人员${n}`,
      passwordHash: await hashPassword(password),
      mustChangePassword: options.mustChangePassword ?? false,
      roles: { create: roles.map((roleCode) => ({ roleCode })) },
    },
  });
  return { account, login: username, password };
}
