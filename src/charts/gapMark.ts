/**
 * A missing step of a flow, marked where its bar would stand: an empty dashed outline, so a gap between
 * two reported bars never reads as a zero. The chart's note says what the outline means (words on each
 * outline would run into each other where five steps stand side by side); it carries no observation key
 * (nothing to open) and its tooltip says the figure was not reported.
 */
import type { Grouped } from '../model/buildGrouped';
import type { Datum } from './datum';
import { reportedAnyOf } from './groupedAxis';
import { GAP } from './theme';

/** How tall the outline stands, as a share of the chart's tallest bar. */
export const GAP_MARK_SHARE = 0.5;

/** A bar datum marking a figure the district did not report, for a chart whose tallest bar is `tallest`. */
export function gapMark(tallest: number): Datum {
  return {
    // Never 0, which would read as a reported zero; the outline's height carries no value.
    value: tallest > 0 ? tallest * GAP_MARK_SHARE : 1,
    gap: true,
    // A pattern that draws nothing: with patterns on (the toggle, every slide) the outline would otherwise be
    // filled and read as a bar. ECharts takes a data item's decal as an object only ('none' is for series).
    itemStyle: { color: 'transparent', borderColor: GAP, borderType: 'dashed', borderWidth: 1.5, decal: { color: 'rgba(0,0,0,0)', backgroundColor: 'none' } },
  };
}

/** Whether a flow leaves a gap marked by gapMark: a figure missing where its district gives others. */
export function hasGapMarks(grouped: Grouped): boolean {
  const reportedAny = reportedAnyOf(grouped);
  return grouped.series.some((s) => s.cells.some((cell, i) => reportedAny[i] && !cell.observation));
}
