import { PictureOutlined, ScissorOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Slider, Typography } from 'antd';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import Cropper, { type Area, type Point } from 'react-easy-crop';
import { ID_PHOTO, withJfifDensity } from '@lx/shared/id-photo';

/** What the browser can decode and the canvas can redraw; the result is always a JPEG. */
export const ID_PHOTO_SOURCE_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/bmp',
  'image/gif',
] as const;
// A phone camera photo is a few MB; anything far larger is not a photo worth decoding.
const SOURCE_MAX_BYTES = 30 * 1024 * 1024;

/** Why the chosen file cannot be cropped, or null when it can. */
export function idPhotoSourceProblem(file: File): string | null {
  const typeOk =
    (ID_PHOTO_SOURCE_TYPES as readonly string[]).includes(file.type) ||
    // Some systems report BMP as image/x-ms-bmp or give no type at all: go by the extension then.
    (file.type === '' || file.type === 'image/x-ms-bmp'
      ? /\.(jpe?g|png|webp|bmp|gif)$/i.test(file.name)
      : false);
  if (!typeOk) return '请选择 JPG、PNG、WebP、BMP 或 GIF 格式的图片';
  if (file.size > SOURCE_MAX_BYTES) return '图片文件过大，请选择 30 MB 以内的图片';
  return null;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('decode'));
    image.src = src;
  });
}

/** The largest centred area of the photo's aspect: used when the user confirms before moving. */
function centredArea(width: number, height: number): Area {
  const aspect = ID_PHOTO.width / ID_PHOTO.height;
  const cropWidth = Math.min(width, height * aspect);
  const cropHeight = cropWidth / aspect;
  return {
    x: (width - cropWidth) / 2,
    y: (height - cropHeight) / 2,
    width: cropWidth,
    height: cropHeight,
  };
}

function canvasToJpeg(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('encode'))),
      'image/jpeg',
      quality,
    );
  });
}

/** The cropped area redrawn at exactly 358×441 as a JPEG of at most 1 MB. */
export async function cropToIdPhoto(image: HTMLImageElement, area: Area): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = ID_PHOTO.width;
  canvas.height = ID_PHOTO.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas');
  // JPEG has no transparency: a transparent PNG would otherwise turn black.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, ID_PHOTO.width, ID_PHOTO.height);
  context.imageSmoothingQuality = 'high';
  context.drawImage(
    image,
    area.x,
    area.y,
    area.width,
    area.height,
    0,
    0,
    ID_PHOTO.width,
    ID_PHOTO.height,
  );
  let quality = 0.9;
  let blob = await canvasToJpeg(canvas, quality);
  while (blob.size > ID_PHOTO.maxBytes && quality > 0.3) {
    quality -= 0.1;
    blob = await canvasToJpeg(canvas, quality);
  }
  // The canvas writes "no unit, 1:1" density; the printed card reads 350 dpi from the header.
  const printable = withJfifDensity(new Uint8Array(await blob.arrayBuffer()), ID_PHOTO.dpi);
  blob = new Blob([printable], { type: 'image/jpeg' });
  return new File([blob], 'id-photo.jpg', { type: 'image/jpeg', lastModified: Date.now() });
}

/** The manual's 照片要求, shown next to every place a photo is chosen. */
export function IdPhotoRequirements() {
  return (
    <div>
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 0 }}>
        照片要求
      </Typography.Title>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        请上传您近期免冠证件照片。<Typography.Text strong>重要</Typography.Text>
        照片将被印刷至卡片正面，出示卡片核对信息使用。（请不要使用风景照、侧面景、证件扫描照等不符合证件照要求的图片）
      </Typography.Paragraph>
      <ul style={{ paddingInlineStart: 20, margin: '0 0 8px' }}>
        <li>
          图片文件的格式应为 <Typography.Text strong>JPG图片</Typography.Text>
          ；可选择 JPG、PNG、WebP、BMP、GIF 格式的图片，裁剪后自动转为 JPG 图片。
        </li>
        <li>
          图片像素大小应为：{ID_PHOTO.width}（宽）x {ID_PHOTO.height}（高），分辨率不低于：
          {ID_PHOTO.dpi}dpi
        </li>
        <li>图片文件大小不超过1M</li>
        <li>
          请不要用身份证、执业证或别的证件上拍下来的照片，直接对着照片拍摄的带有边框的或者照片带有钢印、照片模糊不清的都是不能使用的。
        </li>
        <li>请不要使用风景照、生活照、侧面景、证件扫描照等。</li>
      </ul>
    </div>
  );
}

type Source = { url: string; image: HTMLImageElement };

type IdPhotoCropperProps = {
  /**
   * Receives the 358×441 JPEG. When it returns a promise the confirm button waits for it; the
   * cropper clears on success and keeps the crop when it rejects, so the user can try again (the
   * caller shows why it failed).
   */
  onCropped: (file: File) => unknown;
  /** True while the caller is still busy with the last file (uploading it). */
  busy?: boolean;
  disabled?: boolean;
  /** The 照片要求 text; hide it when the page shows it elsewhere. */
  showRequirements?: boolean;
  confirmLabel?: string;
};

/**
 * Choose any common image, crop it to the ID-photo frame and get back the JPEG the rules ask for.
 * The file input is labelled "选择照片" (tests call setInputFiles on it); the visible button of the
 * same text opens it.
 */
export function IdPhotoCropper({
  onCropped,
  busy = false,
  disabled = false,
  showRequirements = true,
  confirmLabel = '确认裁剪',
}: IdPhotoCropperProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const zoomLabelId = useId();
  const [source, setSource] = useState<Source | null>(null);
  const [crop, setCrop] = useState<Point>({ x: 0, y: 0 });
  const [zoom, setZoom] = useState(1);
  const [area, setArea] = useState<Area | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  // The object URL holds the whole decoded file: release it once it is no longer shown.
  useEffect(() => {
    if (!source) return;
    return () => URL.revokeObjectURL(source.url);
  }, [source]);

  const reset = () => {
    setSource(null);
    setArea(null);
    setZoom(1);
    setCrop({ x: 0, y: 0 });
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Clearing the input lets the same file be chosen again after a cancel.
    event.target.value = '';
    if (!file) return;
    setProblem(null);
    const why = idPhotoSourceProblem(file);
    if (why) {
      setProblem(why);
      return;
    }
    const url = URL.createObjectURL(file);
    try {
      const image = await loadImage(url);
      setArea(null);
      setZoom(1);
      setCrop({ x: 0, y: 0 });
      setSource({ url, image });
    } catch {
      URL.revokeObjectURL(url);
      setProblem('无法读取该图片，请选择 JPG、PNG、WebP、BMP 或 GIF 格式的图片');
    }
  };

  const confirm = async () => {
    if (!source) return;
    setProblem(null);
    setWorking(true);
    try {
      const chosen = area ?? centredArea(source.image.naturalWidth, source.image.naturalHeight);
      let file: File;
      try {
        file = await cropToIdPhoto(source.image, chosen);
      } catch {
        setProblem('照片处理失败，请换一张图片再试');
        return;
      }
      try {
        await onCropped(file);
        reset();
      } catch {
        // The caller reports the failure; the crop stays for another try.
      }
    } finally {
      setWorking(false);
    }
  };

  const locked = disabled || busy || working;

  return (
    <Flex vertical gap={12}>
      {showRequirements ? <IdPhotoRequirements /> : null}
      <input
        ref={inputRef}
        type="file"
        accept={[...ID_PHOTO_SOURCE_TYPES, '.jpg', '.jpeg', '.png', '.webp', '.bmp', '.gif'].join(
          ',',
        )}
        aria-label="选择照片"
        tabIndex={-1}
        disabled={disabled}
        onChange={(event) => void choose(event)}
        // Visually hidden, not display:none: it stays a labelled control that tests can fill.
        style={{
          position: 'absolute',
          width: 1,
          height: 1,
          overflow: 'hidden',
          clip: 'rect(0 0 0 0)',
          whiteSpace: 'nowrap',
          opacity: 0,
        }}
      />
      <Flex gap={8} wrap>
        <Button
          icon={<PictureOutlined />}
          disabled={locked}
          onClick={() => inputRef.current?.click()}
        >
          选择照片
        </Button>
        {source ? (
          <Button disabled={locked} onClick={reset}>
            取消裁剪
          </Button>
        ) : null}
      </Flex>
      {problem ? <Alert type="error" showIcon title={problem} role="alert" /> : null}
      {source ? (
        <>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            拖动图片调整位置（也可聚焦裁剪框后用方向键移动），拖动滑块缩放，框内部分即为证件照。
          </Typography.Text>
          <div
            style={{
              position: 'relative',
              width: '100%',
              maxWidth: 420,
              height: 320,
              background: '#333',
              borderRadius: 6,
              overflow: 'hidden',
            }}
          >
            <Cropper
              image={source.url}
              crop={crop}
              zoom={zoom}
              minZoom={1}
              maxZoom={4}
              aspect={ID_PHOTO.width / ID_PHOTO.height}
              onCropChange={setCrop}
              onZoomChange={setZoom}
              onCropComplete={(_, pixels) => setArea(pixels)}
              cropperProps={{ role: 'group', 'aria-label': '裁剪框' }}
              mediaProps={{ alt: '待裁剪的照片' }}
            />
          </div>
          <Flex align="center" gap={12} style={{ maxWidth: 420 }}>
            <Typography.Text id={zoomLabelId} style={{ flexShrink: 0 }}>
              缩放
            </Typography.Text>
            <Slider
              min={1}
              max={4}
              step={0.05}
              value={zoom}
              onChange={setZoom}
              disabled={locked}
              ariaLabelledByForHandle={zoomLabelId}
              tooltip={{ formatter: (value) => `${Math.round((value ?? 1) * 100)}%` }}
              style={{ flex: 1 }}
            />
          </Flex>
          <div>
            <Button
              type="primary"
              icon={<ScissorOutlined />}
              loading={busy || working}
              disabled={disabled}
              onClick={() => void confirm()}
            >
              {confirmLabel}
            </Button>
          </div>
        </>
      ) : null}
    </Flex>
  );
}
