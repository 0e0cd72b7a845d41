import { Card, Col, Row, Skeleton } from 'antd';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { useListParams } from '@/lib/use-list-params';
import { useStatistics } from '../api/get-statistics';
import {
  EventFigure,
  IssuedFigure,
  LeadTimeFigure,
  TicketFigure,
  TrainingFigure,
} from '../components/activity-figures';
import {
  CategoryFigure,
  OrganisationKindFigure,
  ProfileFigure,
} from '../components/member-figures';
import { StatisticsFilter } from '../components/statistics-filter';
import { statisticsRangeOf } from '../components/statistics-range';

const FILTER_KEYS = ['from', 'to'] as const;

/**
 * 统计分析: the association's figures — members, profiles, cards and certificates, review lead
 * times, open tickets, events and training — each a chart with its numbers in a table; the date
 * range is kept in the address.
 */
export function StatisticsPage() {
  const { filters, setFilters } = useListParams(FILTER_KEYS);
  const range = statisticsRangeOf(filters);
  const report = useStatistics(range);
  const data = report.data;

  return (
    <>
      <PageHeader title="统计分析" level={1}>
        按月的发放量、审核时长和活动统计所选日期范围；会员构成、档案、工单和培训达标为当前情况。
      </PageHeader>
      <Card style={{ marginBottom: 16 }}>
        <StatisticsFilter range={range} onChange={(next) => setFilters(next)} />
      </Card>
      {report.isError ? (
        <QueryError error={report.error} onRetry={() => void report.refetch()} />
      ) : data ? (
        <Row gutter={[16, 16]}>
          <Col xs={24}>
            <CategoryFigure members={data.members} />
          </Col>
          <Col xs={24}>
            <OrganisationKindFigure members={data.members} />
          </Col>
          <Col xs={24}>
            <ProfileFigure profiles={data.profiles} />
          </Col>
          <Col xs={24}>
            <IssuedFigure issued={data.issued} />
          </Col>
          <Col xs={24}>
            <LeadTimeFigure leadTimes={data.leadTimes} />
          </Col>
          <Col xs={24}>
            <TicketFigure openTickets={data.openTickets} />
          </Col>
          <Col xs={24}>
            <EventFigure events={data.events} />
          </Col>
          <Col xs={24}>
            <TrainingFigure training={data.training} />
          </Col>
        </Row>
      ) : (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      )}
    </>
  );
}
