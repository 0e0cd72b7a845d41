import { useQueryClient } from '@tanstack/react-query';
import { Flex } from 'antd';
import { TableImport } from '@lx/ui/table-import';
import { PageHeader } from '@/components/page-header';
import { memberKeys } from '../api/member-keys';
import { MemberImportRules } from '../components/member-import-rules';

const IMPORTS_PATH = '/api/admin/member-imports';

/**
 * 会员导入: lawyers from the association's register (.xlsx/.csv), checked row by row before the
 * valid rows are written at once; they then appear in 会员查询 and on their organisations' rosters.
 */
export function MemberImportPage() {
  const queryClient = useQueryClient();
  return (
    <>
      <PageHeader title="会员导入" level={1}>
        批量导入律师会员：先下载模板填写，上传后检查文件，确认无误再导入有效数据。
      </PageHeader>
      <Flex vertical gap={16}>
        <MemberImportRules />
        <TableImport
          title="导入会员"
          dryRunUrl={`${IMPORTS_PATH}/dry-run`}
          importUrl={IMPORTS_PATH}
          templateUrl={`${IMPORTS_PATH}/template.xlsx`}
          onImported={() => void queryClient.invalidateQueries({ queryKey: memberKeys.all })}
        />
      </Flex>
    </>
  );
}
