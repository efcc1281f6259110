/**
 * Grouped bars: a flow such as received → accepted → concluded, one group per district, one bar per
 * step. A step keeps its colour by its place in the flow, whichever steps a selection reports.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { Grouped } from '../model/buildGrouped';
import { MESSAGES } from '../i18n/messages';
import { formatQualified } from '../model/formatValue';
import { indicatorName, unitLabel } from '../model/locale';
import { categoryColor } from './categoryColors';
import { valueTooltip } from './chartText';
import { countAxis } from './countAxis';
import { toDatum, type Datum } from './datum';
import { gapMark } from './gapMark';
import { categoryAxis, describeGrouped, reportedAnyOf } from './groupedAxis';
import { FONT_FAMILY, FONT_SIZE, INK } from './theme';

interface TooltipParams {
  name: string;
  seriesName: string;
  data: Datum;
}

/**
 * How wide a district's label under vertical bars may run: about the narrowest column drawn, fifteen
 * districts across a 1366-pixel screen (~82 px), so "安远区 2023" takes two lines instead of running into
 * its neighbour's. An English name keeps its longest word whole ("Zhanggong").
 */
export const GROUPED_LABEL_WIDTH = { zh: 72, en: 84 } as const;

/**
 * The district axis under vertical bars: every district is labelled (ECharts would otherwise drop every
 * other crowded label), and a long name wraps within its column instead.
 */
function horizontalCategoryAxis(grouped: Grouped) {
  const axis = categoryAxis(grouped);
  return {
    ...axis,
    axisLabel: {
      ...axis.axisLabel,
      interval: 0,
      width: GROUPED_LABEL_WIDTH[grouped.lang],
      overflow: 'break' as const,
      // Wrapped lines a little apart, so that one line's glyphs never touch the next's.
      lineHeight: WRAPPED_LINE_HEIGHT,
      rich: { gap: { ...axis.axisLabel.rich.gap, lineHeight: WRAPPED_LINE_HEIGHT } },
    },
  };
}

/** The line height of a wrapped district label: half as much again as its font. */
const WRAPPED_LINE_HEIGHT = Math.round((FONT_SIZE + 1) * 1.5);

function tooltip(grouped: Grouped) {
  const unitOf = (seriesName: string) =>
    grouped.series.find((s) => indicatorName(s.indicator, grouped.lang) === seriesName)?.indicator.unit ?? '';
  return {
    trigger: 'item' as const,
    formatter: (params: TooltipParams) =>
      valueTooltip(
        params.name,
        params.seriesName,
        params.data.reported,
        params.data.qualifier,
        unitOf(params.seriesName),
        grouped.lang,
        params.data.own,
      ),
  };
}

/** Grouped vertical bars: one group per district, one bar per indicator, values labelled. */
export function buildGroupedOption(grouped: Grouped, title: string): EChartsCoreOption {
  const names = grouped.series.map((s) => indicatorName(s.indicator, grouped.lang));
  const text = MESSAGES[grouped.lang];
  // A district that gives none of the figures says so on its axis label; one that gives some marks each
  // figure it leaves out where that bar would stand.
  const reportedAny = reportedAnyOf(grouped);
  const tallest = Math.max(0, ...grouped.series.flatMap((s) => s.cells.map((cell) => cell.value ?? 0)));
  const unit = grouped.series[0]?.indicator.unit ?? '';
  const unitName = unitLabel(unit, grouped.lang);
  return {
    textStyle: { fontFamily: FONT_FAMILY, fontSize: FONT_SIZE, color: INK },
    aria: { enabled: true, label: { description: describeGrouped(grouped, title) }, decal: { show: false } },
    // A plain legend wraps to as many rows as it needs (the chart makes room: legendRoom.ts); never a pager.
    legend: { top: 0, type: 'plain', data: names, textStyle: { fontSize: FONT_SIZE + 1, color: INK } },
    grid: { left: 8, right: 16, top: 58, bottom: 8, containLabel: true },
    xAxis: horizontalCategoryAxis(grouped),
    yAxis: {
      ...countAxis(grouped.lang, !grouped.perCapita, tallest),
      // One unit per axis (the flows are specified so: familySpecs.test), named above it.
      name: grouped.perCapita ? text.caveat.perCapitaUnit(unitName) : unitName,
      nameGap: 12,
      nameTextStyle: { color: INK, fontSize: FONT_SIZE, align: 'left' as const },
    },
    tooltip: tooltip(grouped),
    series: grouped.series.map((s, i) => ({
      // A step's bars keep their id from one drawing to the next, and are updated in place (updateOption).
      id: s.indicator.id,
      type: 'bar',
      name: names[i],
      data: s.cells.map((cell, i) =>
        cell.observation || !reportedAny[i] ? toDatum(cell.observation, cell.value) : gapMark(tallest),
      ),
      itemStyle: { color: categoryColor(grouped.order.indexOf(s.indicator.id)) },
      barMaxWidth: 38,
      // Wide bars with a clear gap between them, so two numbers over neighbouring bars ("20" and "18") do
      // not run together into one ("2018").
      barCategoryGap: '14%',
      barGap: '40%',
      cursor: 'pointer',
      // Fifteen districts of four figures leave no room for every number: one that would overlap another
      // is left out (the tooltip and the values table give them all), never drawn over its neighbour.
      labelLayout: { hideOverlap: true },
      label: {
        show: true,
        position: 'top',
        color: INK,
        fontSize: FONT_SIZE,
        formatter: (params: { data: Datum }) =>
          params.data.key ? formatQualified(params.data.value as number, params.data.qualifier!, 2, grouped.lang) : '',
      },
    })),
  };
}
