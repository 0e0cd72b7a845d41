import { Flex, Typography } from 'antd';
import type { CardApplicationSummary } from '@lx/shared/card-schemas';
import { CardApplicationStateTag } from '@lx/ui/state-tags';

type StateProps = { application: Pick<CardApplicationSummary, 'state' | 'rejectReason'> };

/** Why a rejected application was rejected, so the applicant can correct it and apply again. */
export function RejectReason({ application }: StateProps) {
  if (application.state !== 'REJECTED' || !application.rejectReason) return null;
  return (
    <Typography.Text type="danger" style={{ fontSize: 13, overflowWrap: 'anywhere' }}>
      驳回原因：{application.rejectReason}
    </Typography.Text>
  );
}

/** 状态 of an application, with the reason under a rejection. */
export function ApplicationState({ application }: StateProps) {
  return (
    <Flex vertical gap={4} align="flex-start">
      <CardApplicationStateTag state={application.state} />
      <RejectReason application={application} />
    </Flex>
  );
}
