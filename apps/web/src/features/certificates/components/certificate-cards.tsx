import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import type { CertificateSummary } from '@lx/shared/certificate-schemas';
import { formatDateTime } from '@lx/shared/dates';
import { paths } from '@/config/paths';
import { CertificateStateTag } from '@lx/ui/state-tags';
import { paperStateText } from './paper-state-text';
import { ReviewResult } from './review-result';

/** 我的证明 (phones), one card each. */
export function CertificateCards({ applications }: { applications: CertificateSummary[] }) {
  return (
    <Flex vertical gap={12} role="list" aria-label="证明申请列表">
      {applications.map((application) => (
        <div role="listitem" key={application.id}>
          <Card size="small">
            <Flex justify="space-between" align="flex-start" gap={8} style={{ marginBottom: 4 }}>
              <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                {application.typeName}
              </Typography.Text>
              <CertificateStateTag state={application.state} />
            </Flex>
            <Flex vertical gap={2} style={{ marginBottom: 8, fontSize: 13 }}>
              <ReviewResult application={application} empty={null} />
              <Typography.Text type="secondary">申请编号：{application.number}</Typography.Text>
              <Typography.Text type="secondary">
                申请时间：{formatDateTime(application.createdAt)}
              </Typography.Text>
              {application.paperState ? (
                <Typography.Text type="secondary">
                  纸质证明：{paperStateText(application.paperState)}
                </Typography.Text>
              ) : null}
            </Flex>
            <Link to={paths.certificate.getHref(application.id)}>查看</Link>
          </Card>
        </div>
      ))}
    </Flex>
  );
}
