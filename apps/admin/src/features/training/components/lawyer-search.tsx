import { SearchOutlined } from '@ant-design/icons';
import { Button, Form, Input, Table, Typography, type TableProps } from 'antd';
import { lawyerSearchQuerySchema, type LawyerHit } from '@lx/shared/training-schemas';
import { ZodForm } from '@lx/ui/zod-form';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { QueryError } from '@/components/query-error';
import { paths } from '@/config/paths';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { useTrainingLawyers } from '../api/search-lawyers';

/** The search box: 姓名, 执业证号 or 会员编号, checked by the shared schema (not blank). */
function LawyerSearchForm({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  const [form] = Form.useForm();
  const { onValuesChange } = useFormFeedback({ form, schema: lawyerSearchQuerySchema });
  useEffect(() => {
    form.setFieldsValue({ q });
  }, [form, q]);
  return (
    <ZodForm
      name="training-lawyer-search"
      form={form}
      schema={lawyerSearchQuerySchema}
      onValuesChange={onValuesChange}
      onSubmit={(values: { q: string }) => onSearch(values.q)}
      layout="inline"
      style={{ rowGap: 12 }}
      autoComplete="off"
    >
      <Form.Item label="查找律师" name="q">
        <Input allowClear placeholder="姓名/执业证号/会员编号" style={{ width: 240 }} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined aria-hidden />}>
          搜索
        </Button>
      </Form.Item>
    </ZodForm>
  );
}

function LawyerHits({ q }: { q: string }) {
  const hits = useTrainingLawyers(q);
  if (hits.isError) return <QueryError error={hits.error} onRetry={() => void hits.refetch()} />;
  const columns: TableProps<LawyerHit>['columns'] = [
    {
      title: '姓名',
      dataIndex: 'name',
      width: 100,
      render: (name: string, hit) => (
        <Link to={paths.trainingLawyer.getHref(hit.id)} aria-label={`查看 ${name} 的学时台账`}>
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
    { title: '会员编号', dataIndex: 'memberNo', width: 130 },
    { title: '执业机构', dataIndex: 'organisationName' },
  ];
  return (
    <Table<LawyerHit>
      rowKey="id"
      size="small"
      caption={
        <Typography.Text strong style={{ display: 'block', textAlign: 'start', padding: '8px 0' }}>
          搜索结果{hits.data ? `（${hits.data.items.length} 人，最多显示 20 人）` : ''}
        </Typography.Text>
      }
      columns={columns}
      dataSource={hits.data?.items}
      loading={hits.isFetching}
      scroll={{ x: 'max-content' }}
      pagination={false}
      locale={{ emptyText: '没有找到符合条件的律师' }}
    />
  );
}

/** 查找律师: search by name, 执业证号 or 会员编号; each hit links to its 学时台账. */
export function LawyerSearch({
  q,
  onSearch,
}: {
  /** The search the address holds; blank: no results shown. */
  q: string;
  onSearch: (q: string) => void;
}) {
  return (
    <>
      <LawyerSearchForm q={q} onSearch={onSearch} />
      {q ? (
        <div style={{ marginTop: 16 }}>
          <LawyerHits q={q} />
        </div>
      ) : null}
    </>
  );
}
