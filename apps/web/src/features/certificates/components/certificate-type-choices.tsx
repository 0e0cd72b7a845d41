import { Card, Flex, Radio, Typography, theme } from 'antd';
import type { CertificateType } from '@lx/shared/certificate-schemas';
import { ReviewModeTag } from './review-mode-tag';

type TypeChoiceProps = {
  type: CertificateType;
  selected: boolean;
  onSelect: (typeId: string) => void;
};

/** One type as a card: its name (the radio's name), what it certifies, and how it is reviewed. */
function TypeChoice({ type, selected, onSelect }: TypeChoiceProps) {
  const { token } = theme.useToken();
  const descriptionId = `certificate-type-${type.id}-description`;
  return (
    <Card
      size="small"
      hoverable
      onClick={() => onSelect(type.id)}
      style={{
        cursor: 'pointer',
        borderColor: selected ? token.colorPrimary : undefined,
        boxShadow: selected ? `0 0 0 1px ${token.colorPrimary}` : undefined,
      }}
    >
      <Flex justify="space-between" align="flex-start" gap={8}>
        <Radio value={type.id} aria-describedby={descriptionId}>
          <Typography.Text strong>{type.name}</Typography.Text>
        </Radio>
        <ReviewModeTag mode={type.reviewMode} />
      </Flex>
      <Typography.Paragraph
        id={descriptionId}
        type="secondary"
        style={{ margin: '4px 0 0', paddingInlineStart: 24, fontSize: 13, whiteSpace: 'pre-wrap' }}
      >
        {type.description}
      </Typography.Paragraph>
    </Card>
  );
}

type CertificateTypeChoicesProps = {
  types: CertificateType[];
  selectedId: string | undefined;
  onSelect: (typeId: string) => void;
};

/** Step 2's types, one of which is chosen like a radio button. */
export function CertificateTypeChoices({
  types,
  selectedId,
  onSelect,
}: CertificateTypeChoicesProps) {
  return (
    <Radio.Group
      aria-label="证明类型"
      value={selectedId ?? null}
      onChange={(event) => onSelect(String(event.target.value))}
      style={{ display: 'block' }}
    >
      <Flex vertical gap={12}>
        {types.map((type) => (
          <TypeChoice
            key={type.id}
            type={type}
            selected={type.id === selectedId}
            onSelect={onSelect}
          />
        ))}
      </Flex>
    </Radio.Group>
  );
}
