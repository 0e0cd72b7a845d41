import { initialPassword } from '@lx/shared/initial-password';
import { STAFF_ROLES, STAFF_ROLE_CODES } from '@lx/shared/permissions';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { hashPassword } from '../lib/passwords.ts';
import {
  DEMO_ANNOUNCEMENTS,
  DEMO_ASSOCIATION,
  DEMO_LAWYERS,
  DEMO_ORGANISATIONS,
  DEMO_STAFF,
} from './demo-data.ts';

/** Staff roles are reference data: kept in step with packages/shared on every start. */
export async function syncStaffRoles(prisma: PrismaClient): Promise<void> {
  for (const code of STAFF_ROLE_CODES) {
    const role = STAFF_ROLES[code];
    const data = {
      name: role.name,
      description: role.description,
      permissions: [...role.permissions],
    };
    await prisma.staffRole.upsert({ where: { code }, create: { code, ...data }, update: data });
  }
}

/** Demo data for an empty database; does nothing when the association already exists. */
export async function seedDemoData(prisma: PrismaClient): Promise<{ seeded: boolean }> {
  await syncStaffRoles(prisma);
  if ((await prisma.association.count()) > 0) return { seeded: false };

  const orgHashes = await Promise.all(
    DEMO_ORGANISATIONS.map((o) =>
      hashPassword(
        initialPassword({ kind: 'ORGANISATION', organisationKind: o.kind, licenceNo: o.licenceNo }),
      ),
    ),
  );
  const lawyerHashes = await Promise.all(
    DEMO_LAWYERS.map((l) => hashPassword(initialPassword({ kind: 'LAWYER', idNo: l.idNo }))),
  );
  const staffHashes = await Promise.all(DEMO_STAFF.map((s) => hashPassword(s.password)));

  await prisma.$transaction(
    async (tx) => {
      await tx.association.create({ data: DEMO_ASSOCIATION });
      const orgIds = new Map<string, string>();
      for (const [i, o] of DEMO_ORGANISATIONS.entries()) {
        const account = await tx.account.create({
          data: {
            kind: 'ORGANISATION',
            displayName: o.name,
            passwordHash: orgHashes[i]!,
            mobile: null,
          },
        });
        const org = await tx.organisation.create({
          data: {
            kind: o.kind,
            name: o.name,
            licenceNo: o.licenceNo,
            memberNo: o.memberNo,
            address: o.address,
            phone: o.phone,
            accountId: account.id,
          },
        });
        orgIds.set(o.key, org.id);
      }
      for (const [i, l] of DEMO_LAWYERS.entries()) {
        const account = await tx.account.create({
          data: {
            kind: 'LAWYER',
            displayName: l.name,
            passwordHash: lawyerHashes[i]!,
            mobile: l.mobile,
            email: l.email,
          },
        });
        await tx.lawyer.create({
          data: {
            name: l.name,
            gender: l.gender,
            idNo: l.idNo,
            licenceNo: l.licenceNo,
            memberNo: l.memberNo,
            practiceCategory: l.practiceCategory,
            authority: '东江市司法局',
            organisationId: orgIds.get(l.organisationKey)!,
            organisationRole: l.organisationRole,
            accountId: account.id,
            profile: { create: {} },
          },
        });
      }
      let adminId = '';
      for (const [i, s] of DEMO_STAFF.entries()) {
        const account = await tx.account.create({
          data: {
            kind: 'STAFF',
            username: s.username,
            displayName: s.displayName,
            passwordHash: staffHashes[i]!,
            roles: { create: s.roles.map((roleCode) => ({ roleCode })) },
          },
        });
        if (s.roles.includes('ADMINISTRATOR')) adminId = account.id;
      }
      for (const [i, a] of DEMO_ANNOUNCEMENTS.entries()) {
        await tx.announcement.create({
          data: {
            ...a,
            state: 'PUBLISHED',
            publishedAt: new Date(Date.now() - (i + 1) * 86_400_000),
            authorId: adminId,
          },
        });
      }
      await tx.announcement.create({
        data: {
          title: '2027 年会员会费缴纳通知（草稿）',
          body: '草稿：会费标准待理事会审议后发布。',
          authorId: adminId,
        },
      });
    },
    { timeout: 60_000 },
  );
  return { seeded: true };
}
