import { Jimp } from 'jimp';
import { birthDateFromIdNumber } from '@lx/shared/id-number';
import { SECTION_DEFS, LIST_SECTIONS } from '@lx/shared/profile-sections';
import { multipart } from './multipart.ts';
import type { TestClient } from './test-app.ts';

// Valid data for every step of the basic-information wizard, for tests to start from.
export const personal = (idNumber: string) => ({
  idType: '身份证',
  idNumber,
  formerName: '',
  // 出生日期 must agree with the ID number.
  birthDate: birthDateFromIdNumber(idNumber),
  residency: '大陆居民',
  maritalStatus: '已婚',
  firstWorkDate: '2008-07-01',
  joinedOrganisationDate: '2015-03-01',
  ethnicity: '汉族',
  nativePlace: '广东省东江市',
  hukouPlace: '广东省东江市',
  hukouAddress: '东江市南城区鸿福路 1 号',
  politicalAffiliations: ['中共党员'],
  partyOrganisation: '东江市律师行业党委第一支部',
  fileLocation: '东江市人才中心',
  fileAuthority: '东江市人力资源局',
  fileNumber: 'DA-2008-001',
  socialInsuranceNo: '441900198503120011',
});

export const practice = {
  firstPracticeDate: '2010-05-20',
  firstPracticePlace: '广东省东江市',
  qualificationType: '法律职业资格证书',
  qualificationMethod: '国家司法考试',
  qualificationNo: 'A20084419001234',
  qualificationDate: '2009-02-10',
  professionalTitle: '三级律师',
  titleDate: '2018-06-01',
  issuingAuthority: '中华人民共和国司法部',
  workingLanguages: ['普通话', '粤语'],
  practiceAreas: ['民商事诉讼', '劳动争议'],
};

export const contact = {
  mobile: '13800138000',
  address: '东江市南城区元美路 8 号',
  postcode: '523000',
  phone: '0769-22123456',
  email: 'lawyer@example.cn',
  fax: '',
  wechat: 'lawyer_wx',
  qq: '123456789',
  emergencyContact: '李四',
  emergencyPhone: '13900139000',
  website: 'https://lawyer.example.cn',
};

export const education = {
  country: '国内',
  region: '广东省',
  startDate: '2003-09-01',
  endDate: '2007-07-01',
  school: '中山大学',
  major: '法学',
  level: '大学本科',
  degree: '学士',
  fullTime: true,
};

export const work = {
  employer: '东江市正衡律师事务所',
  position: '律师',
  category: '律师',
  startDate: '2010-05-20',
  country: '国内',
};

export const award = {
  level: '市级',
  content: '东江市优秀律师',
  date: '2020-12-01',
  issuer: '东江市司法局',
};

/** A browser-made ID photo: 358 × 441 JPEG. */
export async function idPhoto(width = 358, height = 441): Promise<Buffer> {
  const image = new Jimp({ width, height, color: 0x4a90d9ff });
  return image.getBuffer('image/jpeg', { quality: 85 });
}

export async function uploadPhoto(client: TestClient, bytes: Buffer, name = 'photo.jpg') {
  const body = multipart('file', name, bytes, 'image/jpeg');
  return client.request('PUT', '/api/profile/photo', {
    payload: body.payload,
    headers: body.headers,
  });
}

/** Fills every section through the API: basic information confirmed, lists filled or marked none. */
export async function completeProfile(client: TestClient, idNumber: string) {
  const steps = [
    await uploadPhoto(client, await idPhoto()),
    await client.put('/api/profile/basic/personal', personal(idNumber)),
    await client.put('/api/profile/basic/practice', practice),
    await client.put('/api/profile/basic/contact', contact),
    await client.post('/api/profile/basic/confirm', { verified: true }),
    await client.post('/api/profile/sections/education/entries', education),
    await client.post('/api/profile/sections/work/entries', work),
  ];
  for (const key of LIST_SECTIONS) {
    const def = SECTION_DEFS[key];
    if (def.allowNone) {
      steps.push(await client.put(`/api/profile/sections/${def.slug}/none`, { none: true }));
    }
  }
  const failed = steps.find((res) => res.statusCode !== 200);
  if (failed) throw new Error(`completing the profile failed: ${failed.body}`);
  return (await client.get('/api/profile')).json() as { version: number; complete: boolean };
}
