/** The category labels of a ranking or dot plot, whether it draws every district or only both ends. */
import { MESSAGES, type Lang } from '../i18n/messages';
import { labelReport } from '../model/selectReports';
import type { RankEntry, RankWindow } from '../model/selectRankWindow';
import { gapLabel } from './chartText';
import { escapeRich } from './escape';

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
    formatter: (label: string, index: number) => (isGap(index) ? `{gap|${label}}` : notReported(index) ? gapLabel(label, lang) : label),
  };
}
