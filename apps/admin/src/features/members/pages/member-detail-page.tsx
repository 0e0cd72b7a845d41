import { Alert, Button, Card, Col, Descriptions, Flex, Row, Space } from 'antd';
import {
  GENDER_LABELS,
  ORGANISATION_KIND_LABELS,
  ORGANISATION_ROLE_LABELS,
  PRACTICE_CATEGORY_LABELS,
} from '@lx/shared/labels';
import {
  ACCOUNT_ACTION_LABELS,
  ACCOUNT_ACTIONS,
  accountActionAllowed,
  type AccountAction,
  type MemberDetail,
} from '@lx/shared/member-schemas';
import { ProfileStateTag } from '@lx/ui/state-tags';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { FullPageSpin } from '@/components/full-page-spin';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { paths } from '@/config/paths';
import { BackToQueue } from '@/lib/queue-link';
import { useMember } from '../api/get-member';
import { AccountActionModal } from '../components/account-action-modal';
import { CorrectionModal } from '../components/correction-modal';
import { AccountStateTag } from '../components/member-table';
import { AccountPanel, MemberRecords, TransferTable } from '../components/member-panels';
import { TransferModal } from '../components/transfer-modal';

type Dialog =
  | { kind: 'correct' }
  | { kind: 'transfer' }
  | { kind: 'account'; action: AccountAction };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function Identity({ member }: { member: MemberDetail }) {
  return (
    <Card title="身份与执业信息">
      <Descriptions column={{ xs: 1, sm: 2 }} size="small">
        <Descriptions.Item label="姓名">{member.name}</Descriptions.Item>
        <Descriptions.Item label="性别">{GENDER_LABELS[member.gender]}</Descriptions.Item>
        <Descriptions.Item label="身份证号">{member.idNo}</Descriptions.Item>
        <Descriptions.Item label="执业证号">{member.licenceNo ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="会员编号">{member.memberNo}</Descriptions.Item>
        <Descriptions.Item label="执业类别">
          {PRACTICE_CATEGORY_LABELS[member.practiceCategory]}
        </Descriptions.Item>
        <Descriptions.Item label="执业机构">
          <Link to={paths.organisation.getHref(member.organisationId)}>
            {member.organisationName}
          </Link>
          （{ORGANISATION_KIND_LABELS[member.organisationKind]}）
        </Descriptions.Item>
        <Descriptions.Item label="所内身份">
          {member.status === 'LEFT'
            ? `已离所（${member.leftAt ?? ''}）`
            : ORGANISATION_ROLE_LABELS[member.organisationRole]}
        </Descriptions.Item>
        <Descriptions.Item label="发证机关">{member.authority || '—'}</Descriptions.Item>
        <Descriptions.Item label="个人档案">
          <ProfileStateTag state={member.profileState} />
        </Descriptions.Item>
        <Descriptions.Item label={`${member.training.year} 年度学时`}>
          {member.training.requiredHours === null
            ? `${member.training.hours} 学时`
            : `${member.training.hours} / ${member.training.requiredHours} 学时`}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** 会员详情: everything about one lawyer, and the staff actions (each with its reason). */
export function MemberDetailPage() {
  const { lawyerId = '' } = useParams();
  const [params] = useSearchParams();
  const ticket = params.get('ticket') ?? '';
  const ticketId = UUID.test(ticket) ? ticket : undefined;
  const detail = useMember(lawyerId);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const back = <BackToQueue list={paths.members.path} label="返回会员查询" />;

  if (detail.isPending) return <FullPageSpin />;
  if (detail.isError) {
    return (
      <>
        {back}
        <PageHeader title="会员详情" level={1} />
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      </>
    );
  }
  const member = detail.data;
  const close = () => setDialog(null);
  return (
    <>
      {back}
      <PageHeader
        title={member.name}
        level={1}
        tags={<AccountStateTag state={member.accountState} />}
        extra={
          <Space wrap>
            <Button type="primary" onClick={() => setDialog({ kind: 'correct' })}>
              更正信息
            </Button>
            <Button onClick={() => setDialog({ kind: 'transfer' })}>转所</Button>
            {ACCOUNT_ACTIONS.filter((a) => accountActionAllowed(a, member.accountState)).map(
              (action) => (
                <Button
                  key={action}
                  danger={action === 'disable'}
                  onClick={() => setDialog({ kind: 'account', action })}
                >
                  {ACCOUNT_ACTION_LABELS[action]}
                </Button>
              ),
            )}
          </Space>
        }
      >
        {`${member.organisationName} · ${PRACTICE_CATEGORY_LABELS[member.practiceCategory]} · 会员编号 ${member.memberNo}`}
      </PageHeader>
      {ticketId ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="从工单打开：在此所做的更正和转所会关联到该工单，并在工单对话中注明。"
          action={<Link to={paths.ticket.getHref(ticketId)}>返回工单</Link>}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <Identity member={member} />
            <MemberRecords member={member} />
            <TransferTable transfers={member.transfers} />
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <AccountPanel member={member} />
        </Col>
      </Row>
      {dialog?.kind === 'correct' ? (
        <CorrectionModal member={member} ticketId={ticketId} onClose={close} />
      ) : null}
      {dialog?.kind === 'transfer' ? (
        <TransferModal member={member} ticketId={ticketId} onClose={close} />
      ) : null}
      {dialog?.kind === 'account' ? (
        <AccountActionModal member={member} action={dialog.action} onClose={close} />
      ) : null}
    </>
  );
}
