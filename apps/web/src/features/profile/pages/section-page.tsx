import { ArrowLeftOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Grid, Result, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { SECTION_STATUS_LABELS, type SectionEntry } from '@lx/shared/profile-schemas';
import { sectionBySlug, type SectionDef } from '@lx/shared/profile-sections';
import { errorMessage } from '@lx/ui/error-message';
import { paths } from '@/config/paths';
import { useDeleteSectionEntry } from '../api/delete-section-entry';
import { useSection } from '../api/get-section';
import { useMarkSectionNone } from '../api/mark-section-none';
import { SectionEntryCards } from '../components/section-entry-cards';
import { SectionEntryModal, type EntryEditing } from '../components/section-entry-modal';
import { SectionEntryTable } from '../components/section-entry-table';

function BackLink() {
  return (
    <Link to={paths.profile.getHref()}>
      <ArrowLeftOutlined aria-hidden style={{ marginInlineEnd: 4 }} />
      返回信息补全
    </Link>
  );
}

/** One of the twelve list sections of the profile (教育经历, 工作经历 …): its entries and form. */
export function SectionPage() {
  const { slug = '' } = useParams();
  const def = sectionBySlug(slug);
  if (!def) {
    return (
      <Card>
        <title>页面不存在 - 律协会员服务平台</title>
        <Result
          status="404"
          title="页面不存在"
          subTitle="没有这个信息栏目，请从信息补全页面进入。"
          extra={<BackLink />}
        />
      </Card>
    );
  }
  // Keyed so that moving to another section starts with a closed form.
  return <SectionView key={def.key} def={def} />;
}

function SectionView({ def }: { def: SectionDef }) {
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const phone = screens.md !== true;
  const section = useSection(def.slug);
  const deleteEntry = useDeleteSectionEntry();
  const markNone = useMarkSectionNone();
  const [editing, setEditing] = useState<EntryEditing | null>(null);
  const [deletingId, setDeletingId] = useState<string | null>(null);

  const data = section.data;
  const locked = data?.editMode === 'locked';
  const entries = data?.entries ?? [];
  const showNoneToggle = def.allowNone && !locked && data !== undefined && entries.length === 0;
  const appendOnly =
    data !== undefined &&
    ((def.appendOnlyAfterApproval && data.editMode === 'change') ||
      entries.some((entry) => !entry.editable));

  const onDelete = async (entry: SectionEntry) => {
    setDeletingId(entry.id);
    try {
      await deleteEntry.mutateAsync({ slug: def.slug, id: entry.id });
      void message.success('删除成功');
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setDeletingId(null);
    }
  };

  const toggleNone = async (none: boolean) => {
    try {
      await markNone.mutateAsync({ slug: def.slug, none });
      void message.success(none ? `${def.label}已填报为无` : `已取消${def.label}填报为无`);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const listProps = {
    def,
    entries,
    changeable: !locked,
    deletingId,
    onEdit: (entry: SectionEntry) => setEditing({ kind: 'edit', entry }),
    onDelete,
  };

  return (
    <Flex vertical gap={12}>
      <title>{`${def.label} - 律协会员服务平台`}</title>
      <div>
        <BackLink />
      </div>
      <Card
        title={
          <Flex wrap gap={8} align="center">
            <h1 style={{ fontSize: 18, margin: 0 }}>{def.label}</h1>
            {data ? (
              <Tag
                color={
                  data.status === 'TODO' ? 'orange' : data.status === 'FILLED' ? 'green' : 'blue'
                }
              >
                {SECTION_STATUS_LABELS[data.status]}
              </Tag>
            ) : null}
          </Flex>
        }
      >
        <Flex vertical gap={16}>
          <Flex wrap gap={8}>
            {locked ? null : (
              <Button
                type="primary"
                icon={<PlusOutlined aria-hidden />}
                disabled={!data}
                onClick={() => setEditing({ kind: 'new' })}
              >
                新增
              </Button>
            )}
            <Button
              icon={<ReloadOutlined aria-hidden />}
              loading={section.isFetching && !section.isPending}
              onClick={() => void section.refetch()}
            >
              刷新
            </Button>
            {showNoneToggle ? (
              <Button
                loading={markNone.isPending}
                onClick={() => void toggleNone(!data.markedNone)}
              >
                {data.markedNone ? '取消填报为无' : '填报为无'}
              </Button>
            ) : null}
          </Flex>
          {locked ? (
            <Alert
              type="info"
              showIcon
              title="您的材料已经提交审核，审核期间不能修改。如需修改，请返回信息补全页面点击“撤回信息补全申请”后再修改。"
            />
          ) : null}
          {appendOnly ? (
            <Alert
              type="warning"
              showIcon
              title="审核通过后，获奖情况、惩罚情况只能新增，不能修改或删除。"
            />
          ) : null}
          {section.isPending ? <Skeleton active /> : null}
          {section.isError ? (
            <Alert
              type="error"
              showIcon
              title={errorMessage(section.error)}
              action={<Button onClick={() => void section.refetch()}>重试</Button>}
            />
          ) : null}
          {data && entries.length === 0 ? (
            data.markedNone ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`${def.label}已填报为无`} />
            ) : (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  locked
                    ? `暂无${def.label}记录`
                    : def.allowNone
                      ? `暂无${def.label}记录。请点击“新增”登记，没有可填报的内容请点击“填报为无”。`
                      : `暂无${def.label}记录，请点击“新增”登记。`
                }
              />
            )
          ) : null}
          {entries.length > 0 ? (
            phone ? (
              <SectionEntryCards {...listProps} />
            ) : (
              <SectionEntryTable {...listProps} />
            )
          ) : null}
        </Flex>
      </Card>
      <SectionEntryModal def={def} editing={editing} onClose={() => setEditing(null)} />
    </Flex>
  );
}
