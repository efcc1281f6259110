/**
 * Consistency findings: where a report gives both a rate and its parts, or a total and its breakdown,
 * recompute and say whether the report's own figure agrees. Findings inform; they never change a value.
 */
import type { Dataset, Observation } from '../data/dataset';
import { evaluateFormula, formulaReferences } from '../data/formula';

export interface RateFinding {
  type: 'rate';
  reportId: string;
  indicatorId: string;
  reported: number;
  recomputed: number;
  /** The recomputed value rounded to the report's own precision. */
  recomputedRounded: number;
  agreesRounded: boolean;
  /** Whether it agrees when cut off at the report's precision instead of rounded. */
  agreesTruncated: boolean;
  /** The indicators of the report's own figures the recomputation used. */
  parts: string[];
}

export interface SumFinding {
  type: 'sum';
  reportId: string;
  /** The total. */
  indicatorId: string;
  reported: number;
  partsSum: number;
  /** `equal`: the parts add up; `below`: they cover part of the total; `above`: they exceed it. */
  status: 'equal' | 'below' | 'above';
  /** `breakdown`: parts that partition the total; `subset`: one part that can never exceed its total. */
  relation: 'breakdown' | 'subset';
  /** Whether a hedged figure (约, 余…) is among the total or the parts, so the sum is approximate. */
  hedged: boolean;
  /** The indicators of the report's own figures that are the parts. */
  parts: string[];
}

export type Finding = RateFinding | SumFinding;

/** Cuts `value` off (towards zero) at `decimals` digits. */
export function truncateTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.trunc(value * factor + 1e-9 * Math.sign(value)) / factor;
}

/** Rounds `value` half away from zero at `decimals` digits. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
}

/**
 * Recomputes every rate whose parts a report gives, sums every breakdown against its total, and flags
 * any part larger than its total.
 */
export function findInconsistencies(dataset: Dataset): Finding[] {
  const findings: Finding[] = [];
  const byReport = new Map<string, Map<string, Observation>>();
  for (const observation of dataset.observations) {
    if (!byReport.has(observation.reportId)) byReport.set(observation.reportId, new Map());
    byReport.get(observation.reportId)!.set(observation.indicatorId, observation);
  }
  const breakdownsOf = groupBy(dataset.indicators, (indicator) => indicator.breakdownOf);
  const subsetsOf = groupBy(dataset.indicators, (indicator) => indicator.parentId);
  for (const observations of byReport.values()) {
    const values = new Map([...observations].map(([id, o]) => [id, o.value]));
    for (const total of observations.values()) {
      const indicator = dataset.indicatorById.get(total.indicatorId)!;
      // A formula may list alternatives separated by `|`; the first whose parts the report gives is used.
      for (const formula of indicator.formula.split('|').filter((f) => f.trim())) {
        const recomputed = evaluateFormula(formula.trim(), values);
        if (recomputed === undefined) continue;
        findings.push(rateFinding(total, recomputed, formulaReferences(formula)));
        break;
      }
      const pick = (ids: string[]) => ids.map((id) => observations.get(id)).filter((o) => o !== undefined);
      const parts = pick(breakdownsOf.get(indicator.id) ?? []);
      if (parts.length >= 2) findings.push(sumFinding(total, parts, 'breakdown'));
      for (const subset of pick(subsetsOf.get(indicator.id) ?? [])) {
        if (subset.value > total.value) findings.push(sumFinding(total, [subset], 'subset'));
      }
    }
  }
  return findings;
}

function rateFinding(observation: Observation, recomputed: number, parts: string[]): RateFinding {
  const recomputedRounded = roundTo(recomputed, observation.decimals);
  return {
    type: 'rate',
    reportId: observation.reportId,
    indicatorId: observation.indicatorId,
    reported: observation.value,
    recomputed,
    recomputedRounded,
    agreesRounded: recomputedRounded === observation.value,
    agreesTruncated: truncateTo(recomputed, observation.decimals) === observation.value,
    parts,
  };
}

function sumFinding(total: Observation, parts: Observation[], relation: SumFinding['relation']): SumFinding {
  const partsSum = roundTo(parts.reduce((sum, part) => sum + part.value, 0), 6);
  const difference = roundTo(partsSum - total.value, 6);
  return {
    type: 'sum',
    reportId: total.reportId,
    indicatorId: total.indicatorId,
    reported: total.value,
    partsSum,
    status: difference === 0 ? 'equal' : difference < 0 ? 'below' : 'above',
    relation,
    hedged: [total, ...parts].some((o) => o.qualifier !== 'exact'),
    parts: parts.map((part) => part.indicatorId),
  };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key) groups.set(key, [...(groups.get(key) ?? []), (item as { id: string }).id]);
  }
  return groups;
}

/** Whether a finding shows the report's figures disagreeing with each other. */
export function isDisagreement(finding: Finding): boolean {
  return finding.type === 'rate' ? !finding.agreesRounded : finding.status === 'above';
}

const findingsByReport = new WeakMap<readonly Finding[], Map<string, Finding[]>>();

/** The findings of one report, from an index built once per list of findings (a national list has 130,000). */
export function findingsOfReport(findings: readonly Finding[], reportId: string): Finding[] {
  let index = findingsByReport.get(findings);
  if (!index) {
    index = new Map();
    for (const finding of findings) {
      const list = index.get(finding.reportId);
      if (list) list.push(finding);
      else index.set(finding.reportId, [finding]);
    }
    findingsByReport.set(findings, index);
  }
  return index.get(reportId) ?? [];
}
