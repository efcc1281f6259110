/** How a figure reads on screen: its hedge kept in words, its unit beside it. */
import type { Qualifier } from '../data/schema';

/** Formats a number with thousands separators and at most `decimals` decimals. */
export function formatNumber(value: number, decimals = 2): string {
  return value.toLocaleString('zh-CN', { maximumFractionDigits: decimals });
}

/** The figure as the report hedged it: 约2,800 / 2,800余 / 近3,000 / 2,800. */
export function formatQualified(value: number, qualifier: Qualifier, decimals = 2): string {
  const number = formatNumber(value, decimals);
  switch (qualifier) {
    case 'approx':
      return `约${number}`;
    case 'at_least':
      return `${number}余`;
    case 'at_most':
      return `近${number}`;
    case 'exact':
      return number;
  }
}

/** The figure with its unit; `%` sits tight, other units after a thin gap. */
export function formatWithUnit(value: number, qualifier: Qualifier, unit: string, decimals = 2): string {
  return `${formatQualified(value, qualifier, decimals)}${unit === '%' ? '%' : ` ${unit}`}`;
}

/** Words for each qualifier, for tables and the source panel. */
export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: '确数',
  approx: '约数（约、左右）',
  at_least: '下限（余、多、以上）',
  at_most: '上限（近、不足）',
};
