// Staff accounts created by tests/staff-accounts.setup.ts, one per flow that needs staff.
export const E2E_STAFF = {
  smsReader: {
    login: 'e2e.sms',
    name: '测试短信查看员',
    roles: ['SUPPORT_AGENT'],
    password: 'E2E-Start-2026',
  },
  publisher: {
    login: 'e2e.news',
    name: '测试公告发布员',
    roles: ['ADMINISTRATOR'],
    password: 'E2E-Start-2026',
  },
  profileReviewer: {
    login: 'e2e.review',
    name: '测试档案审核员',
    roles: ['PROFILE_REVIEWER'],
    password: 'E2E-Start-2026',
  },
  certificateReviewer: {
    login: 'e2e.certs',
    name: '测试证明审核员',
    roles: ['CERTIFICATE_REVIEWER', 'SUPPORT_AGENT'],
    password: 'E2E-Start-2026',
  },
  supportAgent: {
    login: 'e2e.support',
    name: '测试技术支持',
    roles: ['SUPPORT_AGENT'],
    password: 'E2E-Start-2026',
  },
  cardOfficer: {
    login: 'e2e.cards',
    name: '测试会员卡专员',
    roles: ['CARD_OFFICER'],
    password: 'E2E-Start-2026',
  },
  documentsClerk: {
    login: 'e2e.docs',
    name: '测试公文管理员',
    roles: ['DOCUMENTS_CLERK'],
    password: 'E2E-Start-2026',
  },
  eventsOfficer: {
    login: 'e2e.events',
    name: '测试活动专员',
    roles: ['EVENTS_OFFICER'],
    password: 'E2E-Start-2026',
  },
  eventsTypist: {
    login: 'e2e.events.typing',
    name: '测试活动录入员',
    roles: ['EVENTS_OFFICER'],
    password: 'E2E-Start-2026',
  },
  documentsTypist: {
    login: 'e2e.docs.typing',
    name: '测试公文录入员',
    roles: ['DOCUMENTS_CLERK'],
    password: 'E2E-Start-2026',
  },
  selectProbe: {
    login: 'e2e.select.stays',
    name: '测试下拉选择',
    roles: ['EVENTS_OFFICER'],
    password: 'E2E-Start-2026',
  },
  waitlistOfficer: {
    login: 'e2e.events.waitlist',
    name: '测试候补活动专员',
    roles: ['EVENTS_OFFICER'],
    password: 'E2E-Start-2026',
  },
  waitlistPhoneOfficer: {
    login: 'e2e.events.waitlist.phone',
    name: '测试候补活动专员（手机）',
    roles: ['EVENTS_OFFICER'],
    password: 'E2E-Start-2026',
  },
  leaveOfficer: {
    login: 'e2e.events.leave',
    name: '测试请假审核员',
    roles: ['EVENTS_OFFICER'],
    password: 'E2E-Start-2026',
  },
  attendanceOfficer: {
    login: 'e2e.events.attendance',
    name: '测试签到专员',
    roles: ['EVENTS_OFFICER'],
    password: 'E2E-Start-2026',
  },
  trainingImporter: {
    login: 'e2e.training.import',
    name: '测试学时导入员',
    roles: ['EVENTS_OFFICER'],
    password: 'E2E-Start-2026',
  },
  trainingPlanner: {
    login: 'e2e.training.requirements',
    name: '测试学时要求设定员',
    roles: ['EVENTS_OFFICER'],
    password: 'E2E-Start-2026',
  },
  trainingLedger: {
    login: 'e2e.training.ledger',
    name: '测试学时台账专员',
    roles: ['EVENTS_OFFICER'],
    password: 'E2E-Start-2026',
  },
  /** Enters last year's hours for the member 培训记录 flow (paging, a 冲销 line). */
  trainingMemberClerk: {
    login: 'e2e.training.member',
    name: '测试学时补录员',
    roles: ['EVENTS_OFFICER'],
    password: 'E2E-Start-2026',
  },
  /** 会员管理 (issue 15): from a ticket to the member, 更正信息 and 转所; sets up its own firms. */
  memberAdmin: {
    login: 'e2e.members',
    name: '测试会员管理员',
    roles: ['MEMBER_ADMIN'],
    password: 'E2E-Start-2026',
  },
  /** 会员导入 (issue 15): imports lawyers into a firm it creates itself. */
  memberImporter: {
    login: 'e2e.members.import',
    name: '测试会员导入员',
    roles: ['MEMBER_ADMIN'],
    password: 'E2E-Start-2026',
  },
  /** 统计分析 (issue 15): reads the dashboard's figures of the demo data; changes nothing. */
  statisticsReader: {
    login: 'e2e.statistics',
    name: '测试统计查看员',
    roles: ['MEMBER_ADMIN'],
    password: 'E2E-Start-2026',
  },
  /** Browser compatibility (issue 19): the console's home and a queue on a Chrome 86-like page. */
  compatReviewer: {
    login: 'e2e.compat',
    name: '测试兼容性审核员',
    roles: ['CERTIFICATE_REVIEWER'],
    password: 'E2E-Start-2026',
  },
  /** The accessibility tour (issue 19): every console page, read only; creates its own firm. */
  a11yTour: {
    login: 'e2e.a11y',
    name: '测试无障碍巡检员',
    roles: ['ADMINISTRATOR'],
    password: 'E2E-Start-2026',
  },
  /** Creates the firm (新建机构) whose pages the accessibility tour visits. */
  a11yFirmMaker: {
    login: 'e2e.a11y.firm',
    name: '测试无障碍建档员',
    roles: ['MEMBER_ADMIN'],
    password: 'E2E-Start-2026',
  },
  /** Issue 19: a certificate review page shows what the applicant changed meanwhile. */
  freshnessReviewer: {
    login: 'e2e.certs.fresh',
    name: '测试证明复核员',
    roles: ['CERTIFICATE_REVIEWER', 'MEMBER_ADMIN'],
    password: 'E2E-Start-2026',
  },
  /** Issue 19: creates the firm whose lawyer presses Enter in a profile dialog. */
  enterKeyFirmMaker: {
    login: 'e2e.enter.firm',
    name: '测试回车建档员',
    roles: ['MEMBER_ADMIN'],
    password: 'E2E-Start-2026',
  },
} as const;
