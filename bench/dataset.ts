// The scale dataset (issue 17): N lawyers (default 30,000) with N/20 organisations, N/6 profile
// submissions, N/6 card applications, N/10 certificate applications, N/3 tickets (1–4 messages
// each) and 20 messages per lawyer, loaded into the PostgreSQL database at BENCH_DATABASE_URL by
// set-based statements (INSERT … SELECT FROM generate_series), in one transaction. The database is
// first migrated and demo-seeded by starting the built server once
// (`pnpm turbo run build --filter=@lx/api`).
//
// Refuses to load twice: when the generated lawyers are already there it says how many and changes
// nothing (so the benchmarks can call it to "generate if absent").
//
// Organisation 1 (the first generated one) has min(600, N/5) lawyers, organisation 2 about 20: the
// two rosters the scale benchmark reads. Accounts keep the initial-password rule
// (INITIAL_RULE_HASH, must change at first sign-in): a generated lawyer signs in with their 执业证号
// (344192…, or 会员编号 LS1…) and the last 6 characters of the ID number.
//
// Run: BENCH_DATABASE_URL=postgresql://… pnpm --filter @lx/bench bench:dataset -- --lawyers 30000 [--check]
//   (or from the root: npm run bench:dataset -- --lawyers 30000)
// --check: afterwards, start the built server and read what the app shows of the dataset (the four
// staff queues and a detail of each, a generated lawyer signing in with the initial password and
// reading the home page, a firm's roster); fails on any answer but 200.
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { DEMO_STAFF } from '@lx/api/db/demo-data';
import { INITIAL_RULE_HASH } from '@lx/api/lib/passwords';
import { TICKET_CATEGORIES } from '@lx/shared/ticket-schemas';
import { signInDemo, startBuiltServer } from './built-server.ts';

/** 会员编号 of the first generated lawyer: its presence means the dataset is loaded. */
export const FIRST_MEMBER_NO = 'LS100001';
/** 执业证号 of generated lawyer i and organisation j (17 digits; no demo number starts so). */
export const lawyerLicenceNo = (i: number) => `344192${String(i).padStart(11, '0')}`;
export const organisationLicenceNo = (j: number) => `344191${String(j).padStart(11, '0')}`;

export type DatasetSummary = {
  loaded: boolean;
  seconds: number;
  counts: Record<string, number>;
  bigFirm: { id: string; name: string; lawyers: number; accountId: string };
  smallFirm: { id: string; name: string; lawyers: number; accountId: string };
};

/** Messages per generated lawyer (a fortnightly group notice for most of a year). */
const NOTICES_PER_LAWYER = 20;

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀兰',
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '志强',
  '晓东',
  '雪梅',
  '文博',
  '雅琴',
  '国栋',
  '欣怡',
  '振华',
  '丽娟',
  '海涛',
  '婷婷',
  '俊杰',
  '晓敏',
  '家豪',
  '雨桐',
  '宏伟',
  '晓峰',
  '志明',
  '晓雯',
  '子轩',
  '思远',
  '嘉怡',
  '浩然',
  '梓涵',
  '一鸣',
  '若曦',
  '天佑',
  '佳琪',
  '博文',
  '诗涵',
  '明轩',
];
const PLACES = [
  '东江',
  '南城',
  '莞城',
  '松山',
  '虎门',
  '长安',
  '厚街',
  '塘厦',
  '常平',
  '樟木',
  '清溪',
  '凤岗',
  '大朗',
  '寮步',
  '石龙',
  '茶山',
  '东城',
  '万江',
  '道滘',
  '麻涌',
];
const WORDS = [
  '明德',
  '正衡',
  '华粤',
  '信达',
  '天平',
  '中正',
  '公信',
  '法润',
  '德恒',
  '瀚海',
  '君合',
  '立本',
  '和信',
  '卓越',
  '金桥',
  '鼎力',
  '诚誉',
  '弘道',
  '启明',
  '宏图',
];
const TITLES = [
  '执业信息有误需要更正',
  '申请办理转所手续',
  '姓名用字错误',
  '会员卡遗失咨询',
  '电子证明无法下载',
  '活动报名后无法取消',
  '其他问题咨询',
];

const sqlText = (values: readonly string[]) =>
  `(ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]::text[])`;

/** Loads the dataset unless it is there already; the database must be migrated and seeded. */
async function load(client: pg.Client, n: number): Promise<Record<string, number>> {
  const m = Math.max(2, Math.floor(n / 20));
  const big = Math.min(600, Math.floor(n / 5));
  const tickets = Math.floor(n / 3);
  const certificates = Math.floor(n / 10);
  const counts: Record<string, number> = {};
  const run = async (label: string, sql: string, params: unknown[] = []) => {
    const result = await client.query(sql, params);
    if (label) counts[label] = (counts[label] ?? 0) + (result.rowCount ?? 0);
    return result;
  };
  const staff = await client.query<{ id: string; displayName: string }>(
    `SELECT id, "displayName" FROM "Account" WHERE username = 'support.agent'`,
  );
  const agent = staff.rows[0];
  if (!agent) throw new Error('the database is not demo-seeded (no support.agent)');

  await client.query('BEGIN');
  // The organisations: kinds, names, numbers; generated ids kept in temp tables for the joins.
  await run(
    '',
    `CREATE TEMP TABLE g_org ON COMMIT DROP AS
     SELECT j, gen_random_uuid() AS id, gen_random_uuid() AS account_id,
       (CASE WHEN j <= 2 OR j % 10 NOT IN (3, 7) THEN 'LAW_FIRM'
             WHEN j % 10 = 3 THEN 'COMPANY_OFFICE' ELSE 'PUBLIC_OFFICE' END)::"OrganisationKind" AS kind,
       ${sqlText(PLACES)}[1 + (j - 1) % 20] || ${sqlText(WORDS)}[1 + ((j - 1) / 20) % 20]
         || CASE WHEN j > 400 THEN '第' || ((j - 1) / 400 + 1)::text ELSE '' END
         || CASE WHEN j <= 2 OR j % 10 NOT IN (3, 7) THEN '律师事务所'
                 WHEN j % 10 = 3 THEN '集团公司律师办公室' ELSE '司法局公职律师办公室' END AS name
     FROM generate_series(1, ${m}) AS j`,
  );
  await run('', `ALTER TABLE g_org ADD PRIMARY KEY (j)`);
  // The lawyers: organisation 1 has `big`, the others share the rest in turn.
  await run(
    '',
    `CREATE TEMP TABLE g_lawyer ON COMMIT DROP AS
     SELECT l.*, row_number() OVER (PARTITION BY l.org ORDER BY l.i) AS rank_in_org
     FROM (
       SELECT i, gen_random_uuid() AS id, gen_random_uuid() AS account_id,
         CASE WHEN i <= ${big} THEN 1 ELSE 2 + (i - ${big} - 1) % ${m - 1} END AS org,
         ${sqlText([...SURNAMES])}[1 + (i * 7) % ${SURNAMES.length}]
           || ${sqlText(GIVEN)}[1 + (i * 13) % ${GIVEN.length}] AS name,
         date '1960-01-01' + (i * 37) % 13000 AS birth
       FROM generate_series(1, ${n}) AS i
     ) l`,
  );
  await run('', `ALTER TABLE g_lawyer ADD PRIMARY KEY (i)`);
  await run('', `CREATE INDEX ON g_lawyer (org, rank_in_org)`);

  await run(
    'accounts',
    `INSERT INTO "Account" (id, kind, "displayName", "passwordHash", "mustChangePassword", mobile,
       email, "createdAt", "updatedAt")
     SELECT account_id, 'ORGANISATION', name, $1::text, true, '0769' || lpad(j::text, 8, '0'),
       'office' || j || '@bench.example.cn', now() - interval '2 years', now()
     FROM g_org`,
    [INITIAL_RULE_HASH],
  );
  await run(
    'organisations',
    `INSERT INTO "Organisation" (id, kind, name, "licenceNo", "memberNo", address, phone,
       "accountId", "headName", "createdAt", "updatedAt")
     SELECT id, kind, name, '344191' || lpad(j::text, 11, '0'), 'JG' || (100000 + j),
       '东江市' || ${sqlText(PLACES)}[1 + (j - 1) % 20] || '区' || (j % 200 + 1) || '号',
       '0769' || lpad(j::text, 8, '0'), account_id, NULL, now() - interval '2 years', now()
     FROM g_org`,
  );
  await run(
    'accounts',
    `INSERT INTO "Account" (id, kind, "displayName", "passwordHash", "mustChangePassword", mobile,
       email, postcode, "createdAt", "updatedAt")
     SELECT account_id, 'LAWYER', name, $1::text, true, '139' || lpad(i::text, 8, '0'),
       CASE WHEN i % 10 = 0 THEN NULL ELSE 'lawyer' || i || '@bench.example.cn' END, '523000',
       now() - interval '2 years', now()
     FROM g_lawyer`,
    [INITIAL_RULE_HASH],
  );
  // 执业类别 follows the organisation's kind (a company office's lawyers are 公司律师…); the first
  // lawyer of each organisation is its head; one in fifty has left.
  await run(
    'lawyers',
    `INSERT INTO "Lawyer" (id, name, gender, "idNo", "licenceNo", "memberNo", "practiceCategory",
       authority, "organisationId", "organisationRole", status, "leftAt", "accountId", "createdAt",
       "updatedAt")
     SELECT l.id, l.name, (CASE WHEN l.i % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END)::"Gender",
       '4419' || lpad(l.i::text, 6, '0') || to_char(l.birth, 'YYYYMMDD'),
       CASE WHEN c.category = 'TRAINEE' THEN NULL ELSE '344192' || lpad(l.i::text, 11, '0') END,
       'LS' || (100000 + l.i), c.category::"PracticeCategory", '东江市司法局', o.id,
       (CASE WHEN l.rank_in_org = 1 THEN 'HEAD' WHEN o.kind = 'LAW_FIRM' AND l.rank_in_org % 7 = 2
             THEN 'PARTNER' ELSE 'LAWYER' END)::"OrganisationRole",
       (CASE WHEN l.i % 50 = 25 AND l.rank_in_org > 1 THEN 'LEFT' ELSE 'PRACTISING' END)::"LawyerStatus",
       CASE WHEN l.i % 50 = 25 AND l.rank_in_org > 1 THEN current_date - (l.i % 300) END,
       l.account_id, now() - interval '2 years', now()
     FROM g_lawyer l JOIN g_org o ON o.j = l.org
     CROSS JOIN LATERAL (SELECT CASE
       WHEN o.kind = 'COMPANY_OFFICE' THEN 'COMPANY'
       WHEN o.kind = 'PUBLIC_OFFICE' THEN CASE WHEN l.i % 5 = 0 THEN 'LEGAL_AID' ELSE 'PUBLIC' END
       WHEN l.rank_in_org = 1 THEN 'FULL_TIME'
       WHEN l.i % 20 = 1 THEN 'PART_TIME' WHEN l.i % 20 = 2 THEN 'TRAINEE'
       WHEN l.i % 20 = 3 THEN 'LEGAL_AID' ELSE 'FULL_TIME' END AS category) c`,
  );
  await run(
    '',
    `UPDATE "Organisation" o SET "headName" = l.name
     FROM g_org g JOIN g_lawyer l ON l.org = g.j AND l.rank_in_org = 1 WHERE o.id = g.id`,
  );

  // Profiles: every lawyer has one; N/6 submitted over the past year, N/30 approved, N/60 rejected,
  // those with the basic information filled in and confirmed; the rest are drafts.
  await run(
    'profiles',
    `INSERT INTO "LawyerProfile" (id, "lawyerId", state, version, personal, practice, contact,
       "basicStep", "basicConfirmedAt", "noneSections", "submittedAt", "reviewedAt", "reviewerId",
       "reviewOpinion", "approvedAt", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), l.id, s.state::"ProfileState",
       CASE WHEN s.state = 'DRAFT' THEN 0 ELSE 4 END,
       CASE WHEN s.state <> 'DRAFT' THEN jsonb_build_object('idType', '身份证',
         'idNumber', '4419' || lpad(l.i::text, 6, '0') || to_char(l.birth, 'YYYYMMDD'),
         'birthDate', to_char(l.birth, 'YYYY-MM-DD'), 'residency', '大陆居民',
         'maritalStatus', '已婚', 'firstWorkDate', to_char(l.birth + 8400, 'YYYY-MM-DD'),
         'ethnicity', '汉族', 'nativePlace', '广东省东江市',
         'politicalAffiliations', jsonb_build_array('群众'),
         'socialInsuranceNo', '4419' || lpad(l.i::text, 10, '0')) END,
       CASE WHEN s.state <> 'DRAFT' THEN jsonb_build_object(
         'firstPracticeDate', to_char(l.birth + 9500, 'YYYY-MM-DD'),
         'firstPracticePlace', '广东省东江市', 'qualificationType', '法律职业资格证书',
         'qualificationMethod', '国家统一法律职业资格考试',
         'qualificationNo', 'A' || lpad(l.i::text, 14, '0'),
         'qualificationDate', to_char(l.birth + 9200, 'YYYY-MM-DD'),
         'issuingAuthority', '中华人民共和国司法部',
         'workingLanguages', jsonb_build_array('普通话'),
         'practiceAreas', jsonb_build_array('民商事诉讼')) END,
       CASE WHEN s.state <> 'DRAFT' THEN jsonb_build_object('mobile', '139' || lpad(l.i::text, 8, '0'),
         'email', 'lawyer' || l.i || '@bench.example.cn', 'postcode', '523000',
         'address', '东江市南城区鸿福路 ' || (l.i % 300 + 1) || ' 号',
         'emergencyContact', '家属', 'emergencyPhone', '13900000000') END,
       CASE WHEN s.state = 'DRAFT' THEN 1 ELSE 6 END,
       CASE WHEN s.state <> 'DRAFT' THEN s.at END,
       '{}'::"ProfileSection"[],
       CASE WHEN s.state <> 'DRAFT' THEN s.at END,
       CASE WHEN s.state IN ('APPROVED', 'REJECTED') THEN s.at + interval '3 days' END,
       NULL,
       CASE WHEN s.state = 'REJECTED' THEN '工作经历填写不完整，请补充' END,
       CASE WHEN s.state = 'APPROVED' THEN s.at + interval '3 days' END,
       now() - interval '2 years', now()
     FROM g_lawyer l
     CROSS JOIN LATERAL (SELECT
       CASE WHEN l.i % 6 = 0 THEN 'SUBMITTED' WHEN l.i % 30 = 1 THEN 'APPROVED'
            WHEN l.i % 60 = 2 THEN 'REJECTED' ELSE 'DRAFT' END AS state,
       now() - ((l.i * 7919) % 365) * interval '1 day' - (l.i % 86400) * interval '1 second' AS at) s`,
  );
  await run(
    'profileReviews',
    `INSERT INTO "ProfileReview" (id, "profileId", decision, opinion, "actorId", "actorName", "createdAt")
     SELECT gen_random_uuid(), p.id, 'SUBMITTED'::"ProfileReviewDecision", NULL::text, l."accountId",
       l.name, p."submittedAt"
     FROM "LawyerProfile" p JOIN g_lawyer g ON g.id = p."lawyerId" JOIN "Lawyer" l ON l.id = g.id
     WHERE p.state <> 'DRAFT'
     UNION ALL
     SELECT gen_random_uuid(), p.id, p.state::text::"ProfileReviewDecision", p."reviewOpinion", NULL::uuid,
       '档案审核员', p."reviewedAt"
     FROM "LawyerProfile" p JOIN g_lawyer g ON g.id = p."lawyerId"
     WHERE p.state IN ('APPROVED', 'REJECTED')`,
  );

  // Card applications: N/6 lawyers (i % 6 = 3), in every state; a collected one issued its card.
  await run(
    '',
    `CREATE TEMP TABLE g_card ON COMMIT DROP AS
     SELECT gen_random_uuid() AS id, l.id AS lawyer_id, l.i,
       (ARRAY['PENDING','PENDING','PENDING','PENDING','PENDING','PENDING','ACCEPTED','ACCEPTED',
              'PRINTED','IN_PRODUCTION','MADE','VERIFIED','COLLECTED','COLLECTED','COLLECTED',
              'COLLECTED','COLLECTED','REJECTED','REJECTED','CANCELLED'])[1 + (l.i / 6) % 20] AS state,
       now() - ((l.i * 4099) % 365) * interval '1 day' - (l.i % 86400) * interval '1 second' AS at,
       CASE WHEN (l.i / 6) % 20 BETWEEN 12 AND 16 THEN gen_random_uuid() END AS card_id
     FROM g_lawyer l WHERE l.i % 6 = 3`,
  );
  await run(
    'cards',
    `INSERT INTO "Card" (id, "lawyerId", state, "issuedAt", "createdAt", "updatedAt")
     SELECT card_id, lawyer_id, 'ACTIVE', at + interval '20 days', at + interval '20 days', now()
     FROM g_card WHERE card_id IS NOT NULL ORDER BY at`,
  );
  await run(
    'cardApplications',
    `INSERT INTO "CardApplication" (id, "lawyerId", kind, state, version, data, "photoKey", "cardId",
       "rejectReason", "createdAt", "updatedAt")
     SELECT c.id, c.lawyer_id, 'FIRST', c.state::"CardApplicationState",
       CASE WHEN c.state = 'PENDING' THEN 0 ELSE 1 END,
       jsonb_build_object('name', l.name, 'gender', l.gender, 'idNo', l."idNo",
         'authority', l.authority, 'practiceCategory', l."practiceCategory",
         'organisationName', o.name, 'licenceNo', l."licenceNo", 'qualificationNo', NULL,
         'address', NULL, 'postcode', '523000', 'phone', NULL, 'mobile', a.mobile),
       'card-applications/' || c.lawyer_id || '/bench.jpg', c.card_id,
       CASE WHEN c.state = 'REJECTED' THEN '照片不符合要求，请重新上传' END,
       c.at, CASE WHEN c.state = 'PENDING' THEN c.at ELSE c.at + interval '5 days' END
     FROM g_card c JOIN "Lawyer" l ON l.id = c.lawyer_id
       JOIN "Organisation" o ON o.id = l."organisationId" JOIN "Account" a ON a.id = l."accountId"
     ORDER BY c.at, c.i`,
  );
  await run(
    'cardApplicationEvents',
    `INSERT INTO "CardApplicationEvent" (id, "applicationId", action, "fromState", "toState",
       "actorId", "actorName", "createdAt")
     SELECT gen_random_uuid(), c.id, 'apply', NULL::"CardApplicationState",
       'PENDING'::"CardApplicationState", l."accountId", l.name, c.at
     FROM g_card c JOIN "Lawyer" l ON l.id = c.lawyer_id
     UNION ALL
     SELECT gen_random_uuid(), c.id, 'bench', 'PENDING', c.state::"CardApplicationState", NULL::uuid,
       '会员卡专员', c.at + interval '5 days'
     FROM g_card c WHERE c.state <> 'PENDING'`,
  );

  // Certificate applications: N/10, by organisations (two in three) and lawyers, on the two
  // types every installation has; approved ones hold their certificate's record (no PDF file).
  await run(
    'certificateApplications',
    `INSERT INTO "CertificateApplication" (id, "typeId", "accountId", state, version, template,
       applicant, values, lawyers, "contactEmail", "paperQuantity", "paperPickup", recipient,
       "recipientPhone", "paperState", "rejectReason", "reviewedAt", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), t.id, x.account_id, x.state::"CertificateState",
       CASE WHEN x.state = 'PENDING' THEN 0 ELSE 1 END,
       jsonb_build_object('title', t.title, 'body', t.body, 'fields', t.fields),
       x.applicant, jsonb_build_object('purpose', (ARRAY['投标','年度检查考核','银行开户','政府采购'])[1 + x.k % 4]),
       CASE WHEN t."namesLawyers" THEN x.lawyers ELSE '[]'::jsonb END,
       x.email, CASE WHEN x.k % 8 = 0 THEN 1 ELSE 0 END,
       CASE WHEN x.k % 8 = 0 THEN 'SELF'::"PaperPickup" END,
       CASE WHEN x.k % 8 = 0 THEN x.applicant->>'name' END,
       CASE WHEN x.k % 8 = 0 THEN '13800000000' END,
       CASE WHEN x.k % 8 = 0 AND x.state = 'APPROVED' THEN 'WAITING_PICKUP'::"PaperState" END,
       CASE WHEN x.state = 'REJECTED' THEN '用途填写不明确，请补充说明' END,
       CASE WHEN x.state IN ('APPROVED', 'REJECTED') THEN x.at + interval '1 day' END,
       x.at, x.at
     FROM (
       SELECT k, now() - ((k * 6007) % 365) * interval '1 day' - (k % 86400) * interval '1 second' AS at,
         CASE WHEN k % 3 = 0 THEN la.id ELSE oa.id END AS account_id,
         coalesce(CASE WHEN k % 3 = 0 THEN la.email ELSE oa.email END, 'member@bench.example.cn') AS email,
         CASE WHEN k % 3 <> 0 AND o.kind = 'LAW_FIRM' AND k % 2 = 0 THEN '律师事务所执业证明'
              ELSE '律师执业证明' END AS type_name,
         CASE WHEN k % 3 <> 0 AND o.kind = 'LAW_FIRM' AND k % 2 = 0 THEN 'APPROVED'
              ELSE (ARRAY['PENDING','PENDING','PENDING','PENDING','APPROVED','APPROVED','APPROVED',
                          'REJECTED','REJECTED','WITHDRAWN'])[1 + k % 10] END AS state,
         CASE WHEN k % 3 = 0 THEN jsonb_build_object('kind', 'LAWYER', 'name', l.name,
             'organisationName', lo.name, 'licenceNo', l."licenceNo", 'memberNo', l."memberNo",
             'address', lo.address, 'phone', la.mobile, 'email', la.email)
           ELSE jsonb_build_object('kind', o.kind, 'name', o.name, 'organisationName', o.name,
             'licenceNo', o."licenceNo", 'memberNo', o."memberNo", 'address', o.address,
             'phone', o.phone, 'email', oa.email) END AS applicant,
         CASE WHEN k % 3 = 0
           THEN jsonb_build_array(jsonb_build_object('id', l.id, 'name', l.name,
             'licenceNo', l."licenceNo", 'practiceCategory', l."practiceCategory"))
           ELSE jsonb_build_array(jsonb_build_object('id', h.id, 'name', h.name,
             'licenceNo', h."licenceNo", 'practiceCategory', h."practiceCategory")) END AS lawyers
       FROM generate_series(1, $1::int) AS k
       JOIN g_org go ON go.j = 1 + (k - 1) % $2::int
       JOIN "Organisation" o ON o.id = go.id JOIN "Account" oa ON oa.id = o."accountId"
       JOIN g_lawyer gh ON gh.org = go.j AND gh.rank_in_org = 1 JOIN "Lawyer" h ON h.id = gh.id
       JOIN g_lawyer gl ON gl.i = 1 + (k * 7) % $3::int JOIN "Lawyer" l ON l.id = gl.id
       JOIN "Organisation" lo ON lo.id = l."organisationId" JOIN "Account" la ON la.id = l."accountId"
     ) x JOIN "CertificateType" t ON t.name = x.type_name
     ORDER BY x.at, x.k`,
    [certificates, m, n],
  );
  await run(
    'certificates',
    `INSERT INTO "Certificate" (id, number, "applicationId", "typeName", "holderName", "issuedAt",
       "expiresAt", "fileKey", sha256, "createdAt")
     SELECT gen_random_uuid(), 'ZM' || extract(year FROM a."reviewedAt")::int || lpad(a.number::text, 6, '0'),
       a.id, t.name, a.applicant->>'name', a."reviewedAt",
       a."reviewedAt" + t."validityDays" * interval '1 day',
       'certificates/' || a.id || '.pdf', md5(a.id::text) || md5(a.id::text || 'x'), a."reviewedAt"
     FROM "CertificateApplication" a JOIN "CertificateType" t ON t.id = a."typeId"
     WHERE a.state = 'APPROVED' AND a."contactEmail" LIKE '%@bench.example.cn'
       AND NOT EXISTS (SELECT 1 FROM "Certificate" c WHERE c."applicationId" = a.id)`,
  );

  // Tickets: N/3 from lawyers (and one in ten from organisations), every category and state, with
  // 1–4 messages: the description first, then the desk and the member in turn.
  await run(
    '',
    `CREATE TEMP TABLE g_ticket ON COMMIT DROP AS
     SELECT t, gen_random_uuid() AS id,
       CASE WHEN t % 10 = 0 THEN go.account_id ELSE gl.account_id END AS account_id,
       CASE WHEN t % 10 = 0 THEN go.name ELSE gl.name END AS requester,
       ${sqlText(TICKET_CATEGORIES)}[1 + t % ${TICKET_CATEGORIES.length}] AS category,
       ${sqlText(TITLES)}[1 + t % ${TITLES.length}] AS title,
       (ARRAY['OPEN','OPEN','OPEN','OPEN','OPEN','OPEN','IN_PROGRESS','IN_PROGRESS','IN_PROGRESS',
              'IN_PROGRESS','ANSWERED','ANSWERED','ANSWERED','ANSWERED','CLOSED','CLOSED','CLOSED',
              'CLOSED','CLOSED','CANCELLED'])[1 + (t / 7) % 20] AS state,
       1 + t % 4 AS messages,
       now() - ((t * 3001) % 365) * interval '1 day' - (t % 86400) * interval '1 second' AS at
     FROM generate_series(1, ${tickets}) AS t
     JOIN g_lawyer gl ON gl.i = 1 + (t * 3) % ${n}
     JOIN g_org go ON go.j = 1 + t % ${m}`,
  );
  await run(
    'tickets',
    `INSERT INTO "Ticket" (id, "accountId", category, title, description, state, version,
       "assigneeId", "assigneeName", "closedAt", "createdAt", "updatedAt")
     SELECT id, account_id, category, title,
       '您好，' || title || '。具体情况：编号 ' || t || '，请协会帮忙核实处理，谢谢。',
       state::"TicketState", messages - 1,
       CASE WHEN state <> 'OPEN' AND state <> 'CANCELLED' THEN $1::uuid END,
       CASE WHEN state <> 'OPEN' AND state <> 'CANCELLED' THEN $2::text END,
       CASE WHEN state IN ('CLOSED', 'CANCELLED') THEN at + interval '4 days' END,
       at, at + (messages - 1) * interval '1 day'
     FROM g_ticket ORDER BY at, t`,
    [agent.id, agent.displayName],
  );
  await run(
    'ticketMessages',
    `INSERT INTO "TicketMessage" (id, "ticketId", author, "authorId", "authorName", body, "createdAt")
     SELECT gen_random_uuid(), g.id,
       CASE WHEN k % 2 = 0 THEN 'STAFF' ELSE 'MEMBER' END,
       CASE WHEN k % 2 = 0 THEN $1::uuid ELSE g.account_id END,
       CASE WHEN k % 2 = 0 THEN $2::text ELSE g.requester END,
       CASE WHEN k = 1 THEN '您好，' || g.title || '。具体情况：编号 ' || g.t || '，请协会帮忙核实处理，谢谢。'
            WHEN k % 2 = 0 THEN '您好，已收到，我们正在核实，请耐心等待。'
            ELSE '好的，补充说明：相关材料已准备好，如需请告知。' END,
       g.at + (k - 1) * interval '1 day'
     FROM g_ticket g CROSS JOIN LATERAL generate_series(1, g.messages) AS k`,
    [agent.id, agent.displayName],
  );
  // Messages: every lawyer has NOTICES_PER_LAWYER, one group notice a fortnight (a new document, an
  // event, a result), the newest three unread: the 消息 list a member pages through.
  await run(
    'notifications',
    `INSERT INTO "Notification" (id, "accountId", title, body, link, "readAt", "createdAt")
     SELECT gen_random_uuid(), x.account_id, n.title, n.body, n.link,
       CASE WHEN x.k > 3 THEN x.at + interval '1 day' END, x.at
     FROM (
       SELECT gl.account_id, k,
         now() - (k * 14 - 10) * interval '1 day' - (gl.i % 86400) * interval '1 second' AS at
       FROM g_lawyer gl CROSS JOIN generate_series(1, ${NOTICES_PER_LAWYER}) AS k
     ) x JOIN (VALUES
       (0, '收到新文件：关于做好年度执业考核工作的通知', '协会向您发送了一份文件，请及时查阅。', '/documents'),
       (1, '活动报名开始：律师执业技能专题培训', '您可报名参加的活动已开放报名。', '/events'),
       (2, '您的工单有新回复', '协会工作人员回复了您的工单，请查看。', '/tickets'),
       (3, '收到新文件：关于缴纳年度会费的通知', '协会向您发送了一份文件，请及时查阅。', '/documents')
     ) AS n(slot, title, body, link) ON n.slot = x.k % 4`,
  );
  await client.query('COMMIT');
  await client.query('ANALYZE');
  return counts;
}

async function firms(client: pg.Client) {
  const { rows } = await client.query<{
    id: string;
    name: string;
    lawyers: string;
    accountId: string;
    memberNo: string;
  }>(
    `SELECT o.id, o.name, o."accountId", o."memberNo",
       (SELECT count(*) FROM "Lawyer" l WHERE l."organisationId" = o.id) AS lawyers
     FROM "Organisation" o WHERE o."memberNo" IN ('JG100001', 'JG100002') ORDER BY o."memberNo"`,
  );
  const [big, small] = rows.map((r) => ({
    id: r.id,
    name: r.name,
    lawyers: Number(r.lawyers),
    accountId: r.accountId,
  }));
  return { bigFirm: big!, smallFirm: small! };
}

/**
 * The dataset on the database at `url`, loaded if absent (migrating and seeding the empty database
 * through the built server first).
 */
export async function ensureDataset(url: string, lawyers: number): Promise<DatasetSummary> {
  const start = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const migrated = await client.query(`SELECT to_regclass('"Lawyer"') IS NOT NULL AS ok`);
    const seeded =
      migrated.rows[0].ok &&
      (await client.query(`SELECT 1 FROM "Account" WHERE username = 'support.agent'`)).rowCount;
    if (!seeded) {
      const server = await startBuiltServer(url);
      await server.stop();
    }
    const existing = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM "Lawyer" WHERE "memberNo" ~ '^LS1[0-9]{5}$'`,
    );
    if (Number(existing.rows[0]!.n) > 0) {
      const counts = { lawyers: Number(existing.rows[0]!.n) };
      return {
        loaded: false,
        seconds: (performance.now() - start) / 1000,
        counts,
        ...(await firms(client)),
      };
    }
    const loadStart = performance.now();
    const counts = await load(client, lawyers);
    return {
      loaded: true,
      seconds: (performance.now() - loadStart) / 1000,
      counts,
      ...(await firms(client)),
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Reads what the app shows of the dataset through the built server: every answer must be 200. */
async function check(url: string) {
  const { base, stop } = await startBuiltServer(url);
  const failures: string[] = [];
  const get = async (cookie: string, path: string) => {
    const res = await fetch(`${base}${path}`, { headers: { cookie } });
    const body = res.ok ? await res.json() : await res.text();
    console.log(`  ${res.status} GET ${path}`);
    if (res.status !== 200)
      failures.push(`${res.status} GET ${path}: ${String(body).slice(0, 200)}`);
    return body as { items?: { id: string }[]; total?: number; [key: string]: unknown };
  };
  const staff = (username: string) => {
    const s = DEMO_STAFF.find((x) => x.username === username)!;
    return signInDemo(base, { login: s.username, password: s.password, portal: 'admin' });
  };
  try {
    const queues = [
      ['profile.reviewer', '/api/admin/profiles', 'state=SUBMITTED', '/api/admin/profiles/'],
      [
        'card.officer',
        '/api/admin/card-applications',
        'state=PENDING',
        '/api/admin/card-applications/',
      ],
      ['cert.reviewer', '/api/admin/certificates', 'state=APPROVED', '/api/admin/certificates/'],
      ['support.agent', '/api/admin/tickets', 'state=IN_PROGRESS', '/api/admin/tickets/'],
    ] as const;
    for (const [who, path, filter, detail] of queues) {
      const cookie = await staff(who);
      const first = await get(cookie, `${path}?page=1&pageSize=20`);
      const filtered = await get(cookie, `${path}?${filter}&page=1&pageSize=20`);
      const last = Math.max(1, Math.ceil((first.total ?? 0) / 20));
      await get(cookie, `${path}?page=${last}&pageSize=20`);
      for (const item of [
        ...(first.items ?? []).slice(0, 2),
        ...(filtered.items ?? []).slice(0, 2),
      ])
        await get(cookie, `${detail}${item.id}`);
    }
    // A generated lawyer with a card application signs in with the initial-password rule (the last
    // 6 characters of the ID number), sets a password, and reads the pages.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ licenceNo: string; idNo: string }>(
      `SELECT "licenceNo", "idNo" FROM "Lawyer" WHERE "memberNo" = 'LS100009'`,
    );
    const firm = await client.query<{ licenceNo: string }>(
      `SELECT "licenceNo" FROM "Organisation" WHERE "memberNo" = 'JG100002'`,
    );
    await client.end();
    const lawyer = await signInDemo(base, {
      login: rows[0]!.licenceNo,
      password: rows[0]!.idNo.slice(-6).toLowerCase(),
      portal: 'member',
    });
    for (const path of ['/api/home', '/api/profile', '/api/cards', '/api/tickets'])
      await get(lawyer, path);
    const firmCookie = await signInDemo(base, {
      login: firm.rows[0]!.licenceNo,
      password: firm.rows[0]!.licenceNo.slice(-6),
      portal: 'member',
    });
    for (const path of ['/api/home', '/api/organisation/lawyers', '/api/certificates'])
      await get(firmCookie, path);
  } finally {
    await stop();
  }
  if (failures.length) throw new Error(`dataset check failed:\n${failures.join('\n')}`);
  console.log('Dataset check: every answer 200.');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    console.log('Dataset: set BENCH_DATABASE_URL (a PostgreSQL database) to load it.');
    process.exit(1);
  }
  const args = process.argv.slice(2);
  const flag = args.indexOf('--lawyers');
  const lawyers = flag >= 0 ? Number(args[flag + 1]) : 30_000;
  if (!Number.isInteger(lawyers) || lawyers < 100) throw new Error('--lawyers: at least 100');
  const summary = await ensureDataset(url, lawyers);
  if (summary.loaded) {
    console.log(`Dataset loaded in ${summary.seconds.toFixed(1)} s (one transaction, set-based):`);
    for (const [what, count] of Object.entries(summary.counts))
      console.log(`  ${what.padEnd(24)} ${count.toLocaleString('en')}`);
  } else {
    console.log(
      `Dataset already loaded (${summary.counts.lawyers!.toLocaleString('en')} generated lawyers): nothing done.`,
    );
  }
  console.log(
    `  firm rosters: ${summary.bigFirm.name} (${summary.bigFirm.lawyers} lawyers), ${summary.smallFirm.name} (${summary.smallFirm.lawyers})`,
  );
  if (args.includes('--check')) await check(url);
}
