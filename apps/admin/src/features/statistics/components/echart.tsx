import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerCharts, type ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// ECharts' core build with only what the 统计分析 page draws: bars, lines, pies, on a canvas. It is
// imported by this lazy page alone, so the library never reaches the sign-in bundle.
registerCharts([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/**
 * A chart for the eye; the table beside it is the accessible version. The chart is an image with
 * a summary for screen readers, and follows its container's width (a phone, a resized window).
 */
export function EChart({
  option,
  summary,
  height = 280,
}: {
  option: ChartOption;
  /** What the chart shows, in one sentence (its aria-label). */
  summary: string;
  height?: number;
}) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const instance = init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const element = container.current;
    if (!chart.current || !element) return;
    // The canvas cannot inherit the page's font: give it the page's font stack.
    const fontFamily = getComputedStyle(element).fontFamily;
    chart.current.setOption(
      { animation: false, textStyle: { fontFamily }, ...option },
      { notMerge: true },
    );
  }, [option]);

  return <div ref={container} role="img" aria-label={summary} style={{ width: '100%', height }} />;
}
