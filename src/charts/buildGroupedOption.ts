/**
 * Grouped bars (a flow such as received → accepted → concluded, per district) and 100 % stacked bars
 * (a breakdown such as outcomes or dispute types). Gaps stay empty and are named in the category label.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { Grouped } from '../model/buildGrouped';
import { toShares } from '../model/buildGrouped';
import { formatQualified } from '../model/formatValue';
import { labelReport } from '../model/selectReports';
import { NOT_REPORTED } from './buildRankingOption';
import { toDatum, type Datum } from './datum';
import { escapeHtml, escapeRich } from './escape';
import { FONT_FAMILY, FONT_SIZE, GAP, INK, PALETTE } from './theme';

interface TooltipParams {
  name: string;
  seriesName: string;
  data: Datum;
}

function categoryAxis(grouped: Grouped, reportedAny: boolean[]) {
  return {
    type: 'category' as const,
    data: grouped.reports.map((report) => escapeRich(labelReport(report))),
    axisTick: { show: false },
    axisLabel: {
      fontSize: FONT_SIZE + 1,
      color: INK,
      formatter: (label: string, index: number) => (reportedAny[index] ? label : `{gap|${label}（${NOT_REPORTED}）}`),
      rich: { gap: { color: GAP, fontSize: FONT_SIZE + 1 } },
    },
  };
}

function reportedAnyOf(grouped: Grouped): boolean[] {
  return grouped.reports.map((_, i) => grouped.series.some((s) => s.cells[i].observation !== undefined));
}

function describe(grouped: Grouped, title: string): string {
  const parts = grouped.reports.map((report, i) => {
    const cells = grouped.series
      .filter((s) => s.cells[i].observation)
      .map((s) => `${s.indicator.nameZh} ${formatQualified(s.cells[i].observation!.value, s.cells[i].observation!.qualifier)}${s.indicator.unit}`);
    return `${labelReport(report)}：${cells.join('，') || NOT_REPORTED}`;
  });
  return `${title}。${parts.join('；')}。`;
}

const tooltip = (unitOf: (seriesName: string) => string) => ({
  trigger: 'item' as const,
  formatter: (params: TooltipParams) =>
    params.data.key
      ? `${escapeHtml(params.name)}<br/>${escapeHtml(params.seriesName)}：<b>${escapeHtml(formatQualified(params.data.reported!, params.data.qualifier!))}</b> ${escapeHtml(unitOf(params.seriesName))}<br/>点击查看原文`
      : `${escapeHtml(params.name)} · ${escapeHtml(params.seriesName)}：${NOT_REPORTED}`,
});

/** Grouped vertical bars: one group per district, one bar per indicator, values labelled. */
export function buildGroupedOption(grouped: Grouped, title: string): EChartsCoreOption {
  const unitOf = (name: string) => grouped.series.find((s) => s.indicator.nameZh === name)?.indicator.unit ?? '';
  return {
    textStyle: { fontFamily: FONT_FAMILY, fontSize: FONT_SIZE, color: INK },
    color: PALETTE,
    aria: { enabled: true, label: { description: describe(grouped, title) }, decal: { show: false } },
    legend: { top: 0, textStyle: { fontSize: FONT_SIZE + 1, color: INK } },
    grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
    xAxis: categoryAxis(grouped, reportedAnyOf(grouped)),
    yAxis: { type: 'value', min: 0, name: grouped.perCapita ? '每万人' : '', axisLabel: { color: INK, fontSize: FONT_SIZE } },
    tooltip: tooltip(unitOf),
    series: grouped.series.map((s) => ({
      type: 'bar',
      name: s.indicator.nameZh,
      data: s.cells.map((cell) => toDatum(cell.observation, cell.value)),
      barMaxWidth: 38,
      cursor: 'pointer',
      label: {
        show: true,
        position: 'top',
        color: INK,
        fontSize: FONT_SIZE,
        formatter: (params: { data: Datum }) => (params.data.key ? formatQualified(params.data.value as number, params.data.qualifier!) : ''),
      },
    })),
  };
}

/** 100 % stacked horizontal bars: each district's reported parts as shares of their sum. */
export function buildCompositionOption(grouped: Grouped, title: string): EChartsCoreOption {
  const shares = toShares(grouped);
  const unitOf = (name: string) => grouped.series.find((s) => s.indicator.nameZh === name)?.indicator.unit ?? '';
  return {
    textStyle: { fontFamily: FONT_FAMILY, fontSize: FONT_SIZE, color: INK },
    color: PALETTE,
    aria: { enabled: true, label: { description: describe(grouped, title) } },
    legend: { top: 0, type: 'scroll', textStyle: { fontSize: FONT_SIZE, color: INK } },
    grid: { left: 8, right: 24, top: 48, bottom: 28, containLabel: true },
    yAxis: { ...categoryAxis(grouped, reportedAnyOf(grouped)), inverse: true },
    xAxis: { type: 'value', min: 0, max: 100, name: '%', axisLabel: { color: INK, fontSize: FONT_SIZE, formatter: '{value}%' } },
    tooltip: tooltip(unitOf),
    series: grouped.series.map((s, si) => ({
      type: 'bar',
      stack: 'share',
      name: s.indicator.nameZh,
      data: s.cells.map((cell, i) => toDatum(cell.observation, shares[si][i])),
      cursor: 'pointer',
      itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
      label: {
        show: true,
        color: '#ffffff',
        fontSize: FONT_SIZE - 1,
        formatter: (params: { data: Datum }) => (params.data.key && (params.data.value as number) >= 8 ? formatQualified(params.data.reported!, params.data.qualifier!) : ''),
      },
    })),
  };
}
