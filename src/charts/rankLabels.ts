/** The category labels of a ranking or dot plot, whether it draws every district or only both ends. */
import { MESSAGES, type Lang } from '../i18n/messages';
import { labelReport } from '../model/selectReports';
import type { RankEntry, RankWindow } from '../model/selectRankWindow';
import type { Comparison } from '../model/buildComparison';
import { indicatorName } from '../model/locale';
import { CATEGORY_LABEL_FIT, gapLabel, valueTooltip } from './chartText';
import type { Datum } from './datum';
import { escapeRich } from './escape';
import { FONT_SIZE, GAP_LABEL, INK } from './theme';

/** The label of an entry: `武江区 2020`, `12. 武江区 2020` when only both ends are drawn, or the line between. */
export function rankLabel(entry: RankEntry, windowed: boolean, lang: Lang): string {
  if (entry.type === 'gap') return MESSAGES[lang].scale.rankGap(entry.count);
  const label = labelReport(entry.row.report, lang);
  return windowed && entry.rank !== undefined ? `${entry.rank}. ${label}` : label;
}

/** Categories bottom to top (ECharts draws the first at the bottom) and the axis label formatter. */
export function rankAxis(window: RankWindow, lang: Lang) {
  const entries = [...window.entries].reverse();
  const isGap = (index: number) => entries[index]?.type === 'gap';
  const notReported = (index: number) => {
    const entry = entries[index];
    return entry?.type === 'row' && entry.row.value === undefined;
  };
  return {
    entries,
    categories: entries.map((entry) => escapeRich(rankLabel(entry, window.windowed, lang))),
    // The line standing for the middle of the ranking is greyed like a gap, without saying "not reported".
    formatter: (label: string, index: number) =>
      isGap(index) ? `{gap|${label}}` : notReported(index) ? gapLabel(label, lang) : label,
  };
}

/** The category axis of a chart with a row per district, the ranking's and the dot plot's: rankAxis's labels. */
export function districtAxis(categories: string[], formatter: (label: string, index: number) => string) {
  return {
    type: 'category' as const,
    data: categories,
    axisTick: { show: false },
    axisLabel: {
      // Every row is labelled: a row is tall enough for its label (drawSpec), and ECharts need not measure
      // every label to work out which it could leave out.
      interval: 0,
      fontSize: FONT_SIZE + 1,
      color: INK,
      ...CATEGORY_LABEL_FIT,
      formatter,
      rich: { gap: GAP_LABEL },
    },
  };
}

/** The tooltip of a chart with one value per district: the value as reported, hedged, with its unit. */
export function comparisonTooltip(comparison: Comparison) {
  const name = indicatorName(comparison.indicator, comparison.lang);
  return {
    trigger: 'item' as const,
    formatter: (params: { name: string; data: Datum }) =>
      valueTooltip(
        params.name,
        name,
        params.data.reported,
        params.data.qualifier,
        comparison.indicator.unit,
        comparison.lang,
        params.data.own,
      ),
  };
}
