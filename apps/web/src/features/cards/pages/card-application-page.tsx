import { Card, Col, Descriptions, Flex, Row, Typography } from 'antd';
import { useParams } from 'react-router';
import type { CardApplication } from '@lx/shared/card-schemas';
import { CARD_APPLICATION_KIND_LABELS } from '@lx/shared/card-workflow';
import { formatDateTime } from '@lx/shared/dates';
import { BackLink, RecordPage } from '@/components/record-page-state';
import { paths } from '@/config/paths';
import { cardApplicationPhotoUrl, useCardApplication } from '../api/get-card-application';
import { ApplicationFormLink } from '../components/application-form-link';
import { ApplicationHistory } from '../components/application-history';
import { CancelApplicationButton } from '../components/cancel-application-button';
import { CardApplicationStateTag } from '@lx/ui/state-tags';
import { applicationNoText, cardNoText } from '../components/card-labels';
import { IdPhotoFrame } from '@/components/id-photo-frame';
import { ApplicantDescriptions } from '../components/practice-descriptions';

const BACK = { to: paths.cards.getHref(), label: '返回申请会员卡' };

/** One of my card applications: where it stands, what it was made with, and its history. */
export function CardApplicationPage() {
  const { id = '' } = useParams();
  const application = useCardApplication(id);

  return (
    <RecordPage
      query={application}
      back={BACK}
      missing={{ title: '申请不存在', subTitle: '该会员卡申请不存在，请从申请会员卡页面进入。' }}
    >
      {(record) => <ApplicationView application={record} />}
    </RecordPage>
  );
}

/** 申请类型 … 替换卡号: only what applies to this application. */
function applicationItems(application: CardApplication) {
  const items = [
    { key: 'kind', label: '申请类型', children: CARD_APPLICATION_KIND_LABELS[application.kind] },
    application.reason ? { key: 'reason', label: '换卡原因', children: application.reason } : null,
    { key: 'createdAt', label: '申请时间', children: formatDateTime(application.createdAt) },
    {
      key: 'state',
      label: '状态',
      children: <CardApplicationStateTag state={application.state} />,
    },
    application.rejectReason
      ? { key: 'rejectReason', label: '驳回原因', children: application.rejectReason }
      : null,
    application.cardNumber
      ? { key: 'cardNumber', label: '新卡卡号', children: cardNoText(application.cardNumber) }
      : null,
    application.replacesCardNumber
      ? {
          key: 'replacesCardNumber',
          label: '替换卡号',
          children: cardNoText(application.replacesCardNumber),
        }
      : null,
  ];
  return items.filter((item) => item !== null);
}

function ApplicationView({ application }: { application: CardApplication }) {
  const number = applicationNoText(application.number);
  return (
    <Flex vertical gap={16}>
      <title>{`会员卡申请 ${number} - 律协会员服务平台`}</title>
      <div>
        <BackLink {...BACK} />
      </div>
      <Card
        title={
          <Flex wrap gap={8} align="center" style={{ padding: '8px 0' }}>
            <h1 style={{ fontSize: 18, margin: 0 }}>会员卡申请 {number}</h1>
            <CardApplicationStateTag state={application.state} />
          </Flex>
        }
      >
        <Flex vertical gap={16}>
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, sm: 1, md: 2 }}
            styles={{ label: { whiteSpace: 'nowrap' }, content: { overflowWrap: 'anywhere' } }}
            items={applicationItems(application)}
          />
          <Flex wrap gap={16} align="center">
            <ApplicationFormLink id={application.id} />
            {application.canCancel ? (
              <CancelApplicationButton id={application.id} label="撤消申请" />
            ) : null}
          </Flex>
        </Flex>
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>申请信息</h2>}>
        <Row gutter={[16, 16]}>
          <Col xs={24} md={18}>
            <ApplicantDescriptions data={application.data} />
          </Col>
          <Col xs={24} md={6}>
            <Typography.Paragraph strong style={{ marginBottom: 8 }}>
              证件照片
            </Typography.Paragraph>
            <IdPhotoFrame url={cardApplicationPhotoUrl(application)} alt="申请照片" />
          </Col>
        </Row>
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>办理记录</h2>}>
        <ApplicationHistory history={application.history} />
      </Card>
    </Flex>
  );
}
