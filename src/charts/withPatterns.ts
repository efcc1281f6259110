/** Turns on ECharts' decal patterns, so series differ by pattern as well as colour (colour-blind readers, greyscale print). */
import type { EChartsCoreOption } from 'echarts/core';

/** The option with decals shown (or left as it was when `on` is false). */
export function withPatterns(option: EChartsCoreOption, on: boolean): EChartsCoreOption {
  if (!on) return option;
  const aria = (option.aria ?? {}) as Record<string, unknown>;
  return { ...option, aria: { ...aria, enabled: true, decal: { show: true } } };
}
