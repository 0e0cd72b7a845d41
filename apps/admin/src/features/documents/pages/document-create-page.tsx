import { App } from 'antd';
import type { DocumentInput } from '@lx/shared/document-schemas';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { BackToQueue } from '@/lib/queue-link';
import { useCreateDocument } from '../api/save-document';
import { DocumentForm } from '../components/document-form';

/** 拟稿: saved as a draft (草稿), then opened to add attachments and publish. */
export function DocumentCreatePage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateDocument();

  const save = async (input: DocumentInput) => {
    const document = await create.mutateAsync(input);
    void message.success('公文已保存为草稿');
    await navigate(paths.document.getHref(document.id), { replace: true });
  };

  return (
    <>
      <BackToQueue list={paths.documents.path} label="返回公文列表" />
      <PageHeader title="拟稿">
        保存后为草稿，可在公文详情页上传附件；发布后传阅对象中的人员即可阅读并反馈。
      </PageHeader>
      <DocumentForm
        document={null}
        pending={create.isPending}
        onSave={save}
        cancelHref={paths.documents.getHref()}
      />
    </>
  );
}
