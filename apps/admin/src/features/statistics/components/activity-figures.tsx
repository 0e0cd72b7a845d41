import type { Statistics } from '@lx/shared/statistics-schemas';
import { REVIEW_KIND_LABELS, TICKET_AGE_LABELS } from '@lx/shared/statistics-schemas';
import { TICKET_STATE_LABELS } from '@lx/shared/ticket-workflow';
import { useMemo } from 'react';
import { EChart, type ChartOption } from './echart';
import { FigureCard } from './figure-card';
import { FigureTable } from './figure-table';
import { hoursText, monthLabel, percent } from './statistics-range';

const grid = { left: 8, right: 16, top: 36, bottom: 8, containLabel: true };
const list = (parts: string[]) => parts.join('，');
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** 会员卡与电子证明发放（按月）. */
export function IssuedFigure({ issued }: { issued: Statistics['issued'] }) {
  const rows = useMemo(() => issued.map((r) => ({ ...r, label: monthLabel(r.month) })), [issued]);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid,
      xAxis: { type: 'category', data: rows.map((r) => r.month) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', name: '会员卡', data: rows.map((r) => r.cards) },
        { type: 'bar', name: '电子证明', data: rows.map((r) => r.certificates) },
      ],
    }),
    [rows],
  );
  const title = '会员卡与电子证明发放（按月）';
  const cards = sum(rows.map((r) => r.cards));
  const certificates = sum(rows.map((r) => r.certificates));
  return (
    <FigureCard
      title={title}
      note="所选日期范围内制成的会员卡与签发的电子证明，按月统计。"
      chart={
        <EChart
          option={option}
          summary={`柱状图，${title}：共 ${rows.length} 个月，会员卡 ${cards} 张，电子证明 ${certificates} 份`}
        />
      }
      table={
        <FigureTable
          rows={rows}
          rowKey="month"
          columns={[
            { title: '月份', dataIndex: 'label' },
            { title: '会员卡', dataIndex: 'cards', align: 'right' },
            { title: '电子证明', dataIndex: 'certificates', align: 'right' },
          ]}
        />
      }
    />
  );
}

/** 审核时长: median and p90 hours from submission to decision. */
export function LeadTimeFigure({ leadTimes }: { leadTimes: Statistics['leadTimes'] }) {
  const rows = useMemo(
    () => leadTimes.map((r) => ({ ...r, label: REVIEW_KIND_LABELS[r.kind] })),
    [leadTimes],
  );
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid,
      xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0 } },
      yAxis: { type: 'value', name: '小时' },
      series: [
        { type: 'bar', name: '中位数', data: rows.map((r) => r.medianHours ?? 0) },
        { type: 'bar', name: '90% 在此之内', data: rows.map((r) => r.p90Hours ?? 0) },
      ],
    }),
    [rows],
  );
  const title = '审核时长（提交至办结）';
  return (
    <FigureCard
      title={title}
      note="所选日期范围内作出决定的申请：从提交到通过或驳回（会员卡为受理或驳回）的小时数。"
      chart={
        <EChart
          option={option}
          summary={`柱状图，${title}：${list(
            rows.map(
              (r) => `${r.label}中位数 ${hoursText(r.medianHours)}、P90 ${hoursText(r.p90Hours)}`,
            ),
          )}`}
        />
      }
      table={
        <FigureTable
          rows={rows}
          rowKey="kind"
          columns={[
            { title: '事项', dataIndex: 'label' },
            { title: '办结数', dataIndex: 'decisions', align: 'right' },
            {
              title: '中位数（小时）',
              dataIndex: 'medianHours',
              align: 'right',
              render: (h: number | null) => h ?? '—',
            },
            {
              title: 'P90（小时）',
              dataIndex: 'p90Hours',
              align: 'right',
              render: (h: number | null) => h ?? '—',
            },
          ]}
        />
      }
    />
  );
}

const OPEN_STATES = ['OPEN', 'IN_PROGRESS', 'ANSWERED'] as const;

/** 未关闭工单（按等待时长）, stacked by state. */
export function TicketFigure({ openTickets }: { openTickets: Statistics['openTickets'] }) {
  const rows = useMemo(
    () => openTickets.map((r) => ({ ...r, label: TICKET_AGE_LABELS[r.age] })),
    [openTickets],
  );
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid,
      xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: OPEN_STATES.map((state) => ({
        type: 'bar' as const,
        stack: 'tickets',
        name: TICKET_STATE_LABELS[state],
        data: rows.map((r) => r[state]),
      })),
    }),
    [rows],
  );
  const title = '未关闭工单（按等待时长）';
  return (
    <FigureCard
      title={title}
      note="当前待处理、处理中和已回复的工单，按提交至今的时长，不受日期范围影响。"
      chart={
        <EChart
          option={option}
          summary={`堆叠柱状图，${title}：${list(rows.map((r) => `${r.label} ${r.total} 件`))}`}
        />
      }
      table={
        <FigureTable
          rows={rows}
          rowKey="age"
          columns={[
            { title: '等待时长', dataIndex: 'label' },
            ...OPEN_STATES.map((state) => ({
              title: TICKET_STATE_LABELS[state],
              dataIndex: state,
              align: 'right' as const,
            })),
            { title: '合计', dataIndex: 'total', align: 'right' },
          ]}
        />
      }
    />
  );
}

/** 活动报名与签到（按活动月份）. */
export function EventFigure({ events }: { events: Statistics['events'] }) {
  const rows = useMemo(() => events.map((r) => ({ ...r, label: monthLabel(r.month) })), [events]);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid,
      xAxis: { type: 'category', data: rows.map((r) => r.month) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', name: '报名', data: rows.map((r) => r.registered) },
        { type: 'bar', name: '签到', data: rows.map((r) => r.attended) },
        { type: 'line', name: '缺席', data: rows.map((r) => r.noShow) },
      ],
    }),
    [rows],
  );
  const title = '活动报名与签到（按活动月份）';
  const [registered, attended, noShow] = [
    sum(rows.map((r) => r.registered)),
    sum(rows.map((r) => r.attended)),
    sum(rows.map((r) => r.noShow)),
  ];
  return (
    <FigureCard
      title={title}
      note="所选日期范围内举办的活动：占用名额的报名（含请假）、签到与缺席人次，按活动开始的月份。"
      chart={
        <EChart
          option={option}
          summary={`柱状图，${title}：报名 ${registered} 人次，签到 ${attended} 人次，缺席 ${noShow} 人次`}
        />
      }
      table={
        <FigureTable
          rows={rows}
          rowKey="month"
          columns={[
            { title: '月份', dataIndex: 'label' },
            { title: '报名', dataIndex: 'registered', align: 'right' },
            { title: '签到', dataIndex: 'attended', align: 'right' },
            { title: '缺席', dataIndex: 'noShow', align: 'right' },
          ]}
        />
      }
    />
  );
}

/** 培训达标: this year's share of practising lawyers who met the requirement. */
export function TrainingFigure({ training }: { training: Statistics['training'] }) {
  const rows = useMemo(
    () => [
      { key: 'compliant', label: '已达标', lawyers: training.compliant },
      { key: 'behind', label: '未达标', lawyers: training.behind },
    ],
    [training],
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
  const title = `${training.year} 年度培训达标`;
  const share = (n: number) => percent(training.lawyers === 0 ? 0 : n / training.lawyers);
  return (
    <FigureCard
      title={title}
      note={`执业律师 ${training.lawyers} 人，已达标 ${percent(training.share)}；未设定学时要求的执业类别计为已达标。不受日期范围影响。`}
      chart={
        <EChart
          option={option}
          summary={`环形图，${title}：已达标 ${training.compliant} 人，未达标 ${training.behind} 人，达标率 ${percent(training.share)}`}
        />
      }
      table={
        <FigureTable
          rows={rows}
          rowKey="key"
          columns={[
            { title: '达标情况', dataIndex: 'label' },
            { title: '人数', dataIndex: 'lawyers', align: 'right' },
            {
              title: '占比',
              dataIndex: 'lawyers',
              key: 'share',
              align: 'right',
              render: (n: number) => share(n),
            },
          ]}
        />
      }
    />
  );
}
