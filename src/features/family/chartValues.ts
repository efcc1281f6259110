/**
 * A chart's values as rows and columns (district and year, indicator): the table one keystroke from every
 * chart, its CSV and the presentation's keyboard table read them.
 */
import type { ChartValue } from '../../components/ValuesTable';
import type { Lang } from '../../i18n/messages';
import { observationKey } from '../../data/dataset';
import { qualifierOf, reportedValueOf, type Comparison } from '../../model/buildComparison';
import type { Grouped } from '../../model/buildGrouped';
import { formatWithUnit } from '../../model/formatValue';
import { indicatorName } from '../../model/locale';
import { labelReport } from '../../model/selectReports';

/** A ranking's or dot plot's values: a row per district, gaps named as not reported. */
export function comparisonValues(comparison: Comparison, lang: Lang, notReported: string): ChartValue[] {
  const column = indicatorName(comparison.indicator, lang);
  return comparison.rows.map((row) => {
    // Read from the figure's columns: 2,850 values of a national chart make no observation.
    const value = reportedValueOf(row);
    return {
      row: labelReport(row.report, lang),
      column,
      key: value === undefined ? undefined : observationKey(row.report.id, comparison.indicator.id),
      text: value === undefined ? notReported : formatWithUnit(value, qualifierOf(row)!, comparison.indicator.unit, 2, lang),
    };
  });
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
