import { PaperClipOutlined } from '@ant-design/icons';
import { Flex } from 'antd';
import type { EventAttachment } from '@lx/shared/event-schemas';
import { eventAttachmentUrl } from '../api/get-event';

/** The files a member attached, each a link that opens it in a new tab; — when there are none. */
export function AttachmentLinks({ attachments }: { attachments: readonly EventAttachment[] }) {
  if (attachments.length === 0) return <>—</>;
  return (
    <Flex vertical gap={2}>
      {attachments.map((file) => (
        <a
          key={file.id}
          href={eventAttachmentUrl(file.id)}
          target="_blank"
          rel="noopener noreferrer"
          style={{ overflowWrap: 'anywhere' }}
        >
          <PaperClipOutlined aria-hidden /> {file.filename}
        </a>
      ))}
    </Flex>
  );
}
