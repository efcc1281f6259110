/** A chart slide's values as rows and columns, for the keyboard table that stands in for the chart. */
import type { ChartValue } from '../../components/ChartCard';
import { MESSAGES, type Lang } from '../../i18n/messages';
import { formatWithUnit } from '../../model/formatValue';
import { indicatorName } from '../../model/locale';
import { labelReport } from '../../model/selectReports';
import type { SlideChart } from './buildDeck';

/** Every value of the chart (gaps included, named as not reported), row = district and year, column = indicator. */
export function slideValues(chart: SlideChart, lang: Lang): ChartValue[] {
  const notReported = MESSAGES[lang].notReported;
  if (chart.type === 'ranking' || chart.type === 'rate') {
    const { comparison } = chart;
    return comparison.rows.map((row) => ({
      row: labelReport(row.report, lang),
      column: indicatorName(comparison.indicator, lang),
      key: row.observation?.key,
      text: row.observation
        ? formatWithUnit(row.observation.value, row.observation.qualifier, comparison.indicator.unit, 2, lang)
        : notReported,
    }));
  }
  const { grouped } = chart;
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
