import { Table } from 'antd';
import { Link } from 'react-router';
import { PRACTICE_CATEGORY_LABELS } from '@lx/shared/labels';
import type { TrainingSummary } from '@lx/shared/training-schemas';
import { paths } from '@/config/paths';
import { ComplianceTag } from './compliance-tag';
import { RosterProgress, rosterHoursText } from './roster-hours';
import { ScrollRegion } from './scroll-region';

type RosterTrainingTableProps = {
  lawyers: TrainingSummary[];
  year: number;
  loading: boolean;
};

/** 本所律师学时 on a wider screen: each lawyer's year, 查看 opens their records. */
export function RosterTrainingTable({ lawyers, year, loading }: RosterTrainingTableProps) {
  return (
    <ScrollRegion label="本所律师学时表">
      <Table<TrainingSummary>
        rowKey={(summary) => summary.lawyer.id}
        size="middle"
        loading={loading}
        dataSource={lawyers}
        locale={{ emptyText: '本所暂无执业律师' }}
        pagination={false}
        columns={[
          { title: '姓名', key: 'name', render: (_, s) => s.lawyer.name },
          { title: '执业证号', key: 'licenceNo', render: (_, s) => s.lawyer.licenceNo ?? '—' },
          {
            title: '执业类别',
            key: 'category',
            render: (_, s) => PRACTICE_CATEGORY_LABELS[s.lawyer.category],
          },
          { title: '已完成学时', key: 'hours', render: (_, s) => rosterHoursText(s) },
          {
            title: '完成进度',
            key: 'progress',
            render: (_, s) => <RosterProgress summary={s} width={160} />,
          },
          { title: '达标情况', key: 'compliant', render: (_, s) => <ComplianceTag summary={s} /> },
          {
            title: '操作',
            key: 'actions',
            render: (_, s) => (
              <Link
                to={paths.trainingLawyer.getHref(s.lawyer.id, { year })}
                aria-label={`查看：${s.lawyer.name}的培训记录`}
              >
                查看
              </Link>
            ),
          },
        ]}
      />
    </ScrollRegion>
  );
}
