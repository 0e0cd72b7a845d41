import { Button, Table, Typography, type TableProps } from 'antd';
import type {
  OrganisationCompliance,
  OrganisationCompliancePage,
} from '@lx/shared/training-schemas';
import { tablePagination } from '@/lib/page';
import { percentText } from './compliance-queries';

type Props = {
  year: number;
  data: OrganisationCompliancePage | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  /** 机构 opens the 按律师 tab with that organisation's lawyers. */
  onPick: (organisation: OrganisationCompliance) => void;
};

/** 按机构: 机构, 律师人数, 已达标, 未达标, 达标率, 总学时. */
export function OrganisationComplianceTable({
  year,
  data,
  loading,
  page,
  pageSize,
  onPageChange,
  onPick,
}: Props) {
  const columns: TableProps<OrganisationCompliance>['columns'] = [
    {
      title: '机构',
      dataIndex: 'name',
      render: (name: string, row) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
          aria-label={`查看 ${name} 的律师`}
          onClick={() => onPick(row)}
        >
          {name}
        </Button>
      ),
    },
    { title: '律师人数', dataIndex: 'lawyers', width: 90, align: 'right' },
    { title: '已达标', dataIndex: 'compliant', width: 80, align: 'right' },
    { title: '未达标', dataIndex: 'behind', width: 80, align: 'right' },
    {
      title: '达标率',
      dataIndex: 'share',
      width: 90,
      align: 'right',
      render: (share: number) => percentText(share),
    },
    { title: '总学时', dataIndex: 'hours', width: 90, align: 'right' },
  ];

  return (
    <Table<OrganisationCompliance>
      rowKey="organisationId"
      size="middle"
      caption={
        <Typography.Text strong style={{ display: 'block', textAlign: 'start', padding: '8px 0' }}>
          {year} 年度各机构学时达标情况{data ? `（共 ${data.total} 个机构）` : ''}
        </Typography.Text>
      }
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={tablePagination(data, { page, pageSize }, onPageChange)}
      locale={{ emptyText: '没有符合条件的机构' }}
    />
  );
}
