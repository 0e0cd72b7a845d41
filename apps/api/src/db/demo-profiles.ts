import { Jimp } from 'jimp';
import { LIST_SECTIONS, SECTION_DEFS } from '@lx/shared/profile-sections';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { systemActor } from '../lib/actor.ts';
import type { ImagePool } from '../lib/image-pool.ts';
import type { Storage } from '../lib/storage.ts';
import { confirmBasicInfo, saveBasicStep } from '../modules/profile/basic-info.ts';
import { replaceProfilePhoto } from '../modules/profile/profile-photo.ts';
import { ensureProfile } from '../modules/profile/profile-records.ts';
import { transitionProfile } from '../modules/profile/profile-review.ts';
import { createEntry, markSectionNone } from '../modules/profile/section-entries.ts';
import { DEMO_LAWYERS } from './demo-data.ts';

// Two demo lawyers whose profiles are complete and waiting for review, so the profile reviewer's
// queue has something in it. They are filled through the same services a lawyer's clicks call.
const SUBMITTED_DEMO_LAWYERS = [20, 21];

/** A plain head-and-shoulders silhouette, 358 × 441, standing in for a portrait. */
async function demoPortrait(): Promise<Buffer> {
  const image = new Jimp({ width: 358, height: 441, color: 0xdfe8f2ff });
  image.scan((x, y, idx) => {
    const head = (x - 179) ** 2 / 70 ** 2 + (y - 170) ** 2 / 90 ** 2 <= 1;
    const body = y > 270 && (x - 179) ** 2 / 160 ** 2 + (y - 441) ** 2 / 180 ** 2 <= 1;
    const color = head ? [0xe8, 0xc4, 0xa0] : body ? [0x2b, 0x3a, 0x55] : null;
    if (color) image.bitmap.data.set(color, idx);
  });
  return image.getBuffer('image/jpeg', { quality: 88 });
}

export async function seedDemoProfiles(options: {
  prisma: PrismaClient;
  storage: Storage;
  images: ImagePool;
}) {
  const { prisma, storage, images } = options;
  const photo = await demoPortrait();
  for (const index of SUBMITTED_DEMO_LAWYERS) {
    const demo = DEMO_LAWYERS[index]!;
    const lawyer = await prisma.lawyer.findUniqueOrThrow({ where: { idNo: demo.idNo } });
    const { id: profileId } = await ensureProfile(prisma, lawyer.id);
    const actor = { ...systemActor, name: demo.name };
    const step = (input: Parameters<typeof saveBasicStep>[0]['input']) =>
      saveBasicStep({ prisma, profileId, input, actor });
    await replaceProfilePhoto({ prisma, storage, images, profileId, bytes: photo, actor });
    const birth = `${demo.idNo.slice(6, 10)}-${demo.idNo.slice(10, 12)}-${demo.idNo.slice(12, 14)}`;
    await step({
      step: 'personal',
      data: {
        idType: '身份证',
        idNumber: demo.idNo,
        birthDate: birth,
        residency: '大陆居民',
        maritalStatus: '已婚',
        firstWorkDate: `${Number(birth.slice(0, 4)) + 23}-07-01`,
        ethnicity: '汉族',
        nativePlace: '广东省东江市',
        politicalAffiliations: ['群众'],
        socialInsuranceNo: `4419${demo.idNo.slice(6, 14)}01`,
      },
    });
    await step({
      step: 'practice',
      data: {
        firstPracticeDate: `${Number(birth.slice(0, 4)) + 26}-03-01`,
        firstPracticePlace: '广东省东江市',
        qualificationType: '法律职业资格证书',
        qualificationMethod: '国家统一法律职业资格考试',
        qualificationNo: `A${demo.idNo.slice(0, 14)}`,
        qualificationDate: `${Number(birth.slice(0, 4)) + 25}-02-15`,
        issuingAuthority: '中华人民共和国司法部',
        workingLanguages: ['普通话', '粤语'],
        practiceAreas: ['民商事诉讼', '劳动争议'],
      },
    });
    await step({
      step: 'contact',
      data: {
        mobile: demo.mobile,
        email: demo.email,
        postcode: '523000',
        address: '东江市南城区鸿福路 88 号',
        emergencyContact: '家属',
        emergencyPhone: '13900000000',
      },
    });
    await confirmBasicInfo({ prisma, profileId, actor });
    const entry = (section: 'EDUCATION' | 'WORK', data: Record<string, string | boolean>) =>
      createEntry({ prisma, profileId, section, data, actor });
    await entry('EDUCATION', {
      country: '国内',
      school: '华南理工大学',
      major: '法学',
      level: '大学本科',
      degree: '学士',
      fullTime: true,
    });
    await entry('WORK', { employer: '东江市司法局公职律师办公室', position: '公职律师' });
    for (const section of LIST_SECTIONS) {
      if (SECTION_DEFS[section].allowNone) {
        await markSectionNone({ prisma, profileId, section, none: true, actor });
      }
    }
    const { version } = await prisma.lawyerProfile.findUniqueOrThrow({ where: { id: profileId } });
    await transitionProfile({ prisma, profileId, action: 'submit', version, actor });
  }
}
