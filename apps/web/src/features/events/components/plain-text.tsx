import { Typography } from 'antd';

/** Text staff typed (报名须知, 活动简介…): shown as text with its line breaks, never as HTML. */
export function PlainText({ text }: { text: string }) {
  return (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 }}>
      {text}
    </Typography.Paragraph>
  );
}
