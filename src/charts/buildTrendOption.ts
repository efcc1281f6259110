/**
 * Lines over the years: one per district, named at its end; a year without a figure leaves the line open
 * (connectNulls off, never a zero); a hedged figure is a hollow dot; where a district's figure counts
 * differently from the year before, a dashed mark at that year says so. The median of every reporting
 * district, when drawn, is a grey dashed line.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { MESSAGES, type Lang } from '../i18n/messages';
import type { Trend } from '../model/buildTrend';
import { formatQualified } from '../model/formatValue';
import { districtName, indicatorName, unitFactor, unitLabel } from '../model/locale';
import { valueTooltip } from './chartText';
import { toDatum, type Datum } from './datum';
import { escapeRich } from './escape';
import { FONT_FAMILY, FONT_SIZE, GAP, INK, PALETTE } from './theme';

/** Builds the option of a trend chart in `lang`. */
export function buildTrendOption(trend: Trend, lang: Lang): EChartsCoreOption {
  const text = MESSAGES[lang];
  const factor = unitFactor(trend.indicator.unit, lang);
  const unit = unitLabel(trend.indicator.unit, lang);
  const name = indicatorName(trend.indicator, lang);
  const lines = trend.lines.map((line, i) => {
    // The district's name at the end of its line; its points say in their tooltips which figures are the analyst's.
    const label = escapeRich(districtName(line.report, lang));
    const data: Datum[] = line.points.map((point) => (point.observation ? toDatum(point.observation, point.observation.value * factor) : { value: '-' }));
    const changes = line.points.filter((point) => point.scopeChanged);
    return {
      type: 'line',
      name: label,
      data: data.map((datum) => (datum.qualifier && datum.qualifier !== 'exact' ? { ...datum, symbol: 'emptyCircle', symbolSize: 11 } : datum)),
      connectNulls: false,
      symbol: 'circle',
      symbolSize: 9,
      cursor: 'pointer',
      lineStyle: { width: 3, color: PALETTE[i % PALETTE.length] },
      itemStyle: { color: PALETTE[i % PALETTE.length] },
      endLabel: { show: true, formatter: label, color: INK, fontSize: FONT_SIZE },
      label: {
        show: trend.lines.length <= 3,
        position: 'top',
        // Clear of the district's name at the line's end, beside the same point.
        distance: 9,
        color: INK,
        fontSize: FONT_SIZE - 1,
        formatter: (params: { data: Datum }) => (params.data.key ? formatQualified(params.data.value as number, params.data.qualifier!, 2, lang) : ''),
      },
      markLine: changes.length
        ? {
            symbol: 'none',
            silent: true,
            lineStyle: { type: 'dashed', color: '#D55E00' },
            label: { formatter: text.profile.scopeChanged, color: '#9a3b00', fontSize: FONT_SIZE - 2 },
            data: changes.map((point) => ({ xAxis: String(point.year) })),
          }
        : undefined,
    };
  });
  const median = trend.median
    ? [
        {
          type: 'line',
          name: text.trend.medianName,
          data: trend.median.map((point) => (point.value === undefined ? '-' : point.value * factor)),
          connectNulls: false,
          symbol: 'none',
          silent: true,
          lineStyle: { width: 2, type: 'dashed', color: GAP },
          itemStyle: { color: GAP },
          endLabel: { show: true, formatter: text.trend.medianName, color: GAP, fontSize: FONT_SIZE },
        },
      ]
    : [];
  const described = trend.lines.map((line) => `${districtName(line.report, lang)}: ${line.points.map((point) => `${point.year} ${point.observation ? formatQualified(point.observation.value * factor, point.observation.qualifier, 2, lang) : text.notReported}`).join(text.chartText.listSeparator)}`);
  return {
    textStyle: { fontFamily: FONT_FAMILY, fontSize: FONT_SIZE, color: INK },
    aria: { enabled: true, label: { description: `${text.trend.title(name)}${lang === 'en' ? ': ' : '：'}${described.join(text.chartText.groupSeparator) || text.trend.none}` } },
    grid: { left: 8, right: 150, top: 36, bottom: 28, containLabel: true },
    // Each year in the middle of its band: the first year's point, label and tick stand clear of the value axis.
    xAxis: { type: 'category', data: trend.years.map(String), boundaryGap: true, axisLabel: { color: INK, fontSize: FONT_SIZE }, axisTick: { alignWithLabel: true } },
    yAxis: { type: 'value', name: unit, nameTextStyle: { color: INK, fontSize: FONT_SIZE }, axisLabel: { color: INK, fontSize: FONT_SIZE }, splitNumber: 4, splitLine: { lineStyle: { color: '#e3e3e3' } } },
    tooltip: {
      trigger: 'item',
      formatter: (params: { seriesName: string; name: string; data: Datum }) =>
        valueTooltip(`${params.seriesName} ${params.name}`, name, params.data?.reported, params.data?.qualifier, trend.indicator.unit, lang, params.data?.own),
    },
    series: [...lines, ...median],
  };
}
