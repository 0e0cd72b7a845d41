import { ORGANISATION_KIND_LABELS, PRACTICE_CATEGORY_LABELS } from '@lx/shared/labels';
import { PROFILE_STATE_LABELS } from '@lx/shared/profile-workflow';
import type { Statistics } from '@lx/shared/statistics-schemas';
import { useMemo } from 'react';
import { EChart, type ChartOption } from './echart';
import { FigureCard } from './figure-card';
import { FigureTable } from './figure-table';
import { percent } from './statistics-range';

const barGrid = { left: 8, right: 16, top: 36, bottom: 8, containLabel: true };
const list = (parts: string[]) => parts.join('，');

/** 执业律师（按执业类别）. */
export function CategoryFigure({ members }: { members: Statistics['members'] }) {
  const rows = useMemo(
    () => members.byCategory.map((r) => ({ ...r, label: PRACTICE_CATEGORY_LABELS[r.category] })),
    [members],
  );
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: barGrid,
      xAxis: {
        type: 'category',
        data: rows.map((r) => r.label),
        axisLabel: { interval: 0, rotate: 30 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: '执业律师', data: rows.map((r) => r.lawyers) }],
    }),
    [rows],
  );
  const title = '执业律师（按执业类别）';
  return (
    <FigureCard
      title={title}
      note="当前在执业的律师，不受日期范围影响。"
      chart={
        <EChart
          option={option}
          summary={`柱状图，${title}：${list(rows.map((r) => `${r.label} ${r.lawyers} 人`))}`}
        />
      }
      table={
        <FigureTable
          rows={rows}
          rowKey="category"
          columns={[
            { title: '执业类别', dataIndex: 'label' },
            { title: '人数', dataIndex: 'lawyers', align: 'right' },
          ]}
        />
      }
    />
  );
}

/** 执业律师与执业机构（按机构类型）. */
export function OrganisationKindFigure({ members }: { members: Statistics['members'] }) {
  const rows = useMemo(
    () =>
      members.byOrganisationKind.map((r) => ({ ...r, label: ORGANISATION_KIND_LABELS[r.kind] })),
    [members],
  );
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: barGrid,
      xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', name: '执业律师', data: rows.map((r) => r.lawyers) },
        { type: 'bar', name: '执业机构', data: rows.map((r) => r.organisations) },
      ],
    }),
    [rows],
  );
  const title = '按机构类型';
  return (
    <FigureCard
      title={title}
      note="执业律师按所在机构的类型；执业机构为正常状态的机构。"
      chart={
        <EChart
          option={option}
          summary={`柱状图，${title}：${list(
            rows.map((r) => `${r.label} 律师 ${r.lawyers} 人、机构 ${r.organisations} 家`),
          )}`}
        />
      }
      table={
        <FigureTable
          rows={rows}
          rowKey="kind"
          columns={[
            { title: '机构类型', dataIndex: 'label' },
            { title: '执业律师', dataIndex: 'lawyers', align: 'right' },
            { title: '执业机构', dataIndex: 'organisations', align: 'right' },
          ]}
        />
      }
    />
  );
}

/** 档案完成情况: the practising lawyers' profiles by state, as shares. */
export function ProfileFigure({ profiles }: { profiles: Statistics['profiles'] }) {
  const rows = useMemo(
    () => profiles.states.map((r) => ({ ...r, label: PROFILE_STATE_LABELS[r.state] })),
    [profiles],
  );
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}：{c} 人（{d}%）' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['35%', '65%'],
          label: { formatter: '{b}\n{d}%' },
          data: rows.map((r) => ({ name: r.label, value: r.lawyers })),
        },
      ],
    }),
    [rows],
  );
  const title = '档案完成情况';
  return (
    <FigureCard
      title={title}
      note={`执业律师 ${profiles.lawyers} 人的个人档案状态，尚未填写的计为未提交。`}
      chart={
        <EChart
          option={option}
          summary={`环形图，${title}：${list(
            rows.map((r) => `${r.label} ${r.lawyers} 人，占 ${percent(r.share)}`),
          )}`}
        />
      }
      table={
        <FigureTable
          rows={rows}
          rowKey="state"
          columns={[
            { title: '档案状态', dataIndex: 'label' },
            { title: '人数', dataIndex: 'lawyers', align: 'right' },
            {
              title: '占比',
              dataIndex: 'share',
              align: 'right',
              render: (share: number) => percent(share),
            },
          ]}
        />
      }
    />
  );
}
