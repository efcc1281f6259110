/**
 * A family's headline indicator over the years, drawn for a selection: model (buildTrend) → option
 * (buildTrendOption), with its footnotes and values (describeTrend).
 */
import type { Dataset, Report } from '../../data/dataset';
import type { Lang, Messages } from '../../i18n/messages';
import { buildTrendOption } from '../../charts/buildTrendOption';
import { buildTrend, TREND_NAMED_LIMIT, type Trend } from '../../model/buildTrend';
import { indicatorDefinition, indicatorName, unitLabel } from '../../model/locale';
import type { Drawn } from '../family/drawSpec';
import { describeTrend } from './describeTrend';

/**
 * How many reports a trend draws figures of: a trend compares years, so each district's report of each
 * year counts (`lines`: the reports of its lines); behind a median, every reporting district's.
 */
export function trendReporting(trend: Trend, lines: number): number {
  return Math.max(lines, (trend.median ?? []).reduce((sum, point) => sum + point.count, 0));
}

/** What a trend chart shows: a drawn chart as ChartCard takes it, or nothing to draw. */
export function drawTrend(dataset: Dataset, reports: readonly Report[], indicatorId: string, chosen: readonly string[], province: string | null, lang: Lang, t: Messages): Drawn | undefined {
  const trend = buildTrend(dataset, reports, indicatorId, chosen, province);
  if (!trend || (trend.lines.length === 0 && !trend.median)) return undefined;
  const { indicator } = trend;
  const name = indicatorName(indicator, lang);
  const { caveats, values, figures } = describeTrend(dataset, trend, lang);
  const keys = values.flatMap((value) => (value.key ? [value.key] : []));
  return {
    id: `trend-${indicatorId}`,
    title: t.trend.title(name),
    subtitle: t.chart.definition(indicatorDefinition(indicator, lang), unitLabel(indicator.unit, lang)),
    option: buildTrendOption(trend, lang),
    height: 380,
    caveats,
    reporting: trendReporting(trend, figures.length),
    values: () => values,
    keys: () => keys,
  };
}

export { TREND_NAMED_LIMIT };
