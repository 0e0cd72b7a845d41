import { Card, Descriptions, Empty, Table, Tag, Typography } from 'antd';
import { formatDate, formatDateTime } from '@lx/shared/dates';
import { formatCardNo } from '@lx/shared/card-schemas';
import type { MemberDetail, TransferRecord } from '@lx/shared/member-schemas';
import { CardStateTag, CertificateStateTag, TicketStateTag } from '@lx/ui/state-tags';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

/** Cards, certificates and tickets: counts and the latest few. */
export function MemberRecords({ member }: { member: MemberDetail }) {
  return (
    <Card title="会员卡、证明与工单">
      <Typography.Title level={2} style={{ fontSize: 15 }}>
        会员卡
      </Typography.Title>
      {member.cards.length === 0 ? (
        <Typography.Paragraph type="secondary">暂无会员卡</Typography.Paragraph>
      ) : (
        <ul style={{ paddingLeft: 20 }}>
          {member.cards.map((c) => (
            <li key={c.id}>
              {formatCardNo(c.number)} <CardStateTag state={c.state} /> 发卡{' '}
              {formatDate(c.issuedAt)}
            </li>
          ))}
        </ul>
      )}
      <Typography.Title level={2} style={{ fontSize: 15 }}>
        电子证明（共 {member.certificates.total} 份）
      </Typography.Title>
      {member.certificates.latest.length === 0 ? (
        <Typography.Paragraph type="secondary">暂无电子证明</Typography.Paragraph>
      ) : (
        <ul style={{ paddingLeft: 20 }}>
          {member.certificates.latest.map((c) => (
            <li key={c.id}>
              {c.typeName} <CertificateStateTag state={c.state} /> {formatDate(c.createdAt)}
            </li>
          ))}
        </ul>
      )}
      <Typography.Title level={2} style={{ fontSize: 15 }}>
        工单（共 {member.tickets.total} 件，未结 {member.tickets.open} 件）
      </Typography.Title>
      {member.tickets.latest.length === 0 ? (
        <Typography.Paragraph type="secondary">暂无工单</Typography.Paragraph>
      ) : (
        <ul style={{ paddingLeft: 20 }}>
          {member.tickets.latest.map((t) => (
            <li key={t.id}>
              <Link to={paths.ticket.getHref(t.id)}>
                {t.number} {t.title}
              </Link>{' '}
              <TicketStateTag state={t.state} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** 转所记录 of a member or an organisation. */
export function TransferTable({
  transfers,
  title = '转所记录',
}: {
  transfers: TransferRecord[];
  title?: string;
}) {
  return (
    <Card title={title}>
      {transfers.length === 0 ? (
        <Empty description="暂无转所记录" />
      ) : (
        <Table<TransferRecord>
          rowKey="id"
          size="small"
          dataSource={transfers}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: '生效日期', dataIndex: 'effectiveOn' },
            {
              title: '律师',
              key: 'lawyer',
              render: (_, r) => <Link to={paths.member.getHref(r.lawyerId)}>{r.lawyerName}</Link>,
            },
            { title: '转出机构', dataIndex: 'fromOrganisationName' },
            { title: '转入机构', dataIndex: 'toOrganisationName' },
            { title: '原因', dataIndex: 'reason' },
            {
              title: '办理时间',
              dataIndex: 'createdAt',
              render: (v: string) => formatDateTime(v),
            },
          ]}
        />
      )}
    </Card>
  );
}

/** The account: state, lock, forced change, last sign-in. */
export function AccountPanel({ member }: { member: MemberDetail }) {
  const a = member.account;
  if (!a) return <Card title="登录账号">该律师尚无登录账号</Card>;
  const locked = a.lockedUntil && new Date(a.lockedUntil) > new Date();
  return (
    <Card title="登录账号">
      <Descriptions column={1} size="small">
        <Descriptions.Item label="状态">
          {a.disabled ? <Tag color="error">已停用</Tag> : <Tag color="success">已启用</Tag>}
          {locked ? <Tag color="warning">锁定至 {formatDateTime(a.lockedUntil)}</Tag> : null}
          {a.mustChangePassword ? <Tag color="processing">须修改初始密码</Tag> : null}
        </Descriptions.Item>
        <Descriptions.Item label="登录失败次数">{a.failedLoginCount}</Descriptions.Item>
        <Descriptions.Item label="最近登录">
          {a.lastLoginAt ? formatDateTime(a.lastLoginAt) : '从未登录'}
        </Descriptions.Item>
        <Descriptions.Item label="手机号码">{a.mobile ?? '未登记'}</Descriptions.Item>
        <Descriptions.Item label="电子邮箱">{a.email ?? '未登记'}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
