import { Alert } from 'antd';
import { formatDate, formatDateTime } from '@lx/shared/dates';
import type { ProfileOverview } from '@lx/shared/profile-schemas';

/** Where the review stands: rejected with the opinion, under review, or approved. */
export function OverviewReviewStatus({ overview }: { overview: ProfileOverview }) {
  const { state, review } = overview;
  if (state === 'REJECTED') {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title="您的材料审核未通过，请修改后重新提交！"
        description={review.opinion ? `审核意见：${review.opinion}` : undefined}
      />
    );
  }
  if (state === 'SUBMITTED') {
    return (
      <Alert
        type="info"
        showIcon
        title="您的材料已经提交审核，目前正在审核中！如需修改请点击“撤回信息补全申请”按钮后，再进行补全。"
        description={
          review.submittedAt ? `提交时间：${formatDateTime(review.submittedAt)}` : undefined
        }
      />
    );
  }
  if (state === 'APPROVED') {
    const approvedAt = overview.approvedAt ?? review.reviewedAt;
    return (
      <Alert
        type="success"
        showIcon
        title="您的档案已审核通过"
        description={
          approvedAt
            ? `审核通过日期：${formatDate(approvedAt)}。信息如有变化，请通过“我要变更”修改。`
            : '信息如有变化，请通过“我要变更”修改。'
        }
      />
    );
  }
  return null;
}
