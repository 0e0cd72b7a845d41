import { Card, Flex, Typography } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import { ApplicationActions } from './application-actions';
import { RejectReason } from './application-state';
import type { ApplicationListProps } from './application-table';
import { CardApplicationStateTag } from '@lx/ui/state-tags';
import { applicationKindText, applicationNoText } from './card-labels';

/** 我的申请 (phones), one card each. */
export function ApplicationCards({ applications }: ApplicationListProps) {
  return (
    <Flex vertical gap={12} role="list" aria-label="会员卡申请列表">
      {applications.map((application) => (
        <div role="listitem" key={application.id}>
          <Card size="small">
            <Flex justify="space-between" align="center" gap={8} style={{ marginBottom: 4 }}>
              <Typography.Text strong>{applicationKindText(application)}</Typography.Text>
              <CardApplicationStateTag state={application.state} />
            </Flex>
            <Flex vertical gap={2} style={{ marginBottom: 8 }}>
              <RejectReason application={application} />
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                申请编号：{applicationNoText(application.number)}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                申请时间：{formatDateTime(application.createdAt)}
              </Typography.Text>
            </Flex>
            <ApplicationActions application={application} />
          </Card>
        </div>
      ))}
    </Flex>
  );
}
