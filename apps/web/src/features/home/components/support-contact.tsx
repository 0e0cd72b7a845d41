import { MailOutlined, PhoneOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import type { Home } from '@lx/shared/home-schemas';

export function SupportContact({ association }: { association: Home['association'] }) {
  return (
    <Space orientation="vertical" size={4}>
      <Typography.Text strong>{association.name}</Typography.Text>
      <Typography.Text type="secondary">使用中遇到问题，请联系协会技术支持：</Typography.Text>
      <span>
        <PhoneOutlined aria-hidden /> 服务电话：
        <a href={`tel:${association.supportPhone.replace(/[^\d+-]/g, '')}`}>
          {association.supportPhone}
        </a>
      </span>
      <span>
        <MailOutlined aria-hidden /> 电子邮箱：
        <a href={`mailto:${association.supportEmail}`}>{association.supportEmail}</a>
      </span>
    </Space>
  );
}
