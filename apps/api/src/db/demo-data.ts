import { computeIdCheckChar } from '@lx/shared/id-number';
import type {
  Gender,
  OrganisationKind,
  OrganisationRole,
  PracticeCategory,
} from '@lx/shared/labels';
import type { StaffRoleCode } from '@lx/shared/permissions';

// The demo association: realistic, fictional, and stable (the README lists these accounts).

export const DEMO_ASSOCIATION = {
  name: '东江市律师协会',
  shortName: '东江律协',
  address: '东江市南城区鸿福路 88 号法律服务中心 6 楼',
  supportPhone: '0769-22110000',
  supportEmail: 'support@djlawyers.org.cn',
};

export type DemoOrganisation = {
  key: string;
  kind: OrganisationKind;
  name: string;
  licenceNo: string | null;
  memberNo: string;
  address: string;
  phone: string;
};

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    key: 'huayue',
    kind: 'LAW_FIRM',
    name: '广东华粤律师事务所',
    licenceNo: '24419200110512345',
    memberNo: 'JG0001',
    address: '东江市南城区元美路 22 号',
    phone: '0769-22330001',
  },
  {
    key: 'mingde',
    kind: 'LAW_FIRM',
    name: '东江明德律师事务所',
    licenceNo: '24419200510623456',
    memberNo: 'JG0002',
    address: '东江市东城区东纵路 168 号',
    phone: '0769-22330002',
  },
  {
    key: 'zhengheng',
    kind: 'LAW_FIRM',
    name: '东江正衡律师事务所',
    licenceNo: '24419201210734567',
    memberNo: 'JG0003',
    address: '东江市莞城区可园南路 9 号',
    phone: '0769-22330003',
  },
  {
    key: 'power',
    kind: 'COMPANY_OFFICE',
    name: '东江电力集团有限公司公司律师办公室',
    licenceNo: null,
    memberNo: 'JG0004',
    address: '东江市松山湖大道 1 号',
    phone: '0769-22330004',
  },
  {
    key: 'justice',
    kind: 'PUBLIC_OFFICE',
    name: '东江市司法局公职律师办公室',
    licenceNo: null,
    memberNo: 'JG0005',
    address: '东江市南城区新城路 3 号',
    phone: '0769-22330005',
  },
];

type LawyerSeed = [
  name: string,
  gender: Gender,
  birth: string,
  category: PracticeCategory,
  org: string,
  role: OrganisationRole,
  since: number,
];

const LAWYER_SEEDS: LawyerSeed[] = [
  ['陈建国', 'MALE', '19680315', 'FULL_TIME', 'huayue', 'HEAD', 1995],
  ['李秀英', 'FEMALE', '19750822', 'FULL_TIME', 'huayue', 'PARTNER', 2001],
  ['王志强', 'MALE', '19790106', 'FULL_TIME', 'huayue', 'PARTNER', 2004],
  ['张丽华', 'FEMALE', '19880419', 'FULL_TIME', 'huayue', 'LAWYER', 2013],
  ['刘洋', 'MALE', '19821130', 'PART_TIME', 'huayue', 'LAWYER', 2010],
  ['黄晓敏', 'FEMALE', '19990527', 'TRAINEE', 'huayue', 'LAWYER', 2025],
  ['周海涛', 'MALE', '19700918', 'FULL_TIME', 'mingde', 'HEAD', 1997],
  ['吴婷婷', 'FEMALE', '19830212', 'FULL_TIME', 'mingde', 'PARTNER', 2008],
  ['徐文博', 'MALE', '19910703', 'FULL_TIME', 'mingde', 'LAWYER', 2016],
  ['孙静', 'FEMALE', '19861024', 'LEGAL_AID', 'mingde', 'LAWYER', 2012],
  ['马俊杰', 'MALE', '20000814', 'TRAINEE', 'mingde', 'LAWYER', 2025],
  ['朱丽娟', 'FEMALE', '19720601', 'FULL_TIME', 'zhengheng', 'HEAD', 1998],
  ['胡振华', 'MALE', '19780227', 'FULL_TIME', 'zhengheng', 'PARTNER', 2003],
  ['郭晓东', 'MALE', '19930909', 'FULL_TIME', 'zhengheng', 'LAWYER', 2018],
  ['何雪梅', 'FEMALE', '19801216', 'PART_TIME', 'zhengheng', 'LAWYER', 2009],
  ['林志明', 'MALE', '19760430', 'COMPANY', 'power', 'HEAD', 2006],
  ['罗欣怡', 'FEMALE', '19890118', 'COMPANY', 'power', 'LAWYER', 2015],
  ['梁国栋', 'MALE', '19850705', 'COMPANY', 'power', 'LAWYER', 2012],
  ['宋晓峰', 'MALE', '19740311', 'PUBLIC', 'justice', 'HEAD', 2005],
  ['郑雅琴', 'FEMALE', '19870920', 'PUBLIC', 'justice', 'LAWYER', 2014],
  ['谢宏伟', 'MALE', '19810612', 'LEGAL_AID', 'justice', 'LAWYER', 2011],
  ['韩冰', 'FEMALE', '19921028', 'PUBLIC', 'justice', 'LAWYER', 2019],
  ['曾晓雯', 'FEMALE', '19940308', 'FULL_TIME', 'mingde', 'LAWYER', 2019],
  ['彭家豪', 'MALE', '19890611', 'FULL_TIME', 'mingde', 'LAWYER', 2014],
  ['江雨桐', 'FEMALE', '19900417', 'FULL_TIME', 'huayue', 'LAWYER', 2017],
  ['邓立新', 'MALE', '19840929', 'FULL_TIME', 'zhengheng', 'LAWYER', 2012],
];

export type DemoLawyer = {
  name: string;
  gender: Gender;
  idNo: string;
  licenceNo: string | null;
  memberNo: string;
  practiceCategory: PracticeCategory;
  organisationKey: string;
  organisationRole: OrganisationRole;
  mobile: string;
  email: string;
};

/** A GB 11643 number: region 441900, birth date, a sequence whose parity gives the gender, check char. */
export function demoIdNumber(birth: string, gender: Gender, index: number): string {
  const seq = 100 + index * 2 + (gender === 'MALE' ? 1 : 0);
  const first17 = `441900${birth}${String(seq).padStart(3, '0')}`;
  return first17 + computeIdCheckChar(first17);
}

export const DEMO_LAWYERS: DemoLawyer[] = LAWYER_SEEDS.map(
  ([name, gender, birth, category, org, role, since], i) => ({
    name,
    gender,
    idNo: demoIdNumber(birth, gender, i),
    // 17 digits: type 1, region 441920, first-licence year, gender digit, sequence.
    licenceNo:
      category === 'TRAINEE'
        ? null
        : `1441920${since}${gender === 'MALE' ? 1 : 0}${String(10001 + i)}`,
    memberNo: `LS${String(20000 + i + 1).padStart(6, '0')}`,
    practiceCategory: category,
    organisationKey: org,
    organisationRole: role,
    mobile: `1380769${String(1000 + i).padStart(4, '0')}`,
    email: `lawyer${i + 1}@example.cn`,
  }),
);

export type DemoStaff = {
  username: string;
  displayName: string;
  roles: StaffRoleCode[];
  password: string;
};

export const DEMO_STAFF: DemoStaff[] = [
  {
    username: 'admin',
    displayName: '系统管理员',
    roles: ['ADMINISTRATOR'],
    password: 'Admin@2026',
  },
  {
    username: 'profile.reviewer',
    displayName: '赵敏（档案审核）',
    roles: ['PROFILE_REVIEWER'],
    password: 'Staff@2026',
  },
  {
    username: 'card.officer',
    displayName: '钱坤（会员卡）',
    roles: ['CARD_OFFICER'],
    password: 'Staff@2026',
  },
  {
    username: 'cert.reviewer',
    displayName: '孙悦（电子证明）',
    roles: ['CERTIFICATE_REVIEWER'],
    password: 'Staff@2026',
  },
  {
    username: 'events.officer',
    displayName: '李航（活动培训）',
    roles: ['EVENTS_OFFICER'],
    password: 'Staff@2026',
  },
  {
    username: 'docs.clerk',
    displayName: '周琳（公文）',
    roles: ['DOCUMENTS_CLERK'],
    password: 'Staff@2026',
  },
  {
    username: 'support.agent',
    displayName: '吴迪（技术支持）',
    roles: ['SUPPORT_AGENT'],
    password: 'Staff@2026',
  },
  {
    username: 'member.admin',
    displayName: '郑欣（会员管理）',
    roles: ['MEMBER_ADMIN'],
    password: 'Staff@2026',
  },
];

export const DEMO_ANNOUNCEMENTS = [
  {
    title: '关于开展 2026 年度律师执业信息采集工作的通知',
    body: '各律师事务所、公司律师办公室、公职律师办公室及全体律师：\n\n为做好 2026 年度律师执业信息采集工作，请各位律师于 12 月 31 日前登录本平台，完成“信息补全”并提交审核。\n\n信息有误的，请通过“工单系统”提交执业证扫描件，协会将及时核实处理。\n\n东江市律师协会\n2026 年 11 月 1 日',
    pinned: true,
  },
  {
    title: '律协会员服务平台正式上线',
    body: '律协会员服务平台已正式上线，会员可在线办理信息补全、会员卡申请、电子证明、活动报名等业务。\n\n首次登录请使用执业证号（或会员编号）和初始密码，并按提示修改密码。',
    pinned: false,
  },
];
