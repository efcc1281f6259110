/** Text pieces every chart shares, in the interface language and escaped for where ECharts puts them. */
import type { Qualifier } from '../data/schema';
import { MESSAGES, type Lang } from '../i18n/messages';
import { formatQualified } from '../model/formatValue';
import { unitFactor, unitLabel } from '../model/locale';
import { escapeHtml } from './escape';
import { measureTextPx } from './measureText';
import { FONT_FAMILY, FONT_SIZE } from './theme';

/**
 * Category labels are cut with an ellipsis past this width, so a district named at length (or a pasted
 * payload) never squeezes the plot away; the tooltip and the data table name it in full.
 */
export const CATEGORY_LABEL_FIT = { width: 260, overflow: 'truncate', ellipsis: '…' } as const;

/** How wide a category label is drawn: the axes' label size (FONT_SIZE + 1) in the charts' font. */
function labelWidthPx(text: string): number {
  return measureTextPx(text, FONT_SIZE + 1, FONT_FAMILY);
}

/**
 * Cuts `label` with an ellipsis so that it and `suffix` fit in `widthPx`: the suffix is kept whole, so a
 * long district name gives way and "（未报告）" is never cut to "（未报…".
 */
export function fitBeforeSuffix(label: string, suffix: string, widthPx: number, measure = labelWidthPx): string {
  if (measure(label + suffix) <= widthPx) return label;
  const chars = [...label];
  while (chars.length > 1 && measure(`${chars.join('')}…${suffix}`) > widthPx) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * An axis label for a category with no value: greyed and saying so (rich-text style `gap`). Too long for
 * one line, it says so on a second line, and a name cut to fit keeps its year: "Zhanggong Dist… 2022".
 */
export function gapLabel(label: string, lang: Lang): string {
  const notReported = MESSAGES[lang].notReported;
  const suffix = lang === 'en' ? ` (${notReported})` : `（${notReported}）`;
  // A few pixels spare: ECharts measures the rich text as a whole, rounding differently.
  const width = CATEGORY_LABEL_FIT.width - 6;
  if (labelWidthPx(label + suffix) <= width) return `{gap|${label}${suffix}}`;
  const [, name, year] = /^(.*?)( \d{4})?$/.exec(label)!;
  return `{gap|${fitBeforeSuffix(name, year ?? '', width)}${year ?? ''}}\n{gap|${suffix.trim()}}`;
}

/**
 * Tooltip HTML for one value: category, series, the reported figure with hedge and unit, whether it is the
 * analyst's own figure, and the hint to click.
 */
export function valueTooltip(
  category: string,
  series: string,
  reported: number | undefined,
  qualifier: Qualifier | undefined,
  unit: string,
  lang: Lang,
  own = false,
): string {
  const text = MESSAGES[lang];
  const head = `${escapeHtml(category)}<br/>${escapeHtml(series)}`;
  if (reported === undefined || qualifier === undefined)
    return `${head}${lang === 'en' ? ': ' : '：'}${escapeHtml(text.notReported)}`;
  const factor = unitFactor(unit, lang);
  const value = escapeHtml(formatQualified(reported * factor, qualifier, 2, lang));
  const unitText = unit === '%' ? '%' : ` ${escapeHtml(unitLabel(unit, lang, qualifier === 'at_least' ? undefined : reported * factor))}`;
  const ownLine = own ? `<br/>${escapeHtml(text.upload.ownBadge)}` : '';
  return `${head}${lang === 'en' ? ': ' : '：'}<b>${value}</b>${unitText}${ownLine}<br/>${escapeHtml(text.chartText.clickForSource)}`;
}
