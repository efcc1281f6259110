/** Makes the category labels of a chart (its districts) clickable: ECharts reports a click on one (EChart's onLabel). */
import type { EChartsCoreOption } from 'echarts/core';

type Axis = { type?: string; triggerEvent?: boolean };

const linked = (axis: unknown): unknown =>
  Array.isArray(axis) ? axis.map(linked) : axis && (axis as Axis).type === 'category' ? { ...(axis as Axis), triggerEvent: true } : axis;

/** The option with every category axis reporting clicks on its labels. */
export function withLabelLinks(option: EChartsCoreOption): EChartsCoreOption {
  return { ...option, xAxis: linked(option.xAxis), yAxis: linked(option.yAxis) } as EChartsCoreOption;
}

/** The label clicked, from an ECharts click event, when the click was on an axis label. */
export function labelOfEvent(params: unknown): string | undefined {
  const event = params as { targetType?: unknown; value?: unknown };
  return event.targetType === 'axisLabel' && typeof event.value === 'string' ? event.value : undefined;
}
