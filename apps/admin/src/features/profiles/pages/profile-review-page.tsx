import { Alert, Col, Flex, Row, Space } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import { LIST_SECTIONS } from '@lx/shared/profile-sections';
import { useParams } from 'react-router';
import { PROFILE_STATE_LABELS } from '@lx/shared/profile-workflow';
import { RecordChangeAlert, RefreshButton, useRecordChangeNotice } from '@lx/ui/record-freshness';
import { BackToQueue } from '@/lib/queue-link';
import { FullPageSpin } from '@/components/full-page-spin';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { paths } from '@/config/paths';
import { useProfileDetail } from '../api/get-profile-detail';
import { BasicInfoCards } from '../components/basic-info-cards';
import { PracticeRecordCard } from '../components/practice-record-card';
import { ProfileChangesCard } from '../components/profile-changes-card';
import { ProfileStateTag } from '@lx/ui/state-tags';
import { ReviewActions } from '../components/review-actions';
import { ReviewHistoryCard } from '../components/review-history-card';
import { SectionCard } from '../components/section-card';

function BackLink() {
  return <BackToQueue list={paths.profiles.path} label="返回档案审核列表" />;
}

/** 档案详情: the whole profile, its review history and change log; 审核通过 / 驳回 while submitted. */
export function ProfileReviewPage() {
  const { id = '' } = useParams();
  const detail = useProfileDetail(id);
  const change = useRecordChangeNotice(
    detail.data && { id: detail.data.id, ...detail.data.overview },
    PROFILE_STATE_LABELS,
    '档案',
  );

  if (detail.isPending) return <FullPageSpin />;
  if (detail.isError) {
    return (
      <>
        <BackLink />
        <PageHeader title="档案详情" />
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      </>
    );
  }

  const data = detail.data;
  const { overview, basic } = data;
  const statusOf = (key: string) => overview.sections.find((s) => s.key === key)?.status;

  return (
    <>
      <BackLink />
      <PageHeader
        title={basic.practiceRecord.name}
        tags={<ProfileStateTag state={overview.state} />}
        extra={
          <Space wrap>
            <RefreshButton fetching={detail.isFetching} onRefresh={detail.refetch} />
            <ReviewActions detail={data} />
          </Space>
        }
      >
        {[
          basic.practiceRecord.organisationName,
          overview.review.submittedAt
            ? `提交时间 ${formatDateTime(overview.review.submittedAt)}`
            : null,
          overview.review.reviewedAt
            ? `审核时间 ${formatDateTime(overview.review.reviewedAt)}`
            : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </PageHeader>
      <RecordChangeAlert notice={change.notice} onClose={change.dismiss} />
      <Flex vertical gap={16}>
        {overview.state === 'SUBMITTED' ? (
          <Alert
            type="info"
            showIcon
            title={
              overview.complete
                ? '请核对以下信息和证件照片，无误后审核通过；有问题的请驳回并写明审核意见。'
                : '该档案尚有栏目未填写完整，请核对后处理。'
            }
          />
        ) : null}
        {overview.state === 'REJECTED' && overview.review.opinion ? (
          <Alert
            type="warning"
            showIcon
            title="已驳回，等待律师修改后重新提交"
            description={`审核意见：${overview.review.opinion}`}
          />
        ) : null}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <PracticeRecordCard detail={data} />
          </Col>
          <Col xs={24} xl={8}>
            <ReviewHistoryCard history={data.history} />
          </Col>
        </Row>
        <BasicInfoCards detail={data} />
        {LIST_SECTIONS.map((key) => (
          <SectionCard
            key={key}
            sectionKey={key}
            section={data.sections.find((s) => s.key === key)}
            status={statusOf(key)}
          />
        ))}
        <ProfileChangesCard profileId={data.id} />
      </Flex>
    </>
  );
}
