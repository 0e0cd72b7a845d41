import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

export function ForbiddenResult({ detail }: { detail?: string }) {
  return (
    <Result
      status="403"
      // The page's title: its one h1, in the Result's own size.
      title={<h1 style={{ font: 'inherit', margin: 0 }}>无权访问</h1>}
      subTitle={detail ?? '您的账号没有访问此页面的权限，如需开通请联系系统管理员。'}
      extra={
        <Link to={paths.dashboard.getHref()}>
          <Button type="primary">返回工作台</Button>
        </Link>
      }
    />
  );
}
