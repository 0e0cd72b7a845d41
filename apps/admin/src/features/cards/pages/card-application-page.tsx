import { Col, Flex, Row, Space } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import { useParams } from 'react-router';
import { CARD_APPLICATION_STATE_LABELS } from '@lx/shared/card-workflow';
import { RecordChangeAlert, RefreshButton, useRecordChangeNotice } from '@lx/ui/record-freshness';
import { BackToQueue } from '@/lib/queue-link';
import { FullPageSpin } from '@/components/full-page-spin';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { paths } from '@/config/paths';
import { useCardApplication } from '../api/get-card-application';
import { ApplicationInfoCard } from '../components/application-info-card';
import { ApplicationPhotoCard } from '../components/application-photo-card';
import { CardApplicationActions } from '../components/card-application-actions';
import { CardApplicationStateTag } from '@lx/ui/state-tags';
import { cardApplicationKindText } from '../components/card-workflow-steps';
import { HolderCardsCard } from '../components/holder-cards-card';
import { PracticeDataCard } from '../components/practice-data-card';
import { ProcessingHistoryCard } from '../components/processing-history-card';

function BackLink() {
  return <BackToQueue list={paths.cards.path} label="返回会员卡办理列表" />;
}

/** 申请详情: the application, the applicant's data, photo and cards; the next step or 驳回. */
export function CardApplicationPage() {
  const { id = '' } = useParams();
  const detail = useCardApplication(id);
  const change = useRecordChangeNotice(detail.data, CARD_APPLICATION_STATE_LABELS, '申请');

  if (detail.isPending) return <FullPageSpin />;
  if (detail.isError) {
    return (
      <>
        <BackLink />
        <PageHeader title="申请详情" />
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      </>
    );
  }

  const application = detail.data;
  return (
    <>
      <BackLink />
      <PageHeader
        title={application.number}
        tags={<CardApplicationStateTag state={application.state} />}
        extra={
          <Space wrap>
            <RefreshButton fetching={detail.isFetching} onRefresh={detail.refetch} />
            <CardApplicationActions application={application} />
          </Space>
        }
      >
        {[
          application.data.name,
          application.data.organisationName,
          cardApplicationKindText(application.kind, application.reason),
          `申请时间 ${formatDateTime(application.createdAt)}`,
        ].join(' · ')}
      </PageHeader>
      <RecordChangeAlert notice={change.notice} onClose={change.dismiss} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <ApplicationInfoCard application={application} />
            <PracticeDataCard data={application.data} />
            <HolderCardsCard cards={application.holderCards} />
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <ApplicationPhotoCard
              applicationId={application.id}
              photoVersion={application.photoVersion}
            />
            <ProcessingHistoryCard history={application.history} />
          </Flex>
        </Col>
      </Row>
    </>
  );
}
