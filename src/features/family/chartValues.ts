/**
 * A chart's values as rows and columns (district and year, indicator): the table one keystroke from every
 * chart, its CSV and the presentation's keyboard table read them.
 */
import type { ChartValue } from '../../components/ValuesTable';
import type { Lang } from '../../i18n/messages';
import type { Comparison } from '../../model/buildComparison';
import type { Grouped } from '../../model/buildGrouped';
import { formatWithUnit } from '../../model/formatValue';
import { indicatorName } from '../../model/locale';
import { labelReport } from '../../model/selectReports';

/** A ranking's or dot plot's values: a row per district, gaps named as not reported. */
export function comparisonValues(comparison: Comparison, lang: Lang, notReported: string): ChartValue[] {
  return comparison.rows.map((row) => ({
    row: labelReport(row.report, lang),
    column: indicatorName(comparison.indicator, lang),
    key: row.observation?.key,
    text: row.observation
      ? formatWithUnit(row.observation.value, row.observation.qualifier, comparison.indicator.unit, 2, lang)
      : notReported,
  }));
}

/** A grouped chart's values: a row per district and a column per indicator, gaps named as not reported. */
export function groupedValues(grouped: Grouped, lang: Lang, notReported: string): ChartValue[] {
  return grouped.series.flatMap((s) =>
    s.cells.map((cell, i) => ({
      row: labelReport(grouped.reports[i], lang),
      column: indicatorName(s.indicator, lang),
      key: cell.observation?.key,
      text: cell.observation
        ? formatWithUnit(cell.observation.value, cell.observation.qualifier, s.indicator.unit, 2, lang)
        : notReported,
    })),
  );
}
