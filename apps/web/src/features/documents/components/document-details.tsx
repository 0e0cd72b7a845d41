import { Descriptions } from 'antd';
import { SECRECY_LEVEL_LABELS, type MemberDocument } from '@lx/shared/document-schemas';

/** The head of a document as the manual lays it out: number, dates, issuer, secrecy, deadline. */
export function DocumentDetails({ document }: { document: MemberDocument }) {
  const items = [
    { key: 'number', label: '公文编号', children: document.number },
    { key: 'receivedOn', label: '收文日期', children: document.receivedOn },
    { key: 'issuer', label: '来文单位', children: document.issuer },
    { key: 'issuedOn', label: '发文日期', children: document.issuedOn },
    { key: 'secrecy', label: '保密等级', children: SECRECY_LEVEL_LABELS[document.secrecy] },
    ...(document.readBy ? [{ key: 'readBy', label: '阅读期限', children: document.readBy }] : []),
  ];
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      styles={{ label: { whiteSpace: 'nowrap' }, content: { overflowWrap: 'anywhere' } }}
      items={items}
    />
  );
}
