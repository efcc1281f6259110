/** The dictionary's indicators that match what the person typed: by Chinese or English name or by id. */
import type { Indicator } from '../../data/dataset';

type Searchable = Pick<Indicator, 'id' | 'nameZh' | 'nameEn'>;

/**
 * Indicators whose id, Chinese name or English name contains every word of `query` (case aside), best
 * first: an id typed in full, then ids and names that start with the query, then the rest in dictionary
 * order. At most `limit` of them; none for an empty query.
 */
export function searchIndicators<T extends Searchable>(indicators: readonly T[], query: string, limit = 8): T[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const whole = words.join(' ');
  const scored: { indicator: T; score: number; order: number }[] = [];
  indicators.forEach((indicator, order) => {
    const id = indicator.id.toLowerCase();
    const zh = indicator.nameZh;
    const en = indicator.nameEn.toLowerCase();
    const haystack = `${id} ${zh} ${en}`;
    if (!words.every((word) => haystack.includes(word))) return;
    const score = id === whole ? 0 : id.startsWith(whole) || zh.startsWith(whole) || en.startsWith(whole) ? 1 : 2;
    scored.push({ indicator, score, order });
  });
  return scored
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, limit)
    .map((entry) => entry.indicator);
}
