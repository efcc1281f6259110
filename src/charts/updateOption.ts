/**
 * How a drawn chart takes its next option. Merged into the drawing rather than drawn anew: redrawn from
 * nothing, each chart builds its tooltip again, which measures the page (a layout per chart, eight in a
 * row after a filter change). Its series and axes are replaced, so nothing of the former drawing's data
 * stays: a series of the same id as one drawn (the option builders give each its id) is updated in place,
 * its bars moved and relabelled rather than taken out of the page and made again; any other is dropped.
 * The options merged otherwise (aria, grid, tooltip, legend, text style) have the same keys from one
 * drawing of a chart to the next, but for two that may be absent, which are given explicitly.
 */
import type { EChartsCoreOption } from 'echarts/core';

/** The components replaced, not merged, on an update. */
export const REPLACED_ON_UPDATE = ['series', 'xAxis', 'yAxis'] as const;

/**
 * Where a chart's tooltip is put: in the chart's own element, where ECharts puts it by default, but named
 * outright. Left to ECharts, each update asks the page for the element's computed position first, which
 * lays out the page's styles again: once per chart, eight times after a filter change.
 */
export const inChartElement = (chartElement: HTMLElement): HTMLElement => chartElement;

/**
 * The option to merge into a drawn chart: decals shown or not (withPatterns) and animation on or off,
 * said outright; a tooltip kept in the chart's element (inChartElement).
 */
export function updateOption(option: EChartsCoreOption, animate: boolean): EChartsCoreOption {
  const aria = (option.aria ?? {}) as { decal?: { show?: boolean } };
  const tooltip = option.tooltip as object | undefined;
  return {
    ...option,
    aria: { ...aria, decal: { ...aria.decal, show: aria.decal?.show === true } },
    animation: animate,
    ...(tooltip && !Array.isArray(tooltip) ? { tooltip: { ...tooltip, appendTo: inChartElement } } : {}),
  };
}
