/**
 * How a drawn chart takes its next option. Merged into the drawing rather than drawn anew: redrawn from
 * nothing, each chart builds its tooltip again, which measures the page (a layout per chart, eight in a
 * row after a filter change). Its series and axes are replaced whole, so nothing of the former drawing's
 * data stays; the options merged otherwise (aria, grid, tooltip, legend, text style) have the same keys
 * from one drawing of a chart to the next, but for two that may be absent, which are given explicitly.
 */
import type { EChartsCoreOption } from 'echarts/core';

/** The components replaced, not merged, on an update. */
export const REPLACED_ON_UPDATE = ['series', 'xAxis', 'yAxis'] as const;

/** The option to merge into a drawn chart: decals shown or not (withPatterns) and animation on or off, said outright. */
export function updateOption(option: EChartsCoreOption, animate: boolean): EChartsCoreOption {
  const aria = (option.aria ?? {}) as { decal?: { show?: boolean } };
  return {
    ...option,
    aria: { ...aria, decal: { ...aria.decal, show: aria.decal?.show === true } },
    animation: animate,
  };
}
