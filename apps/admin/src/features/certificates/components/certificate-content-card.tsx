import { Alert, Card, Typography } from 'antd';
import type { CertificateApplication } from '@lx/shared/certificate-schemas';
import { CERTIFICATE_WORKFLOW } from '@lx/shared/certificate-workflow';
import { formatDateTime } from '@lx/shared/dates';
import { canApply } from '@lx/shared/workflow';
import { CertificatePaper } from './certificate-paper';

/**
 * 证明内容: the certificate's text as issued (or as it will be issued, while pending) with its number
 * and dates once issued; a revoked one says so, with the reason.
 */
export function CertificateContentCard({ application }: { application: CertificateApplication }) {
  const { certificate } = application;
  return (
    <Card title="证明内容" role="region" aria-label="证明内容">
      {certificate?.revokedAt ? (
        <Alert
          type="error"
          showIcon
          title="已撤销"
          description={
            <span style={{ whiteSpace: 'pre-wrap' }}>
              撤销原因：{certificate.revokeReason ?? '—'}（{formatDateTime(certificate.revokedAt)}）
            </span>
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {certificate ? null : (
        <Typography.Paragraph type="secondary">
          {canApply(CERTIFICATE_WORKFLOW, 'approve', application.state)
            ? '审核通过后签发证明，届时生成证明编号和有效期。'
            : '该申请未签发证明。'}
        </Typography.Paragraph>
      )}
      <CertificatePaper text={application.preview} issue={certificate} label="证明文本" />
    </Card>
  );
}
