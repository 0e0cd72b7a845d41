import { describe, expect, it } from 'vitest';
import { resultNotices } from '../src/modules/notifications/result-notices.ts';

// Issue 19: an opinion typed with its own full stop read "。。" in the rejection notice.
describe('a rejection notice quoting an opinion that ends with a full stop', () => {
  it('has one stop, in the app and in the SMS', () => {
    const notice = resultNotices.profileRejected('证件照片不清晰，请重新上传。');
    expect(notice.body).toBe(
      '审核意见：证件照片不清晰，请重新上传。请根据审核意见修改后重新提交。',
    );
    expect(notice.sms).not.toContain('。。');
  });

  it('has one stop for a refused leave too', () => {
    const notice = resultNotices.leaveRejected({
      event: '讲座',
      reason: '无正当理由。',
      link: '/',
    });
    expect(notice.body).not.toContain('。。');
  });
});
