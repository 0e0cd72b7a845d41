import { Alert, Button, Card, Flex, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { errorMessage } from '@lx/ui/error-message';
import { paths } from '@/config/paths';
import { useBasicInfo } from '../api/get-basic-info';
import { BasicChangeForm } from '../components/basic-change-form';
import { BasicWizard } from '../components/basic-wizard';
import { PhotoUploadPanel } from '../components/photo-upload-panel';

/**
 * 基本信息: the six-step completion wizard (draft, rejected, and read-only while under review),
 * or after approval the 个人档案变更 form and 更换照片.
 */
export function BasicInfoPage() {
  const basic = useBasicInfo();
  const changeMode = basic.data?.editMode === 'change';
  const title = changeMode ? '个人档案变更' : '补全个人信息';
  const back = (
    <Link to={paths.profile.getHref()}>{changeMode ? '返回信息变更' : '返回信息补全'}</Link>
  );

  if (basic.isPending || basic.isError) {
    return (
      <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>基本信息</h1>} extra={back}>
        <title>基本信息 - 律协会员服务平台</title>
        {basic.isError ? (
          <Alert
            type="error"
            showIcon
            title={errorMessage(basic.error)}
            action={<Button onClick={() => void basic.refetch()}>重试</Button>}
          />
        ) : (
          <Skeleton active paragraph={{ rows: 8 }} />
        )}
      </Card>
    );
  }

  const info = basic.data;
  return (
    <Flex vertical gap={16}>
      <title>{`${title} - 律协会员服务平台`}</title>
      <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{title}</h1>} extra={back}>
        {changeMode ? <BasicChangeForm info={info} /> : <BasicWizard info={info} />}
      </Card>
      {changeMode ? (
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>更换照片</h2>}>
          <Typography.Paragraph type="secondary">
            审核通过后，可更换近期证件照。
          </Typography.Paragraph>
          <PhotoUploadPanel photo={info.photo} readOnly={false} />
        </Card>
      ) : null}
    </Flex>
  );
}
