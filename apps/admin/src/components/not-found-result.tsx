import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

export function NotFoundResult() {
  return (
    <Result
      status="404"
      // The page's title: its one h1, in the Result's own size.
      title={<h1 style={{ font: 'inherit', margin: 0 }}>页面不存在</h1>}
      subTitle="您访问的页面不存在或已被移除，请检查地址是否正确。"
      extra={
        <Link to={paths.dashboard.getHref()}>
          <Button type="primary">返回工作台</Button>
        </Link>
      }
    />
  );
}
