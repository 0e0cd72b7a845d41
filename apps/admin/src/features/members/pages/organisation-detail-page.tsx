import { Button, Card, Col, Descriptions, Row, Space, Tag } from 'antd';
import { ORGANISATION_KIND_LABELS } from '@lx/shared/labels';
import { ACCOUNT_STATE_LABELS, ORGANISATION_STATUS_LABELS } from '@lx/shared/member-schemas';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FullPageSpin } from '@/components/full-page-spin';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { paths } from '@/config/paths';
import { BackToQueue } from '@/lib/queue-link';
import { useOrganisation } from '../api/organisations';
import { EditOrganisationModal } from '../components/edit-organisation-modal';
import { TransferTable } from '../components/member-panels';

/** 机构详情: the organisation, its lawyer counts and moves in and out; 编辑. */
export function OrganisationDetailPage() {
  const { id = '' } = useParams();
  const detail = useOrganisation(id);
  const [editing, setEditing] = useState(false);
  const back = <BackToQueue list={paths.organisations.path} label="返回机构管理" />;

  if (detail.isPending) return <FullPageSpin />;
  if (detail.isError) {
    return (
      <>
        {back}
        <PageHeader title="机构详情" level={1} />
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      </>
    );
  }
  const o = detail.data;
  return (
    <>
      {back}
      <PageHeader
        title={o.name}
        level={1}
        tags={
          <Tag color={o.status === 'ACTIVE' ? 'success' : 'default'}>
            {ORGANISATION_STATUS_LABELS[o.status]}
          </Tag>
        }
        extra={
          <Space wrap>
            <Link to={paths.members.getHref({ organisationId: o.id })}>查看本机构律师</Link>
            <Button type="primary" onClick={() => setEditing(true)}>
              编辑机构
            </Button>
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title="机构信息">
            <Descriptions column={1} size="small">
              <Descriptions.Item label="类型">{ORGANISATION_KIND_LABELS[o.kind]}</Descriptions.Item>
              <Descriptions.Item label="执业许可证号">{o.licenceNo ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="会员编号">{o.memberNo}</Descriptions.Item>
              <Descriptions.Item label="负责人">{o.headName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="地址">{o.address ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="联系电话">{o.phone ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="执业律师">{o.practising} 人</Descriptions.Item>
              <Descriptions.Item label="已离所">{o.left} 人</Descriptions.Item>
              <Descriptions.Item label="登录账号">
                {ACCOUNT_STATE_LABELS[o.accountState]}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <TransferTable transfers={o.transfers} title="转入转出记录" />
        </Col>
      </Row>
      {editing ? (
        <EditOrganisationModal organisation={o} onClose={() => setEditing(false)} />
      ) : null}
    </>
  );
}
