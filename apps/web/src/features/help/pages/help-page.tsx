import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { ContactCard } from '../components/contact-card';
import { HelpQuestions } from '../components/help-questions';

/** 常见问题: answers to what members ask most, and how to reach the association. */
export function HelpPage() {
  return (
    <Flex vertical gap={16}>
      <title>常见问题 - 律协会员服务平台</title>
      <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>常见问题</h1>}>
        <Typography.Paragraph type="secondary">
          使用平台遇到问题时，请先查看以下常见问题；仍未解决的，请
          <Link to={paths.newTicket.getHref()}>提交工单</Link>
          ，并上传相关证明材料，便于工作人员尽快处理。
        </Typography.Paragraph>
        <HelpQuestions />
      </Card>
      <ContactCard />
    </Flex>
  );
}
