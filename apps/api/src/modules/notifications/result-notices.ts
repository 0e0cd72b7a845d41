import type { AwaitedResult } from '@lx/shared/awaited-results';
import { SMS_MAX_CHARS } from '@lx/shared/awaited-results';
import { clause } from '@lx/shared/sentences';

// Every awaited result's words in one place (SPEC §2.11): the in-app title and body, and an SMS
// of at most 70 characters (the variable parts are shortened to fit). The e-mail is the title as
// its subject and the body as its text.

export type ResultNotice = {
  kind: AwaitedResult;
  title: string;
  body: string;
  link: string;
  sms: string;
  /** Names the SMS and the e-mail in the outbox lists. */
  purpose: string;
};

const SIGN = '【律师协会】';

/** `text` with the `{}` filled by `part`, shortened (…) so that the whole SMS fits in 70. */
export function smsWith(template: string, part: string): string {
  const room = SMS_MAX_CHARS - (SIGN.length + template.length - 2);
  const chars = [...part];
  const fitted = chars.length <= room ? part : `${chars.slice(0, Math.max(1, room - 1)).join('')}…`;
  return SIGN + template.replace('{}', fitted);
}

export const resultNotices = {
  profileApproved: (): ResultNotice => ({
    kind: 'profile',
    title: '您的档案信息已审核通过',
    body: '您提交的信息补全已审核通过。此后信息如有变动，请通过“信息变更”修改。',
    link: '/profile',
    sms: `${SIGN}您提交的律师档案信息已审核通过。`,
    purpose: '档案审核',
  }),
  profileRejected: (opinion: string): ResultNotice => ({
    kind: 'profile',
    title: '您的档案信息未通过审核',
    body: `审核意见：${clause(opinion)}。请根据审核意见修改后重新提交。`,
    link: '/profile',
    sms: smsWith('您的律师档案未通过审核：{}。请登录修改后重新提交。', clause(opinion)),
    purpose: '档案审核',
  }),
  /** 受理, 可领取 (已验卡) and 驳回 go out by SMS; the other steps only in-app (notify). */
  cardChanged: (o: {
    title: string;
    body: string;
    link: string;
    step: 'accepted' | 'ready' | 'rejected';
    number: string;
  }): ResultNotice => ({
    kind: 'card',
    title: o.title,
    body: o.body,
    link: o.link,
    sms:
      o.step === 'accepted'
        ? `${SIGN}您的会员卡申请（${o.number}）已受理，协会将安排制卡。`
        : o.step === 'ready'
          ? `${SIGN}您的会员卡（申请 ${o.number}）已制好，请到律师协会领取。`
          : `${SIGN}您的会员卡申请（${o.number}）未通过审核，请登录查看原因。`,
    purpose: '会员卡',
  }),
  certificateIssued: (o: {
    typeName: string;
    number: string;
    expires: string;
    link: string;
  }): ResultNotice => ({
    kind: 'certificate',
    title: '电子证明已签发',
    body: `您申请的${o.typeName}已审核通过，证明编号 ${o.number}，有效期至${o.expires}。可在“我的证明”中下载或发送到邮箱。`,
    link: o.link,
    sms: smsWith('您申请的{}已签发，请登录“我的证明”下载。', o.typeName),
    purpose: '电子证明',
  }),
  certificateRejected: (o: { typeName: string; reason: string; link: string }): ResultNotice => ({
    kind: 'certificate',
    title: '电子证明申请未通过',
    body: `您申请的${o.typeName}未通过审核。驳回原因：${o.reason}`,
    link: o.link,
    sms: smsWith(`您申请的${o.typeName}未通过审核：{}`, o.reason),
    purpose: '电子证明',
  }),
  ticketReplied: (o: {
    number: string;
    title: string;
    reply: string;
    link: string;
  }): ResultNotice => ({
    kind: 'ticket',
    title: '您的工单有新回复',
    body: `工单 ${o.number}“${o.title}”：${o.reply.slice(0, 80)}`,
    link: o.link,
    sms: `${SIGN}您的工单 ${o.number} 有新回复，请登录查看。`,
    purpose: '工单回复',
  }),
  leaveApproved: (o: { event: string; reason: string | null; link: string }): ResultNotice => ({
    kind: 'leave',
    title: `请假已批准：${o.event}`,
    body: `您为活动“${o.event}”提交的请假申请已批准${o.reason ? `（${o.reason}）` : ''}，本次不计缺席。`,
    link: o.link,
    sms: smsWith('您为活动“{}”提交的请假申请已批准，本次不计缺席。', o.event),
    purpose: '活动请假',
  }),
  leaveRejected: (o: { event: string; reason: string; link: string }): ResultNotice => ({
    kind: 'leave',
    title: `请假未获批准：${o.event}`,
    body: `您为活动“${o.event}”提交的请假申请未获批准，原因：${clause(o.reason)}。请按时参加，未参加将记为缺席。`,
    link: o.link,
    sms: smsWith('您为活动“{}”的请假未获批准，请按时参加，详情请登录查看。', o.event),
    purpose: '活动请假',
  }),
  waitlistOffered: (o: { event: string; until: string; link: string }): ResultNotice => ({
    kind: 'waitlist',
    title: `候补名额：${o.event}`,
    body: `您候补的活动“${o.event}”有了名额，请在 ${o.until} 之前确认报名，逾期名额将顺延给下一位。`,
    link: o.link,
    sms: smsWith(`您候补的活动“{}”有名额了，请在${o.until}前登录确认。`, o.event),
    purpose: '活动候补',
  }),
  documentFeedback: (o: { document: string; link: string }): ResultNotice => ({
    kind: 'document',
    title: `公文有新的反馈：${o.document}`,
    body: `您关注的公文“${o.document}”有新的反馈，请查看。`,
    link: o.link,
    sms: smsWith('您关注的公文“{}”有新的反馈，请登录查看。', o.document),
    purpose: '公文反馈',
  }),
};
