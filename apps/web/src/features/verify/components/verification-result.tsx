import { Descriptions, Result } from 'antd';
import type { ResultProps } from 'antd';
import {
  VERIFICATION_STATUS_LABELS,
  type CertificateVerification,
  type VerificationStatus,
} from '@lx/shared/certificate-schemas';
import { formatDate } from '@lx/shared/dates';

const RESULT_STATUS: Record<VerificationStatus, NonNullable<ResultProps['status']>> = {
  VALID: 'success',
  EXPIRED: 'warning',
  REVOKED: 'error',
};

function statusNote(verification: CertificateVerification): string {
  switch (verification.status) {
    case 'VALID':
      return '该证明由本会签发，目前在有效期内。';
    case 'EXPIRED':
      return '该证明由本会签发，但已超过有效期。';
    case 'REVOKED':
      return verification.revokeReason
        ? `该证明已被本会撤销。撤销原因：${verification.revokeReason}`
        : '该证明已被本会撤销。';
  }
}

/** What anyone may know of a certificate: its status in large, then its particulars. */
export function VerificationResult({ verification }: { verification: CertificateVerification }) {
  const revoked = verification.status === 'REVOKED';
  return (
    <>
      <Result
        status={RESULT_STATUS[verification.status]}
        title={VERIFICATION_STATUS_LABELS[verification.status]}
        subTitle={statusNote(verification)}
        style={{ padding: '16px 0' }}
      />
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { whiteSpace: 'nowrap' }, content: { overflowWrap: 'anywhere' } }}
        items={[
          { key: 'number', label: '证明编号', children: verification.number },
          { key: 'type', label: '证明类型', children: verification.typeName },
          { key: 'holder', label: '持有人', children: verification.holderName },
          { key: 'issuedAt', label: '签发日期', children: formatDate(verification.issuedAt) },
          { key: 'expiresAt', label: '有效期至', children: formatDate(verification.expiresAt) },
          ...(revoked && verification.revokedAt
            ? [
                {
                  key: 'revokedAt',
                  label: '撤销日期',
                  children: formatDate(verification.revokedAt),
                },
              ]
            : []),
          ...(revoked && verification.revokeReason
            ? [{ key: 'revokeReason', label: '撤销原因', children: verification.revokeReason }]
            : []),
        ]}
      />
    </>
  );
}
