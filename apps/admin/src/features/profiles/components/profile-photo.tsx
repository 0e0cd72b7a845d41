import { Flex, Image, Typography } from 'antd';
import { profileFileUrl } from '../api/get-profile-detail';

// The stored photo is 358 × 441; shown at 40 %.
const WIDTH = 143;
const HEIGHT = 176;

/** The ID photo (证件照片), or where it would be. A click enlarges it. */
export function ProfilePhoto({
  profileId,
  uploadedAt,
}: {
  profileId: string;
  uploadedAt: string | null;
}) {
  if (!uploadedAt) {
    return (
      <Flex
        align="center"
        justify="center"
        style={{
          width: WIDTH,
          height: HEIGHT,
          background: '#fafafa',
          border: '1px dashed #d9d9d9',
        }}
      >
        <Typography.Text type="secondary">未上传照片</Typography.Text>
      </Flex>
    );
  }
  return (
    <Image
      src={`${profileFileUrl(profileId, 'photo')}?v=${encodeURIComponent(uploadedAt)}`}
      alt="证件照片"
      width={WIDTH}
      height={HEIGHT}
      style={{ objectFit: 'cover', border: '1px solid #f0f0f0' }}
    />
  );
}
