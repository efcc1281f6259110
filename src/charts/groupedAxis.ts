/** What the grouped (flow) and the composition charts share: the district axis and the description for screen readers. */
import type { Grouped } from '../model/buildGrouped';
import { MESSAGES, type Lang } from '../i18n/messages';
import { formatQualified, formatWithUnit } from '../model/formatValue';
import type { Qualifier } from '../data/schema';
import { indicatorName } from '../model/locale';
import { labelReport } from '../model/selectReports';
import { CATEGORY_LABEL_FIT, gapLabel } from './chartText';
import { escapeRich } from './escape';
import { FONT_SIZE, GAP_LABEL, INK } from './theme';

/** Whether each district gives at least one of the chart's figures. */
export function reportedAnyOf(grouped: Grouped): boolean[] {
  return grouped.reports.map((_, i) => grouped.series.some((s) => s.cells[i].observation !== undefined));
}

/** The district axis; a district that gives none of the figures is greyed and says so. */
export function categoryAxis(grouped: Grouped) {
  const reportedAny = reportedAnyOf(grouped);
  return {
    type: 'category' as const,
    data: grouped.reports.map((report) => escapeRich(labelReport(report, grouped.lang))),
    axisTick: { show: false },
    axisLabel: {
      fontSize: FONT_SIZE + 1,
      color: INK,
      ...CATEGORY_LABEL_FIT,
      formatter: (label: string, index: number) => (reportedAny[index] ? label : gapLabel(label, grouped.lang)),
      rich: { gap: GAP_LABEL },
    },
  };
}

/** A value for the screen-reader description: Chinese units sit tight (1,500件), English ones after a space. */
function describeValue(value: number, qualifier: Qualifier, unit: string, lang: Lang): string {
  return lang === 'en'
    ? formatWithUnit(value, qualifier, unit, 2, lang)
    : `${formatQualified(value, qualifier, 2, lang)}${unit}`;
}

/** The chart in words: each district with every figure it gives, or that it gives none. */
export function describeGrouped(grouped: Grouped, title: string): string {
  const lang = grouped.lang;
  const text = MESSAGES[lang];
  const parts = grouped.reports.map((report, i) => {
    const cells = grouped.series
      .filter((s) => s.cells[i].observation)
      .map(
        (s) =>
          `${indicatorName(s.indicator, lang)} ${describeValue(s.cells[i].observation!.value, s.cells[i].observation!.qualifier, s.indicator.unit, lang)}`,
      );
    return `${labelReport(report, lang)}${lang === 'en' ? ': ' : '：'}${cells.join(text.chartText.listSeparator) || text.notReported}`;
  });
  return `${title}${lang === 'en' ? '. ' : '。'}${parts.join(text.chartText.groupSeparator)}${lang === 'en' ? '.' : '。'}`;
}
