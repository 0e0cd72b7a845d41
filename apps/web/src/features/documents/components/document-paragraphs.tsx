import { Typography } from 'antd';
import { paragraphsOf } from './document-texts';

/** 正文: text the clerk typed, a paragraph per line, indented as official documents are. Never HTML. */
export function DocumentParagraphs({ body }: { body: string }) {
  const paragraphs = paragraphsOf(body);
  if (paragraphs.length === 0)
    return <Typography.Text type="secondary">（无正文）</Typography.Text>;
  return (
    <div style={{ overflowWrap: 'anywhere', lineHeight: 1.9, fontSize: 15 }}>
      {paragraphs.map((paragraph, index) => (
        <Typography.Paragraph key={index} style={{ textIndent: '2em', margin: '0 0 8px' }}>
          {paragraph}
        </Typography.Paragraph>
      ))}
    </div>
  );
}
