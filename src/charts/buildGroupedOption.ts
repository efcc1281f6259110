/**
 * Grouped bars (a flow such as received → accepted → concluded, per district) and 100 % stacked bars
 * (a breakdown such as outcomes or dispute types). Gaps stay empty and are named in the category label.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { Grouped } from '../model/buildGrouped';
import { toShares } from '../model/buildGrouped';
import { MESSAGES } from '../i18n/messages';
import { formatQualified, formatWithUnit } from '../model/formatValue';
import type { Lang } from '../i18n/messages';
import type { Qualifier } from '../data/schema';
import { indicatorName } from '../model/locale';
import { labelReport } from '../model/selectReports';
import { CATEGORY_LABEL_FIT, gapLabel, valueTooltip } from './chartText';
import { toDatum, type Datum } from './datum';
import { escapeRich } from './escape';
import { FONT_FAMILY, FONT_SIZE, GAP, INK, PALETTE } from './theme';

interface TooltipParams {
  name: string;
  seriesName: string;
  data: Datum;
}

function categoryAxis(grouped: Grouped, reportedAny: boolean[]) {
  return {
    type: 'category' as const,
    data: grouped.reports.map((report) => escapeRich(labelReport(report, grouped.lang))),
    axisTick: { show: false },
    axisLabel: {
      fontSize: FONT_SIZE + 1,
      color: INK,
      ...CATEGORY_LABEL_FIT,
      formatter: (label: string, index: number) => (reportedAny[index] ? label : gapLabel(label, grouped.lang)),
      rich: { gap: { color: GAP, fontSize: FONT_SIZE + 1 } },
    },
  };
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
  const axis = categoryAxis(grouped, reportedAnyOf(grouped));
  return { ...axis, axisLabel: { ...axis.axisLabel, interval: 0, width: GROUPED_LABEL_WIDTH[grouped.lang], overflow: 'break' as const } };
}

function reportedAnyOf(grouped: Grouped): boolean[] {
  return grouped.reports.map((_, i) => grouped.series.some((s) => s.cells[i].observation !== undefined));
}

/** A value for the screen-reader description: Chinese units sit tight (1,500件), English ones after a space. */
function describeValue(value: number, qualifier: Qualifier, unit: string, lang: Lang): string {
  return lang === 'en' ? formatWithUnit(value, qualifier, unit, 2, lang) : `${formatQualified(value, qualifier, 2, lang)}${unit}`;
}

function describe(grouped: Grouped, title: string): string {
  const lang = grouped.lang;
  const text = MESSAGES[lang];
  const parts = grouped.reports.map((report, i) => {
    const cells = grouped.series
      .filter((s) => s.cells[i].observation)
      .map((s) => `${indicatorName(s.indicator, lang)} ${describeValue(s.cells[i].observation!.value, s.cells[i].observation!.qualifier, s.indicator.unit, lang)}`);
    return `${labelReport(report, lang)}${lang === 'en' ? ': ' : '：'}${cells.join(text.chartText.listSeparator) || text.notReported}`;
  });
  return `${title}${lang === 'en' ? '. ' : '。'}${parts.join(text.chartText.groupSeparator)}${lang === 'en' ? '.' : '。'}`;
}

function tooltip(grouped: Grouped) {
  const unitOf = (seriesName: string) => grouped.series.find((s) => indicatorName(s.indicator, grouped.lang) === seriesName)?.indicator.unit ?? '';
  return {
    trigger: 'item' as const,
    formatter: (params: TooltipParams) =>
      valueTooltip(params.name, params.seriesName, params.data.reported, params.data.qualifier, unitOf(params.seriesName), grouped.lang, params.data.own),
  };
}

/** Grouped vertical bars: one group per district, one bar per indicator, values labelled. */
export function buildGroupedOption(grouped: Grouped, title: string): EChartsCoreOption {
  return {
    textStyle: { fontFamily: FONT_FAMILY, fontSize: FONT_SIZE, color: INK },
    color: PALETTE,
    aria: { enabled: true, label: { description: describe(grouped, title) }, decal: { show: false } },
    legend: { top: 0, textStyle: { fontSize: FONT_SIZE + 1, color: INK } },
    grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
    xAxis: horizontalCategoryAxis(grouped),
    yAxis: { type: 'value', min: 0, name: grouped.perCapita ? MESSAGES[grouped.lang].chartText.perTenThousand : '', axisLabel: { color: INK, fontSize: FONT_SIZE } },
    tooltip: tooltip(grouped),
    series: grouped.series.map((s) => ({
      type: 'bar',
      name: indicatorName(s.indicator, grouped.lang),
      data: s.cells.map((cell) => toDatum(cell.observation, cell.value)),
      barMaxWidth: 38,
      cursor: 'pointer',
      // Fifteen districts of four figures leave no room for every number: one that would overlap another
      // is left out (the tooltip and the values table give them all), never drawn over its neighbour.
      labelLayout: { hideOverlap: true },
      label: {
        show: true,
        position: 'top',
        color: INK,
        fontSize: FONT_SIZE,
        formatter: (params: { data: Datum }) => (params.data.key ? formatQualified(params.data.value as number, params.data.qualifier!, 2, grouped.lang) : ''),
      },
    })),
  };
}

/** 100 % stacked horizontal bars: each district's reported parts as shares of their sum. */
export function buildCompositionOption(grouped: Grouped, title: string): EChartsCoreOption {
  const shares = toShares(grouped);
  return {
    textStyle: { fontFamily: FONT_FAMILY, fontSize: FONT_SIZE, color: INK },
    color: PALETTE,
    // Past the palette's eight colours a colour would stand for two parts, so patterns tell them apart.
    aria: { enabled: true, label: { description: describe(grouped, title) }, decal: { show: grouped.series.length > PALETTE.length } },
    legend: { top: 0, type: 'scroll', textStyle: { fontSize: FONT_SIZE, color: INK } },
    grid: { left: 8, right: 24, top: 48, bottom: 28, containLabel: true },
    yAxis: { ...categoryAxis(grouped, reportedAnyOf(grouped)), inverse: true },
    xAxis: { type: 'value', min: 0, max: 100, name: '%', axisLabel: { color: INK, fontSize: FONT_SIZE, formatter: '{value}%' } },
    tooltip: tooltip(grouped),
    series: grouped.series.map((s, si) => ({
      type: 'bar',
      stack: 'share',
      name: indicatorName(s.indicator, grouped.lang),
      data: s.cells.map((cell, i) => toDatum(cell.observation, shares[si][i])),
      cursor: 'pointer',
      itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
      label: {
        show: true,
        color: '#ffffff',
        fontSize: FONT_SIZE - 1,
        formatter: (params: { data: Datum }) => (params.data.key && (params.data.value as number) >= 8 ? formatQualified(params.data.reported!, params.data.qualifier!, 2, grouped.lang) : ''),
      },
    })),
  };
}
