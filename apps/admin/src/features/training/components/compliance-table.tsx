import { Table, Tag, Typography, type TableProps } from 'antd';
import { PRACTICE_CATEGORY_LABELS, type PracticeCategory } from '@lx/shared/labels';
import { TRAINING_KIND_LABELS, TRAINING_KINDS } from '@lx/shared/training-kinds';
import type { CompliancePage, ComplianceRow } from '@lx/shared/training-schemas';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { tablePagination } from '@/lib/page';

type Props = {
  year: number;
  data: CompliancePage | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
};

/**
 * 按律师: 姓名 (to the lawyer's 学时台账 of the year), 执业证号, 执业机构, 执业类别, 要求学时, 已完成
 * and per kind, 还需, 状态.
 */
export function ComplianceTable({ year, data, loading, page, pageSize, onPageChange }: Props) {
  const columns: TableProps<ComplianceRow>['columns'] = [
    {
      title: '姓名',
      dataIndex: 'name',
      width: 90,
      fixed: 'left',
      render: (name: string, row) => (
        <Link
          to={paths.trainingLawyer.getHref(row.lawyerId, { year })}
          aria-label={`${name} 的学时台账`}
        >
          {name}
        </Link>
      ),
    },
    {
      title: '执业证号',
      dataIndex: 'licenceNo',
      width: 170,
      render: (v: string | null) => v ?? '—',
    },
    { title: '执业机构', dataIndex: 'organisationName' },
    {
      title: '执业类别',
      dataIndex: 'category',
      width: 100,
      render: (c: PracticeCategory) => PRACTICE_CATEGORY_LABELS[c],
    },
    {
      title: '要求学时',
      dataIndex: 'required',
      width: 90,
      align: 'right',
      render: (v: number | null) => (v === null ? '未设定' : v),
    },
    {
      title: '已完成',
      key: 'total',
      width: 80,
      align: 'right',
      render: (_, row) => row.totals.total,
    },
    ...TRAINING_KINDS.map((kind): NonNullable<TableProps<ComplianceRow>['columns']>[number] => ({
      title: TRAINING_KIND_LABELS[kind],
      key: kind,
      width: 90,
      align: 'right',
      render: (_, row) => row.totals[kind],
    })),
    { title: '还需', dataIndex: 'remaining', width: 70, align: 'right' },
    {
      title: '状态',
      key: 'status',
      width: 90,
      render: (_, row) =>
        row.compliant ? <Tag color="success">已达标</Tag> : <Tag color="error">未达标</Tag>,
    },
  ];

  return (
    <Table<ComplianceRow>
      rowKey="lawyerId"
      size="middle"
      caption={
        <Typography.Text strong style={{ display: 'block', textAlign: 'start', padding: '8px 0' }}>
          {year} 年度律师学时达标情况{data ? `（共 ${data.total} 人）` : ''}
        </Typography.Text>
      }
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={tablePagination(data, { page, pageSize }, onPageChange)}
      locale={{ emptyText: '没有符合条件的律师' }}
    />
  );
}
