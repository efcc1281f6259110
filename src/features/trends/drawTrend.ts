/**
 * A family's headline indicator over the years, drawn for a selection: model (buildTrend) → option
 * (buildTrendOption), with its footnotes (how many lines, changes of scope, 同比 as the reports state it)
 * and its values for the keyboard table, the exports and the sources line.
 */
import type { Dataset, Report } from '../../data/dataset';
import type { Lang, Messages } from '../../i18n/messages';
import type { ChartValue } from '../../components/ValuesTable';
import { buildTrendOption } from '../../charts/buildTrendOption';
import { buildTrend, TREND_NAMED_LIMIT } from '../../model/buildTrend';
import { formatWithUnit } from '../../model/formatValue';
import { districtName, indicatorDefinition, indicatorName, noteOf, unitLabel } from '../../model/locale';
import type { Drawn } from '../family/drawSpec';

/** What a trend chart shows: a drawn chart as ChartCard takes it, or nothing to draw. */
export function drawTrend(dataset: Dataset, reports: readonly Report[], indicatorId: string, chosen: readonly string[], province: string | null, lang: Lang, t: Messages): Drawn | undefined {
  const trend = buildTrend(dataset, reports, indicatorId, chosen, province);
  if (!trend || (trend.lines.length === 0 && !trend.median)) return undefined;
  const { indicator } = trend;
  const name = indicatorName(indicator, lang);
  const caveats: string[] = [];
  if (trend.median) caveats.push(t.trend.tooManyNamed(trend.lines.length, trend.multiYear), t.trend.median(Math.max(0, ...trend.median.map((point) => point.count))));
  for (const line of trend.lines) {
    for (const point of line.points) {
      if (point.scopeChanged && point.observation) caveats.push(t.trend.scopeChanged(districtName(line.report, lang), point.year, noteOf(point.observation, lang)));
    }
  }
  const byReport = new Map(trend.lines.flatMap((line) => line.points.flatMap((point) => (point.observation ? [[point.observation.reportId, line.report] as const] : []))));
  for (const stated of trend.stated) {
    const report = dataset.reportById.get(stated.reportId);
    const changeIndicator = dataset.indicatorById.get(stated.indicatorId);
    if (report && changeIndicator) caveats.push(t.trend.stated(districtName(report, lang), report.year, indicatorName(changeIndicator, lang), formatWithUnit(stated.value, stated.qualifier, changeIndicator.unit, 2, lang)));
  }
  const values: ChartValue[] = trend.lines.flatMap((line) =>
    line.points.map((point) => ({
      row: districtName(line.report, lang),
      column: String(point.year),
      key: point.observation?.key,
      text: point.observation ? formatWithUnit(point.observation.value, point.observation.qualifier, indicator.unit, 2, lang) : t.notReported,
    })),
  );
  // The 同比 a report states is listed beside the figures it describes, as a value of its own.
  for (const stated of trend.stated) {
    const report = dataset.reportById.get(stated.reportId);
    const line = report && byReport.get(report.id);
    if (report && line) values.push({ row: districtName(line, lang), column: `${report.year} ${t.profile.change}`, key: stated.key, text: formatWithUnit(stated.value, stated.qualifier, '%', 2, lang) });
  }
  const keys = values.flatMap((value) => (value.key ? [value.key] : []));
  return {
    id: `trend-${indicatorId}`,
    title: t.trend.title(name),
    subtitle: t.chart.definition(indicatorDefinition(indicator, lang), unitLabel(indicator.unit, lang)),
    option: buildTrendOption(trend, lang),
    height: 380,
    caveats,
    values: () => values,
    keys: () => keys,
  };
}

export { TREND_NAMED_LIMIT };
