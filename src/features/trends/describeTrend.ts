/**
 * What a trend chart says besides its lines, for the screen and the presentation alike: its footnotes (how
 * many lines, changes of scope, 同比 as the reports state it), its values for the keyboard table and the
 * exports, and the figures behind it with the report of each year they come from.
 */
import type { Dataset, Observation, Report } from '../../data/dataset';
import { MESSAGES, type Lang } from '../../i18n/messages';
import type { ChartValue } from '../../components/ValuesTable';
import type { Trend } from '../../model/buildTrend';
import { formatWithUnit } from '../../model/formatValue';
import { districtName, indicatorName, noteOf } from '../../model/locale';

export interface TrendDescription {
  caveats: string[];
  values: ChartValue[];
  /** Every figure drawn, each with its own report (one per year of a line), oldest year first per line. */
  figures: { report: Report; observations: Observation[] }[];
}

export function describeTrend(dataset: Dataset, trend: Trend, lang: Lang): TrendDescription {
  const t = MESSAGES[lang];
  const { indicator } = trend;
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
  const figures = trend.lines.flatMap((line) =>
    line.points.flatMap((point) => {
      const report = point.observation && dataset.reportById.get(point.observation.reportId);
      return report ? [{ report, observations: [point.observation!] }] : [];
    }),
  );
  return { caveats, values, figures };
}
