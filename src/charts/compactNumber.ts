/** Axis tick labels in few characters: 1.2万 and 3亿 in Chinese, 12k and 1.5M in English. */
import type { Lang } from '../i18n/messages';
import { formatNumber } from '../model/formatValue';

/** The steps a compact number is written in, largest first: Chinese counts in 万 and 亿, English in k and M. */
const STEPS: Record<Lang, readonly (readonly [number, string])[]> = {
  zh: [
    [1e8, '亿'],
    [1e4, '万'],
  ],
  en: [
    [1e6, 'M'],
    [1e3, 'k'],
  ],
};

/**
 * Formats a tick value compactly, with at most one decimal (1.25万 reads 1.3万: ticks are round numbers, and
 * the exact figures sit on the bars and in the tooltip). Below the smallest step the number is written whole.
 */
export function formatCompact(value: number, lang: Lang): string {
  const size = Math.abs(value);
  for (const [step, suffix] of STEPS[lang])
    if (size >= step) return `${formatNumber(value / step, 1, lang)}${suffix}`;
  return formatNumber(value, 2, lang);
}
