/**
 * Room for a legend that wraps. ECharts lays a plain legend out in as many rows as its entries need, but
 * the plot below it starts where `grid.top` says, whatever the legend's height: three English entries
 * in a third of a 1366-pixel screen take three rows, and the third ran over the plot's top. The rows
 * are worked out from the entries' text (measured as ECharts measures it) and the chart's width, and the
 * plot starts below the last one.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { measureTextPx } from './measureText';

/** How wide a legend's texts are laid out, in pixels. */
export interface LegendLayout {
  /** The symbol's width. */
  itemWidthPx: number;
  /** The gap between entries. */
  itemGapPx: number;
  textWidthPx: (text: string) => number;
}

/** How many lines a wrapping legend of these names takes in the given width. */
export function legendRows(
  names: readonly string[],
  widthPx: number,
  { itemWidthPx, itemGapPx, textWidthPx }: LegendLayout,
): number {
  // ECharts puts 5 px between an entry's symbol and its text.
  const icon = itemWidthPx + 5;
  let rows = names.length > 0 ? 1 : 0;
  let used = 0;
  for (const name of names) {
    const item = icon + textWidthPx(name);
    if (used > 0 && used + itemGapPx + item > widthPx) {
      rows += 1;
      used = item;
    } else {
      used += (used > 0 ? itemGapPx : 0) + item;
    }
  }
  return rows;
}

// ECharts' legend defaults: a 25 × 14 symbol, entries 10 px apart (rows too), 5 px padding all round.
const ITEM_WIDTH = 25;
const ITEM_HEIGHT = 14;
const ITEM_GAP = 10;
const PADDING = 5;
/** Its default font size when the option names none. */
const LEGEND_FONT = 12;

type Node = Record<string, unknown>;
const isObject = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Where the plot of a chart `widthPx` wide starts so that its legend's rows stay above it: the option's
 * own `grid.top` (room for one row) plus a row's height for every further row. Undefined when there is
 * nothing to fit: no legend at the top, a scrolling legend (one row), or no numeric `grid.top`.
 */
export function legendGridTop(option: EChartsCoreOption, widthPx: number): number | undefined {
  const { legend, grid, series, textStyle } = option as {
    legend?: unknown;
    grid?: unknown;
    series?: unknown;
    textStyle?: unknown;
  };
  if (!isObject(legend) || !isObject(grid) || typeof grid.top !== 'number' || !Array.isArray(series)) return undefined;
  if (
    legend.type === 'scroll' ||
    legend.show === false ||
    (legend.top !== undefined && legend.top !== 0 && legend.top !== 'top')
  )
    return undefined;
  const names = series.flatMap((s) => (isObject(s) && typeof s.name === 'string' ? [s.name] : []));
  const text = isObject(legend.textStyle) ? legend.textStyle : {};
  const fontPx = typeof text.fontSize === 'number' ? text.fontSize : LEGEND_FONT;
  const itemWidth = typeof legend.itemWidth === 'number' ? legend.itemWidth : ITEM_WIDTH;
  const itemGap = typeof legend.itemGap === 'number' ? legend.itemGap : ITEM_GAP;
  // The legend's own font family, or the chart's.
  const ownFamily = text.fontFamily ?? (isObject(textStyle) ? textStyle.fontFamily : undefined);
  const family = typeof ownFamily === 'string' ? ownFamily : 'sans-serif';
  const rows = legendRows(names, widthPx - 2 * PADDING, {
    itemWidthPx: itemWidth,
    itemGapPx: itemGap,
    textWidthPx: (name) => measureTextPx(name, fontPx, family),
  });
  if (rows <= 1) return grid.top;
  const rowHeight =
    Math.max(typeof legend.itemHeight === 'number' ? legend.itemHeight : ITEM_HEIGHT, Math.ceil(fontPx * 1.2)) +
    itemGap;
  return grid.top + (rows - 1) * rowHeight;
}

/** The option with its plot below its legend at this width (the option itself when nothing moves). */
export function withLegendRoom(option: EChartsCoreOption, widthPx: number | undefined): EChartsCoreOption {
  if (widthPx === undefined) return option;
  const top = legendGridTop(option, widthPx);
  const grid = option.grid as Node | undefined;
  return top === undefined || top === grid?.top ? option : { ...option, grid: { ...grid, top } };
}
