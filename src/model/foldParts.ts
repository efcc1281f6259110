/**
 * A breakdown folded to the few parts a chart can name: the first parts of its fixed order stay, the
 * rest are summed into one "other" series whose cells keep their parts (for the tooltip). A reader tells
 * six colours apart, not fourteen; the values table still lists every part.
 */
import type { Indicator, Observation } from '../data/dataset';
import type { Qualifier } from '../data/schema';
import type { Grouped, GroupedSeries } from './buildGrouped';
import { isRemainder } from './rankBreakdown';

/** The most categories one chart shows: five named and 其他 when a breakdown has more than six parts. */
export const MAX_CATEGORIES = 6;

/** One part inside a folded cell. */
export interface FoldedPart {
  indicator: Indicator;
  observation: Observation;
  value: number;
}

export interface FoldedCell {
  /** The part's observation; for 其他, its largest part's (what a click opens). */
  observation?: Observation;
  value?: number;
  /** The figure as reported (summed for 其他) and its hedge: the loosest of its parts'. */
  reported?: number;
  qualifier?: Qualifier;
  parts: FoldedPart[];
}

export interface FoldedSeries {
  /** The indicator id, or `other`. */
  id: string;
  /** Undefined for 其他. */
  indicator?: Indicator;
  cells: FoldedCell[];
}

/** The hedge of a sum: exact only when every part is; "at least" only when every part is at least. */
function sumQualifier(qualifiers: readonly Qualifier[]): Qualifier {
  if (qualifiers.every((q) => q === 'exact')) return 'exact';
  if (qualifiers.every((q) => q === 'exact' || q === 'at_least')) return 'at_least';
  if (qualifiers.every((q) => q === 'exact' || q === 'at_most')) return 'at_most';
  return 'approx';
}

function cellOf(series: GroupedSeries, i: number): FoldedCell {
  const { observation, value } = series.cells[i];
  if (!observation || value === undefined) return { parts: [] };
  return {
    observation,
    value,
    reported: observation.value,
    qualifier: observation.qualifier,
    parts: [{ indicator: series.indicator, observation, value }],
  };
}

/** The ids the chart names on their own: all of a short order, else its first MAX_CATEGORIES − 1 (never a remainder part). */
export function namedParts(grouped: Grouped): Set<string> {
  const order = grouped.order.filter((id) => !isRemainder(id));
  const fits = order.length === grouped.order.length && order.length <= MAX_CATEGORIES;
  return new Set(fits ? order : order.slice(0, MAX_CATEGORIES - 1));
}

/** Folds a breakdown's series: the named ones in their order, then 其他 if any selected report gives a folded part. */
export function foldParts(grouped: Grouped): FoldedSeries[] {
  const named = namedParts(grouped);
  const kept = grouped.series.filter((s) => named.has(s.indicator.id));
  const rest = grouped.series.filter((s) => !named.has(s.indicator.id));
  const folded: FoldedSeries[] = kept.map((s) => ({
    id: s.indicator.id,
    indicator: s.indicator,
    cells: s.cells.map((_, i) => cellOf(s, i)),
  }));
  if (rest.length === 0) return folded;
  const cells = grouped.reports.map((_, i): FoldedCell => {
    const parts = rest.flatMap((s) => cellOf(s, i).parts);
    if (parts.length === 0) return { parts };
    const largest = parts.reduce((a, b) => (b.value > a.value ? b : a));
    return {
      observation: largest.observation,
      value: parts.reduce((sum, part) => sum + part.value, 0),
      reported: parts.reduce((sum, part) => sum + part.observation.value, 0),
      qualifier: sumQualifier(parts.map((part) => part.observation.qualifier)),
      parts,
    };
  });
  return [...folded, { id: 'other', cells }];
}
