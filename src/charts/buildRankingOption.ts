/** Sorted horizontal bars ranking the selected districts on one indicator; gaps labelled "未报告". */
import type { EChartsCoreOption } from 'echarts/core';
import type { Comparison } from '../model/buildComparison';
import { MESSAGES } from '../i18n/messages';
import { formatQualified } from '../model/formatValue';
import { indicatorName } from '../model/locale';
import { labelReport } from '../model/selectReports';
import { selectRankWindow } from '../model/selectRankWindow';
import { countAxis } from './countAxis';
import { toDatum, type Datum } from './datum';
import { comparisonTooltip, districtAxis, rankAxis } from './rankLabels';
import { FONT_FAMILY, FONT_SIZE, INK, PALETTE } from './theme';

/** The gap label in Chinese (the default language). */
export const NOT_REPORTED = MESSAGES.zh.notReported;

/**
 * Builds the ranking option. Largest value at the top; not-reported districts at the bottom, with no bar.
 * A long ranking (a province, the country) draws its top and bottom with their ranks (selectRankWindow).
 */
export function buildRankingOption(comparison: Comparison): EChartsCoreOption {
  const decimals = comparison.perCapita ? 2 : 2;
  const lang = comparison.lang;
  const window = selectRankWindow(comparison.rows);
  const { entries, categories, formatter } = rankAxis(window, lang);
  const data: Datum[] = entries.map((entry) =>
    entry.type === 'gap' ? { value: '-' } : toDatum(entry.row.observation, entry.row.value),
  );
  const name = indicatorName(comparison.indicator, lang);
  return {
    textStyle: { fontFamily: FONT_FAMILY, fontSize: FONT_SIZE, color: INK },
    aria: { enabled: true, label: { description: describeRanking(comparison) } },
    grid: { left: 8, right: 110, top: 16, bottom: 40, containLabel: true },
    // The unit is named under the axis, where no tick label can run into it.
    xAxis: {
      ...countAxis(lang, !comparison.perCapita, Math.max(0, ...comparison.rows.map((row) => row.value ?? 0))),
      name: comparison.unit,
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: { color: INK, fontSize: FONT_SIZE },
    },
    yAxis: districtAxis(categories, formatter),
    tooltip: comparisonTooltip(comparison),
    series: [
      {
        // The same id in every drawing: a new one updates the bars drawn (updateOption).
        id: 'values',
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
            params.data.key ? formatQualified(params.data.value as number, params.data.qualifier!, decimals, lang) : '',
        },
      },
    ],
  };
}

/** A sentence for screen readers: the ranking in words, gaps named (only the drawn ends of a long ranking). */
export function describeRanking(comparison: Comparison): string {
  const window = selectRankWindow(comparison.rows);
  const drawn = window.entries.flatMap((entry) => (entry.type === 'row' ? [entry.row] : []));
  const reported = drawn.filter((row) => row.value !== undefined);
  const gaps = drawn.filter((row) => row.value === undefined);
  const lang = comparison.lang;
  const parts = reported.map(
    (row) =>
      `${labelReport(row.report, lang)} ${formatQualified(row.value!, row.observation!.qualifier, 2, lang)}${comparison.unit}`,
  );
  return MESSAGES[lang].chartText.rankingDescription(
    indicatorName(comparison.indicator, lang),
    parts,
    gaps.map((row) => labelReport(row.report, lang)),
  );
}
