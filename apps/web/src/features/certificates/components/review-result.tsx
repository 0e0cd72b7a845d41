import { Typography } from 'antd';
import type { ReactNode } from 'react';
import type { CertificateSummary } from '@lx/shared/certificate-schemas';

type ReviewResultProps = {
  application: Pick<CertificateSummary, 'state' | 'rejectReason' | 'certificateNumber'>;
  /** What shows while there is no result yet: a dash in the table, nothing on a card. */
  empty?: ReactNode;
};

/** 审核结果: why it was rejected, or the number of the certificate issued. */
export function ReviewResult({
  application,
  empty = <Typography.Text type="secondary">—</Typography.Text>,
}: ReviewResultProps) {
  if (application.state === 'REJECTED' && application.rejectReason) {
    return (
      <Typography.Text type="danger" style={{ overflowWrap: 'anywhere' }}>
        驳回原因：{application.rejectReason}
      </Typography.Text>
    );
  }
  if (application.certificateNumber) {
    return <span>证明编号：{application.certificateNumber}</span>;
  }
  return empty;
}
