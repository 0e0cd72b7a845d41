import { Alert, App, Col, Flex, Radio, Row, Typography } from 'antd';
import { useState } from 'react';
import type { CardOverview, CardPhotoSource } from '@lx/shared/card-schemas';
import { errorMessage } from '@lx/ui/error-message';
import { IdPhotoCropper } from '@lx/ui/id-photo-cropper';
import { useUploadCardPhoto } from '../api/upload-card-photo';
import { ApplyStepActions } from './apply-step-actions';
import { StepHeading } from '@/components/step-heading';
import { IdPhotoFrame } from '@/components/id-photo-frame';
import { chosenPhotoUrl } from './chosen-photo';

const SOURCE_LABEL_ID = 'card-photo-source-label';

type ApplyPhotoStepProps = {
  overview: CardOverview;
  source: CardPhotoSource;
  onSourceChange: (source: CardPhotoSource) => void;
  onPrevious: () => void;
  onNext: () => void;
};

/**
 * Step 2 上传照片: the profile's ID photo, or a new one cropped and uploaded here. The wizard goes
 * on only with a photo for the chosen source.
 */
export function ApplyPhotoStep({
  overview,
  source,
  onSourceChange,
  onPrevious,
  onNext,
}: ApplyPhotoStepProps) {
  const { message } = App.useApp();
  const upload = useUploadCardPhoto();
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const url = chosenPhotoUrl(overview, source);

  const onCropped = async (file: File) => {
    setUploadError(null);
    try {
      await upload.mutateAsync(file);
      void message.success('照片已上传');
      setMissing(false);
      onSourceChange('uploaded');
    } catch (error) {
      setUploadError(errorMessage(error));
      // Rethrown so the cropper keeps the crop for another try.
      throw error;
    }
  };

  const next = () => {
    if (!url) {
      setMissing(true);
      return;
    }
    onNext();
  };

  return (
    <>
      <StepHeading title="上传照片">上传本人近期证件照</StepHeading>
      <Row gutter={[24, 16]}>
        <Col xs={24} md={8}>
          <Flex vertical gap={8}>
            <Typography.Text strong id={SOURCE_LABEL_ID}>
              证件照片
            </Typography.Text>
            <Radio.Group
              aria-labelledby={SOURCE_LABEL_ID}
              value={source}
              onChange={(event) => {
                setMissing(false);
                onSourceChange(event.target.value as CardPhotoSource);
              }}
            >
              <Flex vertical gap={4}>
                {overview.profilePhoto ? <Radio value="profile">使用档案中的证件照</Radio> : null}
                <Radio value="uploaded">上传新照片</Radio>
              </Flex>
            </Radio.Group>
            <IdPhotoFrame url={url} alt="申请使用的证件照" />
          </Flex>
        </Col>
        <Col xs={24} md={16}>
          {uploadError ? (
            <Alert
              type="error"
              showIcon
              title={`照片上传失败：${uploadError}`}
              role="alert"
              style={{ marginBottom: 12 }}
            />
          ) : null}
          {source === 'uploaded' ? (
            <>
              <IdPhotoCropper
                onCropped={onCropped}
                busy={upload.isPending}
                confirmLabel="确认裁剪并上传"
              />
              <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 13 }}>
                请先选择照片文件，调整裁剪范围后点击“确认裁剪并上传”，上传成功后即作为本次申请的证件照。
              </Typography.Paragraph>
            </>
          ) : (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              将使用个人档案中的证件照申请会员卡，照片将被印刷至卡片正面。如需更换，请选择“上传新照片”。
            </Typography.Paragraph>
          )}
        </Col>
      </Row>
      <ApplyStepActions
        onPrevious={onPrevious}
        onNext={next}
        hint={
          missing ? (
            <Typography.Text type="danger" role="alert">
              请先上传证件照片
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              确认照片无误后，点击“下一步”按钮。
            </Typography.Text>
          )
        }
      />
    </>
  );
}
