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

/**
 * The step of an axis from 0 to `max` in at most `splits` steps: the round number (1, 2, 2.5 or 5 times a
 * power of ten) at or above max / splits. Rounding up, not to the nearest, keeps the ticks few, so whole
 * numbers (1,000 2,000) have room side by side on a narrow chart's horizontal axis.
 */
export function axisStep(max: number, splits: number): number {
  const raw = max / splits;
  if (!(raw > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return [1, 2, 2.5, 5, 10].find((nice) => nice >= fraction - 1e-9)! * power;
}

/**
 * A tick formatter for an axis from 0 to about `max` in `splits` steps that writes every tick in one form:
 * compact (2万 4万 6万; 2k 4k 6k) when the ticks step by at least the compact unit, whole otherwise
 * (500 1,000 1,500), never 800 beside 1k on the same axis.
 */
export function compactAxisFormatter(max: number, splits: number, lang: Lang): (value: number) => string {
  const interval = axisStep(max, splits);
  const found = STEPS[lang].find(([step]) => interval >= step);
  if (!found) return (value) => formatNumber(value, 2, lang);
  const [step, suffix] = found;
  return (value) => (value === 0 ? '0' : `${formatNumber(value / step, 1, lang)}${suffix}`);
}
