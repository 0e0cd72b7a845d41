import { Card, Image } from 'antd';
import { cardApplicationFileUrl } from '../api/get-card-application';

// The stored photo is 358 × 441; shown at half size. A click enlarges it.
const WIDTH = 179;
const HEIGHT = 221;

/** 证件照片: the ID photo this application's card is made with. */
export function ApplicationPhotoCard({
  applicationId,
  photoVersion,
}: {
  applicationId: string;
  photoVersion: string;
}) {
  return (
    <Card title="证件照片" role="region" aria-label="证件照片">
      <Image
        src={`${cardApplicationFileUrl(applicationId, 'photo')}?v=${encodeURIComponent(photoVersion)}`}
        alt="申请照片"
        width={WIDTH}
        height={HEIGHT}
        style={{ objectFit: 'cover', border: '1px solid #f0f0f0' }}
      />
    </Card>
  );
}
