import { Badge, Tag } from 'antd';
import type { MemberDocumentSummary } from '@lx/shared/document-schemas';
import { DOCUMENT_WORKFLOW } from '@lx/shared/document-workflow';
import { isFinalState } from '@lx/shared/workflow';
import { WorkflowStateTag } from '@lx/ui/state-tags';

/** 未读 (until first opened), 已撤回, 已关注: what a document in the inbox has to say. */
export function DocumentTags({
  document,
}: {
  document: Pick<MemberDocumentSummary, 'readAt' | 'state' | 'following'>;
}) {
  return (
    <>
      {document.readAt === null ? <Badge status="error" text="未读" /> : null}
      {isFinalState(DOCUMENT_WORKFLOW, document.state) ? (
        <WorkflowStateTag workflow={DOCUMENT_WORKFLOW} state={document.state} />
      ) : null}
      {document.following ? (
        <Tag color="gold" style={{ marginInlineEnd: 0 }}>
          已关注
        </Tag>
      ) : null}
    </>
  );
}
