/**
 * The value axis of a chart of counts (rankings, flows): few ticks, written compactly (1.2万, 12k), and
 * never a half: a count of cases has no 0.5. A per-capita rate is not a count and may tick in decimals.
 */
import type { Lang } from '../i18n/messages';
import { axisStep, compactAxisFormatter } from './compactNumber';
import { FONT_SIZE, INK } from './theme';

/** Ticks on a count axis: at most about five, whatever the chart's width (ECharts may add one to stay round). */
export const COUNT_SPLITS = 4;

/**
 * The options of a value axis of counts, starting at zero, for values up to `max`; `counts` is false for a
 * per-capita rate. Its ticks are all written in one form (compactAxisFormatter).
 */
export function countAxis(lang: Lang, counts: boolean, max: number) {
  // A count never steps by less than 1.
  const step = counts ? Math.max(1, axisStep(max, COUNT_SPLITS)) : axisStep(max, COUNT_SPLITS);
  return {
    type: 'value' as const,
    min: 0,
    splitNumber: COUNT_SPLITS,
    ...(step > 0 ? { interval: step, max: Math.max(step, Math.ceil(max / step) * step) } : {}),
    ...(counts ? { minInterval: 1 } : {}),
    axisLabel: { color: INK, fontSize: FONT_SIZE, formatter: compactAxisFormatter(max, COUNT_SPLITS, lang) },
    splitLine: { lineStyle: { color: '#e3e3e3' } },
  };
}
