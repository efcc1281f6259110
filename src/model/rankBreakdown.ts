/**
 * The parts of a breakdown in the order a chart names them: the parts most reports give first, a part
 * that is itself "other" last. The order belongs to the dataset, not to the selection, so a part keeps
 * its place (and with it its colour and whether it is named or folded into 其他) whatever the filters.
 */
import type { Dataset, Indicator } from '../data/dataset';
import { hasObservation } from '../data/observationTable';
import { breakdownIndicators } from './buildGrouped';

const ranked = new WeakMap<Dataset, Map<string, Indicator[]>>();

/** Whether an indicator is a breakdown's own remainder ("其他纠纷"), which belongs with 其他. */
export function isRemainder(indicatorId: string): boolean {
  return indicatorId.endsWith('_other');
}

/** The breakdown of `totalId`, most widely reported part first; ties keep the dictionary's order. */
export function rankBreakdown(dataset: Dataset, totalId: string): Indicator[] {
  let byTotal = ranked.get(dataset);
  if (!byTotal) ranked.set(dataset, (byTotal = new Map()));
  const kept = byTotal.get(totalId);
  if (kept) return kept;
  const parts = breakdownIndicators(dataset, totalId);
  const reporting = new Map(
    parts.map((part) => [
      part.id,
      dataset.reports.filter((report) => hasObservation(dataset.observationByKey, report.id, part.id)).length,
    ]),
  );
  const order = parts
    .map((part, index) => ({ part, index }))
    .sort(
      (a, b) =>
        Number(isRemainder(a.part.id)) - Number(isRemainder(b.part.id)) ||
        reporting.get(b.part.id)! - reporting.get(a.part.id)! ||
        a.index - b.index,
    )
    .map(({ part }) => part);
  byTotal.set(totalId, order);
  return order;
}
