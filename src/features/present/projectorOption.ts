/**
 * The projector theme as a transform of a built chart option: option in, option out, no rendering. Type
 * grows with the slide (24 px labels on a 1920-pixel-wide slide), lengths grow with it, strokes thicken,
 * every label gets a white halo so it reads on any fill, and series that differ by colour also differ by
 * pattern (ECharts decals), so no meaning rests on colour alone.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { FONT_SIZE, INK } from '../../charts/theme';

/** A slide is 80 base font sizes wide: 24 px at 1920 × 1080. */
export const SLIDE_WIDTH_IN_FONTS = 80;
/** Below this the labels of a small projector image would blur; the layout gives way instead. */
export const MIN_FONT_PX = 14;

/** The base font size of a slide of the given width. */
export function slideFontPx(slideWidthPx: number): number {
  return Math.max(MIN_FONT_PX, Math.round(slideWidthPx / SLIDE_WIDTH_IN_FONTS));
}

/** Pixel lengths in the builders' options that should grow with the type. */
const LENGTH_KEYS = new Set(['barMaxWidth', 'symbolSize', 'nameGap', 'distance']);
const GRID_KEYS = new Set(['left', 'right', 'top', 'bottom']);

type Node = Record<string, unknown>;

function isPlainObject(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** Copies the option with every font size and length scaled; data arrays and functions are kept as they are. */
function scaleTree(node: unknown, fontPx: number, inGrid = false): unknown {
  if (Array.isArray(node)) return node.map((item) => scaleTree(item, fontPx, inGrid));
  if (!isPlainObject(node)) return node;
  const factor = fontPx / FONT_SIZE;
  const out: Node = {};
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'number' && key === 'fontSize')
      out[key] = Math.round((Math.max(value, FONT_SIZE) * fontPx) / FONT_SIZE);
    else if (typeof value === 'number' && (LENGTH_KEYS.has(key) || (inGrid && GRID_KEYS.has(key))))
      out[key] = Math.round(value * factor);
    else if (key === 'data') out[key] = value;
    else out[key] = scaleTree(value, fontPx, key === 'grid');
  }
  return out;
}

/** Grey that still reads from the back of a room (the screen's lighter grey does not on a projector). */
export const PROJECTOR_GAP = '#595959';

/**
 * Every district keeps its label: ECharts would drop every other one when they crowd, so a horizontal
 * axis wraps its labels within their band instead.
 */
function axisTheme(axis: unknown, strokePx: number, fontPx: number, bandPx?: number): unknown {
  if (!isPlainObject(axis)) return axis;
  if (axis.type === 'category') {
    const axisLabel = isPlainObject(axis.axisLabel) ? axis.axisLabel : {};
    const rich = isPlainObject(axisLabel.rich) ? axisLabel.rich : {};
    const gap = isPlainObject(rich.gap) ? { ...rich, gap: { ...rich.gap, color: PROJECTOR_GAP } } : rich;
    // A vertical axis keeps its label width in step with the larger type, so "（未报告）" is not cut off.
    const wrap = bandPx
      ? { width: bandPx, overflow: 'break' }
      : typeof axisLabel.width === 'number'
        ? { width: Math.round((axisLabel.width * fontPx) / FONT_SIZE) }
        : {};
    return {
      ...axis,
      axisLabel: { ...axisLabel, ...wrap, interval: 0, rich: gap },
      axisLine: { show: true, lineStyle: { color: INK, width: strokePx } },
    };
  }
  const splitLine = isPlainObject(axis.splitLine) ? axis.splitLine : {};
  return {
    ...axis,
    splitLine: { ...splitLine, lineStyle: { color: '#a8a8a8', width: Math.max(1, Math.round(strokePx / 2)) } },
  };
}

function seriesTheme(series: unknown, fontPx: number, strokePx: number): unknown {
  if (!isPlainObject(series)) return series;
  const itemStyle = isPlainObject(series.itemStyle) ? series.itemStyle : {};
  const label = isPlainObject(series.label) ? series.label : {};
  return {
    ...series,
    // Full opacity: ECharts draws scatter dots translucent, which washes out on a projector.
    itemStyle: { ...itemStyle, opacity: 1, borderColor: INK, borderWidth: Math.max(1, Math.round(strokePx / 2)) },
    label: {
      ...label,
      color: INK,
      fontWeight: 'bold',
      textBorderColor: '#ffffff',
      textBorderWidth: Math.max(2, Math.round(fontPx / 8)),
    },
  };
}

/** Restyles a built option for a slide `widthPx` wide with base font `fontPx`. */
export function projectorOption(option: EChartsCoreOption, widthPx: number, fontPx: number): EChartsCoreOption {
  const scaled = scaleTree(option, fontPx) as Node;
  const strokePx = Math.max(2, Math.round(fontPx / 8));
  const series = Array.isArray(scaled.series) ? scaled.series : [];
  const categories = isPlainObject(scaled.xAxis) && Array.isArray(scaled.xAxis.data) ? scaled.xAxis.data.length : 0;
  const bandPx = categories > 0 ? Math.floor((widthPx - fontPx * 4) / categories) - Math.round(fontPx / 2) : undefined;
  const out: Node = {
    ...scaled,
    // Short enough that a slide is drawn before the presenter speaks, long enough to show where bars grow from.
    animationDuration: 400,
    xAxis: axisTheme(scaled.xAxis, strokePx, fontPx, bandPx),
    yAxis: axisTheme(scaled.yAxis, strokePx, fontPx),
    series: series.map((s) => seriesTheme(s, fontPx, strokePx)),
    tooltip: {
      ...(isPlainObject(scaled.tooltip) ? scaled.tooltip : {}),
      confine: true,
      textStyle: { fontSize: fontPx },
    },
  };
  if (isPlainObject(scaled.aria)) out.aria = { ...scaled.aria, decal: { show: series.length > 1 } };
  if (isPlainObject(scaled.legend)) {
    // A slide shows every legend entry: the legend wraps instead of scrolling. The plot starts below its
    // first row; the chart moves it below the others at the width it is drawn at (charts/legendRoom.ts).
    const itemGap = Math.round(fontPx * 0.8);
    out.legend = { ...scaled.legend, type: 'plain', itemWidth: Math.round(fontPx * 1.6), itemHeight: fontPx, itemGap };
    const grid = isPlainObject(scaled.grid) ? scaled.grid : {};
    out.grid = { ...grid, top: Math.round(fontPx * 1.3 + itemGap + fontPx * 1.5) };
  }
  return out;
}
