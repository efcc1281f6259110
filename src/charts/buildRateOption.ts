/**
 * A dot plot for rates (success rates, appearance rates). Rates often crowd near 100 %: the axis then
 * starts below the lowest value to make differences visible (the one rule is rateAxisRange's), and the
 * axis name says where it starts. Dots, not bars: a bar from a cut axis would exaggerate the gap.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { Comparison } from '../model/buildComparison';
import { MESSAGES } from '../i18n/messages';
import { formatQualified } from '../model/formatValue';
import { indicatorName } from '../model/locale';
import { selectRankWindow } from '../model/selectRankWindow';
import { describeRanking } from './buildRankingOption';
import { toDatum, type Datum } from './datum';
import { rateAxisRange } from './rateAxis';
import { comparisonTooltip, districtAxis, rankAxis } from './rankLabels';
import { FONT_FAMILY, FONT_SIZE, INK, PALETTE } from './theme';

/** Builds the dot-plot option for a rate comparison. */
export function buildRateOption(comparison: Comparison): EChartsCoreOption {
  // A long comparison draws its top and bottom, with ranks (selectRankWindow); the axis fits what is drawn.
  const { entries, categories, formatter } = rankAxis(selectRankWindow(comparison.rows), comparison.lang);
  const data: Datum[] = entries.map((entry) =>
    entry.type === 'gap' ? { value: '-' } : toDatum(entry.row.observation, entry.row.value),
  );
  const values = entries.flatMap((entry) =>
    entry.type === 'gap' || entry.row.value === undefined ? [] : [entry.row.value],
  );
  const { min, max, interval } = rateAxisRange(values, comparison.indicator.unit === '%');
  const unit = comparison.unit;
  const lang = comparison.lang;
  const name = indicatorName(comparison.indicator, lang);
  return {
    textStyle: { fontFamily: FONT_FAMILY, fontSize: FONT_SIZE, color: INK },
    aria: { enabled: true, label: { description: describeRanking(comparison) } },
    grid: { left: 8, right: 80, top: 16, bottom: 40, containLabel: true },
    xAxis: {
      type: 'value',
      min,
      max,
      interval,
      name: min > 0 ? MESSAGES[lang].chartText.axisFrom(unit, min) : unit,
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: { color: INK, fontSize: FONT_SIZE },
      axisLabel: { color: INK, fontSize: FONT_SIZE },
      splitLine: { lineStyle: { color: '#e3e3e3' } },
    },
    yAxis: { ...districtAxis(categories, formatter), splitLine: { show: true, lineStyle: { color: '#f0f0f0' } } },
    tooltip: comparisonTooltip(comparison),
    series: [
      {
        // The same id in every drawing: a new one updates the dots drawn (updateOption).
        id: 'values',
        type: 'scatter',
        name,
        data,
        symbolSize: 18,
        itemStyle: { color: PALETTE[0], borderColor: '#ffffff', borderWidth: 2 },
        cursor: 'pointer',
        label: {
          show: true,
          position: 'right',
          distance: 10,
          color: INK,
          fontSize: FONT_SIZE + 1,
          fontWeight: 'bold',
          formatter: (params: { data: Datum }) =>
            params.data.key
              ? `${formatQualified(params.data.value as number, params.data.qualifier!, 2, lang)}${comparison.indicator.unit === '%' ? '%' : ''}`
              : '',
        },
      },
    ],
  };
}
