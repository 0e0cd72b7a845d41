import { Alert, App, Col, Row, Typography } from 'antd';
import { useState } from 'react';
import type { BasicInfo } from '@lx/shared/profile-schemas';
import { errorMessage } from '@lx/ui/error-message';
import { ID_PHOTO } from '@lx/shared/id-photo';
import { IdPhotoCropper } from '@lx/ui/id-photo-cropper';
import { IdPhotoFrame } from '@/components/id-photo-frame';
import { profilePhotoUrl, useUploadProfilePhoto } from '../api/upload-profile-photo';

/** The stored ID photo, or the manual's "请上传图片" placeholder. */
export function PhotoFrame({ photo }: { photo: BasicInfo['photo'] }) {
  return <IdPhotoFrame url={photo ? profilePhotoUrl(photo.uploadedAt) : null} alt="当前证件照" />;
}

type PhotoUploadPanelProps = { photo: BasicInfo['photo']; readOnly: boolean };

/**
 * Current photo beside the cropper; a confirmed crop is uploaded at once. Used by step 2 of the
 * wizard and by 更换照片 after approval (same endpoint).
 */
export function PhotoUploadPanel({ photo, readOnly }: PhotoUploadPanelProps) {
  const { message } = App.useApp();
  const upload = useUploadProfilePhoto();
  const [error, setError] = useState<string | null>(null);

  const onCropped = async (file: File) => {
    setError(null);
    try {
      await upload.mutateAsync(file);
      void message.success('照片已上传');
    } catch (err) {
      setError(errorMessage(err));
      // Rethrown so the cropper keeps the crop for another try.
      throw err;
    }
  };

  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} md={8}>
        <Typography.Paragraph strong style={{ marginBottom: 8 }}>
          近期免冠证件照
        </Typography.Paragraph>
        <PhotoFrame photo={photo} />
      </Col>
      <Col xs={24} md={16}>
        {error ? (
          <Alert
            type="error"
            showIcon
            title={`照片上传失败：${error}`}
            role="alert"
            style={{ marginBottom: 12 }}
          />
        ) : null}
        {readOnly ? (
          <Typography.Text type="secondary">材料审核中，暂不能更换照片。</Typography.Text>
        ) : (
          <>
            <IdPhotoCropper
              onCropped={onCropped}
              busy={upload.isPending}
              confirmLabel="确认裁剪并上传"
            />
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 13 }}>
              请先选择照片文件，调整裁剪范围后点击“确认裁剪并上传”，照片将裁剪为 {ID_PHOTO.width}×
              {ID_PHOTO.height} 的 JPG 图片后上传。
            </Typography.Paragraph>
          </>
        )}
      </Col>
    </Row>
  );
}
