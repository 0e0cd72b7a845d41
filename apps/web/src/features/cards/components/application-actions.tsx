import { Flex } from 'antd';
import { Link } from 'react-router';
import type { CardApplicationSummary } from '@lx/shared/card-schemas';
import { paths } from '@/config/paths';
import { ApplicationFormLink } from './application-form-link';
import { CancelApplicationButton } from './cancel-application-button';

/** 查看, 打印申请单 and (while it may still be withdrawn) 撤消 of one application. */
export function ApplicationActions({ application }: { application: CardApplicationSummary }) {
  return (
    <Flex wrap gap={12} align="center">
      <Link to={paths.cardApplication.getHref(application.id)}>查看</Link>
      <ApplicationFormLink id={application.id} size="small" />
      {application.canCancel ? (
        <CancelApplicationButton id={application.id} label="撤消" size="small" type="link" />
      ) : null}
    </Flex>
  );
}
