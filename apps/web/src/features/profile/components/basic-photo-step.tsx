import { Typography } from 'antd';
import type { BasicInfo } from '@lx/shared/profile-schemas';
import { BasicStepActions } from './basic-step-actions';
import { StepHeading } from '@/components/step-heading';
import { PhotoUploadPanel } from './photo-upload-panel';

type BasicPhotoStepProps = {
  photo: BasicInfo['photo'];
  readOnly: boolean;
  onPrevious: () => void;
  onNext: () => void;
  nextLoading: boolean;
};

/** Step 2 设置照片: the wizard goes on only once a photo is stored. */
export function BasicPhotoStep({
  photo,
  readOnly,
  onPrevious,
  onNext,
  nextLoading,
}: BasicPhotoStepProps) {
  const missing = !photo && !readOnly;
  return (
    <>
      <StepHeading title="设置照片">上传本人近期证件照</StepHeading>
      <PhotoUploadPanel photo={photo} readOnly={readOnly} />
      <BasicStepActions
        onPrevious={onPrevious}
        onNext={onNext}
        nextDisabled={missing}
        nextLoading={nextLoading}
        hint={
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {missing
              ? '请先上传证件照片，再点击“下一步”。'
              : '确认照片上传成功后，点击“下一步”按钮。'}
          </Typography.Text>
        }
      />
    </>
  );
}
