import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';

export function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      // The page's title: its one h1, in the Result's own size.
      title={<h1 style={{ font: 'inherit', margin: 0 }}>页面不存在</h1>}
      subTitle="您访问的页面不存在或已被移除。"
      extra={
        <Button type="primary" onClick={() => void navigate(paths.home.getHref())}>
          返回首页
        </Button>
      }
    />
  );
}
