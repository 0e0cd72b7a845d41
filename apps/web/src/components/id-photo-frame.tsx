import { Flex, Typography } from 'antd';
import { useState } from 'react';
import { ID_PHOTO } from '@lx/shared/id-photo';

// Half size keeps the ID photo's 358:441 shape: 179×221.
const FRAME_WIDTH = Math.round(ID_PHOTO.width / 2);
const FRAME_HEIGHT = Math.round(ID_PHOTO.height / 2);

const frame = {
  width: FRAME_WIDTH,
  height: FRAME_HEIGHT,
  border: '1px solid #d9d9d9',
  borderRadius: 4,
  background: '#fafafa',
  flexShrink: 0,
} as const;

type IdPhotoFrameProps = {
  /** The photo's address, or null when there is none yet. */
  url: string | null;
  alt: string;
};

/** An ID photo at half its printed size, or the manual's "请上传图片" when there is none. */
export function IdPhotoFrame({ url, alt }: IdPhotoFrameProps) {
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  if (url && failedUrl !== url) {
    return (
      <img
        src={url}
        alt={alt}
        width={FRAME_WIDTH}
        height={FRAME_HEIGHT}
        style={{ ...frame, objectFit: 'cover', display: 'block' }}
        onError={() => setFailedUrl(url)}
      />
    );
  }
  return (
    <Flex align="center" justify="center" style={frame}>
      <Typography.Text type="secondary">{url ? '照片加载失败' : '请上传图片'}</Typography.Text>
    </Flex>
  );
}
