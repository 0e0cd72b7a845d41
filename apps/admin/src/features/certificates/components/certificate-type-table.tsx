import { Button, Table, Tag, Typography, type TableProps } from 'antd';
import {
  CERTIFICATE_APPLICANT_KIND_LABELS,
  CERTIFICATE_REVIEW_MODE_LABELS,
  type CertificateApplicantKind,
  type CertificateReviewMode,
  type CertificateType,
} from '@lx/shared/certificate-schemas';

type Props = {
  types: CertificateType[] | undefined;
  loading: boolean;
  onEdit: (type: CertificateType) => void;
};

/** 名称, 申请人, 审核方式, 有效天数, 列明律师, 状态 (启用 / 停用); 编辑 opens the type's form. */
export function CertificateTypeTable({ types, loading, onEdit }: Props) {
  const columns: TableProps<CertificateType>['columns'] = [
    {
      title: '名称',
      dataIndex: 'name',
      render: (name: string, row) => (
        <div style={{ minWidth: 200, maxWidth: 420 }}>
          <Typography.Text strong>{name}</Typography.Text>
          <Typography.Paragraph
            type="secondary"
            ellipsis={{ rows: 2, tooltip: row.description }}
            style={{ margin: 0, fontSize: 12 }}
          >
            {row.description}
          </Typography.Paragraph>
        </div>
      ),
    },
    {
      title: '申请人',
      dataIndex: 'applicantKinds',
      render: (kinds: CertificateApplicantKind[]) =>
        kinds.map((kind) => CERTIFICATE_APPLICANT_KIND_LABELS[kind]).join('、'),
    },
    {
      title: '审核方式',
      dataIndex: 'reviewMode',
      width: 100,
      render: (mode: CertificateReviewMode) => CERTIFICATE_REVIEW_MODE_LABELS[mode],
    },
    {
      title: '有效天数',
      dataIndex: 'validityDays',
      width: 100,
      align: 'right',
      render: (days: number) => `${days} 天`,
    },
    {
      title: '列明律师',
      dataIndex: 'namesLawyers',
      width: 90,
      render: (v: boolean) => (v ? '是' : '否'),
    },
    {
      title: '状态',
      dataIndex: 'active',
      width: 80,
      render: (active: boolean) =>
        active ? <Tag color="success">启用</Tag> : <Tag color="default">停用</Tag>,
    },
    {
      title: '操作',
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, row) => (
        <Button type="link" size="small" onClick={() => onEdit(row)}>
          编辑
        </Button>
      ),
    },
  ];

  return (
    <Table<CertificateType>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={types}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={false}
      locale={{ emptyText: '暂无证明类型' }}
    />
  );
}
