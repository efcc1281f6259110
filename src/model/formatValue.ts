/** How a figure reads on screen: its hedge kept in words, its unit beside it, in the interface language. */
import type { Qualifier } from '../data/schema';
import type { Lang } from '../i18n/messages';
import { unitFactor, unitLabel } from './locale';

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats a number with thousands separators and at most `decimals` decimals. */
export function formatNumber(value: number, decimals = 2, lang: Lang = 'zh'): string {
  // One formatter per language and precision: toLocaleString builds a new one on every call, and a
  // national ranking formats thousands of values on each filter change.
  const id = `${lang}:${decimals}`;
  let formatter = formatters.get(id);
  if (!formatter) formatters.set(id, (formatter = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { maximumFractionDigits: decimals })));
  return formatter.format(value);
}

/** The figure as the report hedged it: 约2,800 / 2,800余 / 近3,000 (in English: about / + / nearly). */
export function formatQualified(value: number, qualifier: Qualifier, decimals = 2, lang: Lang = 'zh'): string {
  const number = formatNumber(value, decimals, lang);
  switch (qualifier) {
    case 'approx':
      return lang === 'en' ? `about ${number}` : `约${number}`;
    case 'at_least':
      return lang === 'en' ? `${number}+` : `${number}余`;
    case 'at_most':
      return lang === 'en' ? `nearly ${number}` : `近${number}`;
    case 'exact':
      return number;
  }
}

/**
 * The figure with its unit; `%` sits tight, other units after a space. In English 万元 is converted to
 * million yuan, so 2309.16万元 reads "23.09 million yuan".
 */
export function formatWithUnit(value: number, qualifier: Qualifier, unit: string, decimals = 2, lang: Lang = 'zh'): string {
  const factor = unitFactor(unit, lang);
  const shown = formatQualified(value * factor, qualifier, decimals, lang);
  // "1+ cases" reads as more than one; "1 case", "about 1 case" as one.
  return `${shown}${unit === '%' ? '%' : ` ${unitLabel(unit, lang, qualifier === 'at_least' ? undefined : value * factor)}`}`;
}
