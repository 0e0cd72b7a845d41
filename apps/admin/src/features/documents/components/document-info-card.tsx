import { Card, Descriptions, Typography } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import { SECRECY_LEVEL_LABELS, type StaffDocument } from '@lx/shared/document-schemas';
import type { ReactNode } from 'react';
import { targetRowsOf } from './document-form-values';

/** The document as composed: its particulars, 传阅对象, and the body with its paragraphs. */
export function DocumentInfoCard({ document }: { document: StaffDocument }) {
  const targets = targetRowsOf(document);
  const items: { key: string; label: string; children: ReactNode; span?: 'filled' }[] = [
    { key: 'number', label: '公文编号', children: document.number },
    { key: 'issuer', label: '来文单位', children: document.issuer },
    { key: 'issuedOn', label: '发文日期', children: document.issuedOn },
    { key: 'receivedOn', label: '收文日期', children: document.receivedOn },
    { key: 'secrecy', label: '保密等级', children: SECRECY_LEVEL_LABELS[document.secrecy] },
    { key: 'readBy', label: '阅读期限', children: document.readBy ?? '不限' },
    { key: 'subjectWords', label: '主题词', children: document.subjectWords || '—' },
    {
      key: 'publishedAt',
      label: '发布时间',
      children: document.publishedAt ? formatDateTime(document.publishedAt) : '未发布',
    },
    {
      key: 'targets',
      label: '传阅对象',
      span: 'filled',
      children:
        targets.length === 0 ? (
          '—'
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {targets.map((row) => (
              <li key={row.key} style={{ overflowWrap: 'anywhere' }}>
                {row.label}
              </li>
            ))}
          </ul>
        ),
    },
  ];
  return (
    <Card title="公文信息">
      <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} items={items} />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        正文
      </Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 }}>
        {document.body}
      </Typography.Paragraph>
    </Card>
  );
}
