import { Table, type TableColumnsType } from 'antd';

/**
 * The numbers of a figure, the chart's accessible version: a small table without paging that
 * scrolls inside its card when the screen is narrow (named by the figure's section).
 */
export function FigureTable<T extends object>({
  rows,
  rowKey,
  columns,
}: {
  rows: T[];
  rowKey: keyof T & string;
  columns: TableColumnsType<T>;
}) {
  return (
    <Table<T>
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowKey={rowKey}
      dataSource={rows}
      columns={columns}
    />
  );
}
