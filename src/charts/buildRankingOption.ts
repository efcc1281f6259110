/** Sorted horizontal bars ranking the selected districts on one indicator; gaps labelled "未报告". */
import type { EChartsCoreOption } from 'echarts/core';
import type { Comparison } from '../model/buildComparison';
import { formatQualified } from '../model/formatValue';
import { labelReport } from '../model/selectReports';
import { toDatum, type Datum } from './datum';
import { escapeHtml, escapeRich } from './escape';
import { FONT_FAMILY, FONT_SIZE, GAP, INK, PALETTE } from './theme';

export const NOT_REPORTED = '未报告';

/** Builds the ranking option. Largest value at the top; not-reported districts at the bottom, with no bar. */
export function buildRankingOption(comparison: Comparison): EChartsCoreOption {
  // ECharts draws the first category at the bottom, so the ranking is reversed to put the largest on top.
  const rows = [...comparison.rows].reverse();
  const decimals = comparison.perCapita ? 2 : 2;
  const data: Datum[] = rows.map((row) => toDatum(row.observation, row.value));
  const categories = rows.map((row) => escapeRich(labelReport(row.report)));
  const name = comparison.indicator.nameZh;
  return {
    textStyle: { fontFamily: FONT_FAMILY, fontSize: FONT_SIZE, color: INK },
    aria: { enabled: true, label: { description: describeRanking(comparison) } },
    grid: { left: 8, right: 110, top: 16, bottom: 28, containLabel: true },
    xAxis: {
      type: 'value',
      name: comparison.unit,
      nameLocation: 'end',
      min: 0,
      axisLabel: { color: INK, fontSize: FONT_SIZE },
      splitLine: { lineStyle: { color: '#e3e3e3' } },
    },
    yAxis: {
      type: 'category',
      data: categories,
      axisTick: { show: false },
      axisLabel: {
        fontSize: FONT_SIZE + 1,
        color: INK,
        formatter: (label: string, index: number) => (data[index]?.value === '-' ? `{gap|${label}（${NOT_REPORTED}）}` : label),
        rich: { gap: { color: GAP, fontSize: FONT_SIZE + 1 } },
      },
    },
    tooltip: {
      trigger: 'item',
      formatter: (params: { name: string; data: Datum }) =>
        params.data.key
          ? `${escapeHtml(params.name)}<br/>${escapeHtml(name)}：<b>${escapeHtml(formatQualified(params.data.reported!, params.data.qualifier!))}</b> ${escapeHtml(comparison.indicator.unit)}<br/>点击查看原文`
          : `${escapeHtml(params.name)}：${NOT_REPORTED}`,
    },
    series: [
      {
        type: 'bar',
        name,
        data,
        barMaxWidth: 34,
        itemStyle: { color: PALETTE[0] },
        cursor: 'pointer',
        label: {
          show: true,
          position: 'right',
          color: INK,
          fontSize: FONT_SIZE + 1,
          fontWeight: 'bold',
          formatter: (params: { data: Datum }) =>
            params.data.key ? formatQualified(params.data.value as number, params.data.qualifier!, decimals) : '',
        },
      },
    ],
  };
}

/** A sentence for screen readers: the ranking in words, gaps named. */
export function describeRanking(comparison: Comparison): string {
  const reported = comparison.rows.filter((row) => row.value !== undefined);
  const gaps = comparison.rows.filter((row) => row.value === undefined);
  const parts = reported.map((row) => `${labelReport(row.report)} ${formatQualified(row.value!, row.observation!.qualifier)}${comparison.unit}`);
  const gapText = gaps.length ? `；未报告：${gaps.map((row) => labelReport(row.report)).join('、')}` : '';
  return `${comparison.indicator.nameZh}，从高到低：${parts.join('，') || '无数据'}${gapText}。`;
}
