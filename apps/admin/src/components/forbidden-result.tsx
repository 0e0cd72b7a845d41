import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

export function ForbiddenResult({ detail }: { detail?: string }) {
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle={detail ?? '您的账号没有访问此页面的权限，如需开通请联系系统管理员。'}
      extra={
        <Link to={paths.dashboard.getHref()}>
          <Button type="primary">返回工作台</Button>
        </Link>
      }
    />
  );
}
