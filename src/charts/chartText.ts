/** Text pieces every chart shares, in the interface language and escaped for where ECharts puts them. */
import type { Qualifier } from '../data/schema';
import { MESSAGES, type Lang } from '../i18n/messages';
import { formatQualified } from '../model/formatValue';
import { unitFactor, unitLabel } from '../model/locale';
import { escapeHtml } from './escape';

/**
 * Category labels are cut with an ellipsis past this width, so a district named at length (or a pasted
 * payload) never squeezes the plot away; the tooltip and the data table name it in full.
 */
export const CATEGORY_LABEL_FIT = { width: 260, overflow: 'truncate', ellipsis: '…' } as const;

/** An axis label for a category with no value: greyed and saying so (rich-text style `gap`). */
export function gapLabel(label: string, lang: Lang): string {
  const notReported = MESSAGES[lang].notReported;
  return lang === 'en' ? `{gap|${label} (${notReported})}` : `{gap|${label}（${notReported}）}`;
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
  const unitText = unit === '%' ? '%' : ` ${escapeHtml(unitLabel(unit, lang))}`;
  const ownLine = own ? `<br/>${escapeHtml(text.upload.ownBadge)}` : '';
  return `${head}${lang === 'en' ? ': ' : '：'}<b>${value}</b>${unitText}${ownLine}<br/>${escapeHtml(text.chartText.clickForSource)}`;
}
