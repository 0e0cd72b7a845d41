import { Table, Tag, type TableProps } from 'antd';
import { ORGANISATION_ROLE_LABELS, PRACTICE_CATEGORY_LABELS } from '@lx/shared/labels';
import {
  ACCOUNT_STATE_COLORS,
  ACCOUNT_STATE_LABELS,
  type MemberListItem,
  type MemberPage,
} from '@lx/shared/member-schemas';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { tablePagination } from '@/lib/page';

export function AccountStateTag({ state }: { state: MemberListItem['accountState'] }) {
  return <Tag color={ACCOUNT_STATE_COLORS[state]}>{ACCOUNT_STATE_LABELS[state]}</Tag>;
}

/** 会员查询's results, one server page at a time. */
export function MemberTable(props: {
  data: MemberPage | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}) {
  const columns: TableProps<MemberListItem>['columns'] = [
    {
      title: '姓名',
      dataIndex: 'name',
      render: (name: string, m) => (
        <Link to={paths.member.getHref(m.id)} aria-label={`查看 ${name} 的会员详情`}>
          {name}
        </Link>
      ),
    },
    { title: '执业证号', dataIndex: 'licenceNo', render: (v: string | null) => v ?? '—' },
    { title: '会员编号', dataIndex: 'memberNo' },
    {
      title: '执业类别',
      dataIndex: 'practiceCategory',
      render: (v: MemberListItem['practiceCategory']) => PRACTICE_CATEGORY_LABELS[v],
    },
    {
      title: '执业机构 / 所内身份',
      key: 'organisation',
      render: (_, m) =>
        `${m.organisationName} / ${m.status === 'LEFT' ? '已离所' : ORGANISATION_ROLE_LABELS[m.organisationRole]}`,
    },
    {
      title: '账号状态',
      dataIndex: 'accountState',
      render: (v: MemberListItem['accountState']) => <AccountStateTag state={v} />,
    },
  ];
  return (
    <Table<MemberListItem>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={props.data?.items ?? []}
      loading={props.loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '没有符合条件的会员' }}
      pagination={tablePagination(
        props.data,
        { page: props.page, pageSize: props.pageSize },
        props.onPageChange,
      )}
    />
  );
}
