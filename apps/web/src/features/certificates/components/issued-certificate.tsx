import { Alert, Descriptions, Flex } from 'antd';
import type { CertificateApplication } from '@lx/shared/certificate-schemas';
import { formatDate, formatDateTime } from '@lx/shared/dates';
import { chineseDate } from '@lx/shared/dates';
import { CertificatePaper } from './certificate-paper';

type IssuedCertificateProps = {
  application: CertificateApplication;
  associationName: string | undefined;
};

/**
 * The certificate as issued (or as it will be, while pending), with its number and dates once
 * issued, and a banner when the association has revoked it.
 */
export function IssuedCertificate({ application, associationName }: IssuedCertificateProps) {
  const certificate = application.certificate;
  return (
    <Flex vertical gap={16}>
      {certificate?.revokedAt ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title="已撤销"
          description={`该证明已于 ${formatDateTime(certificate.revokedAt)} 被律师协会撤销${
            certificate.revokeReason ? `，撤销原因：${certificate.revokeReason}` : ''
          }。`}
        />
      ) : null}
      <CertificatePaper
        label="证明预览"
        text={application.preview}
        associationName={associationName}
        issue={
          certificate
            ? {
                number: certificate.number,
                issuedOn: chineseDate(certificate.issuedAt),
                expiresOn: chineseDate(certificate.expiresAt),
              }
            : null
        }
      />
      {certificate ? (
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, sm: 1, md: 3 }}
          styles={{ label: { whiteSpace: 'nowrap' }, content: { overflowWrap: 'anywhere' } }}
          items={[
            { key: 'number', label: '证明编号', children: certificate.number },
            { key: 'issuedAt', label: '签发日期', children: formatDate(certificate.issuedAt) },
            { key: 'expiresAt', label: '有效期至', children: formatDate(certificate.expiresAt) },
          ]}
        />
      ) : null}
    </Flex>
  );
}
