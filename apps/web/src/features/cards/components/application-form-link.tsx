import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { cardApplicationFormUrl } from '../api/get-card-application';

type ApplicationFormLinkProps = { id: string; size?: 'small' | 'middle' };

/** 打印申请单: the 会员卡申请表 PDF in a new tab. */
export function ApplicationFormLink({ id, size }: ApplicationFormLinkProps) {
  return (
    <Button
      type="link"
      size={size}
      icon={<PrinterOutlined aria-hidden />}
      href={cardApplicationFormUrl(id)}
      target="_blank"
      rel="noopener"
      style={{ paddingLeft: 0, paddingRight: 0 }}
    >
      打印申请单
    </Button>
  );
}
