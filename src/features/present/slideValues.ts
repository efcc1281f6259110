/** A chart slide's values as rows and columns, for the keyboard table that stands in for the chart. */
import type { ChartValue } from '../../components/ValuesTable';
import { MESSAGES, type Lang } from '../../i18n/messages';
import { comparisonValues, groupedValues } from '../family/chartValues';
import type { SlideChart } from './buildDeck';

/** Every value of the chart (gaps included, named as not reported), row = district and year, column = indicator. */
export function slideValues(chart: SlideChart, lang: Lang): ChartValue[] {
  const notReported = MESSAGES[lang].notReported;
  if (chart.type === 'ranking' || chart.type === 'rate') return comparisonValues(chart.comparison, lang, notReported);
  if (chart.type === 'trend') return chart.values;
  return groupedValues(chart.grouped, lang, notReported);
}
