/**
 * Which indicator of the dictionary a figure gives, by how much of the indicator's Chinese name is written
 * near the figure: the name's character pairs are looked for in the figure's own segment (since the figure
 * before it), then in the rest of its sentence, then in the paragraph before; rare pairs weigh more than
 * pairs most names share (案件, 行政). The unit must be of the indicator's kind: a share is never a count.
 */
import { CONTEXT_OWN_WEIGHT, channelsOf, negates, pairsOf, readContext, type ReadContext, type FigureContext } from './figureContext';
import { DEFAULT_OPTIONS } from './extractOptions';
import { toSimplified } from './toSimplified';
import type { Candidate } from './findCandidates';
import type { Domain, IndicatorLike } from './types';

/** An indicator prepared for matching: its name's character pairs and their weights. */
export interface IndicatorEntry {
  indicator: IndicatorLike;
  pairs: number[];
  weights: number[];
  /** The pairs of its name and its definition: the words that a figure of it may have around it. */
  explains: Set<number>;
  /** The neighbouring channels its name names (劳动, 信访 …). */
  channels: string[];
  /** Whether its name counts what did not happen (不予受理, 未审结). */
  negated: boolean;
  total: number;
  unitClass: string;
}


const UNIT_CLASSES: [RegExp, string][] = [
  [/^(件|宗|起)$/u, 'cases'],
  [/^(人|名)$/u, 'persons'],
  [/^(人次|户次)$/u, 'person-times'],
  [/^(次|场|期|批|场次|批次)$/u, 'times'],
  [/^(个|家|支|所|处)$/u, 'units'],
  [/^(项|条)$/u, 'items'],
  [/^(元|万元|亿元)$/u, 'money'],
  [/^(%|％)$/u, 'share'],
  [/^(天|日|小时|个月|个工作日|工作日)$/u, 'duration'],
];

/** The class of a unit: units of one class count the same kind of thing (件, 宗, 起 all count cases). */
export function unitClass(unit: string): string {
  return UNIT_CLASSES.find(([pattern]) => pattern.test(unit))?.[1] ?? unit;
}

/** The dictionary prepared for matching: its indicators, and the weight of each pair its names use. */
export interface PreparedIndicators {
  entries: IndicatorEntry[];
  byId: Map<string, IndicatorEntry>;
  pairWeights: Map<number, number>;
}

/** Prepares the dictionary once per extraction: each name's pairs weighed by how rare they are. */
export function prepareIndicators(indicators: readonly IndicatorLike[]): PreparedIndicators {
  const names = indicators.map((indicator) => [...new Set(pairsOf(toSimplified(indicator.nameZh)))]);
  const frequency = new Map<number, number>();
  for (const pairs of names) for (const pair of pairs) frequency.set(pair, (frequency.get(pair) ?? 0) + 1);
  const pairWeights = new Map([...frequency].map(([pair, count]) => [pair, Math.log(1 + indicators.length / count)]));
  const entries = indicators.map((indicator, i) => {
    const pairs = names[i];
    const weights = pairs.map((pair) => pairWeights.get(pair)!);
    const unitKind = indicator.kind === 'rate' || indicator.kind === 'change' ? 'share' : unitClass(indicator.unit);
    const explains = new Set([...pairs, ...pairsOf(toSimplified(indicator.definitionZh ?? ''))]);
    const channels = channelsOf(indicator.nameZh);
    return { indicator, pairs, weights, explains, channels, negated: negates(indicator.nameZh), total: weights.reduce((sum, weight) => sum + weight, 0), unitClass: unitKind };
  });
  return { entries, byId: new Map(entries.map((entry) => [entry.indicator.id, entry])), pairWeights };
}


/**
 * How well an indicator's name is written around a figure, 0..1. The figure's own words that the name and
 * definition leave unexplained lower it: 参加考试254人次 is about those who took the exam, not about the
 * staff the sentence also names.
 */
export function scoreIndicator(entry: IndicatorEntry, read: ReadContext, unexplainedWeight = DEFAULT_OPTIONS.unexplainedWeight): number {
  if (entry.total === 0) return 0;
  let nearMass = 0;
  let unexplained = 0;
  for (const [pair, weight] of read.nearPairs) {
    nearMass += weight;
    if (!entry.explains.has(pair)) unexplained += weight;
  }
  const penalty = nearMass > 0 ? (unexplainedWeight * unexplained) / nearMass : 0;
  let found = 0;
  for (let i = 0; i < entry.pairs.length; i++) found += entry.weights[i] * (read.placeWeights.get(entry.pairs[i]) ?? 0);
  return (found / entry.total) * (1 - penalty);
}

/**
 * Whether the neighbouring channels agree (DOMAIN.md): an indicator of a channel (劳动, 信访 …) is given
 * only to a figure whose sentence or paragraph names it, and a figure whose own words name a channel gets
 * no indicator of another.
 */
function keepsChannel(entry: IndicatorEntry, read: ReadContext): boolean {
  for (const channel of entry.channels) if (!read.wideChannels.has(channel)) return false;
  for (const channel of read.segmentChannels) if (!entry.channels.includes(channel)) return false;
  return true;
}

/** Whether a figure can give values of the indicator: the kind (share, change, count) and unit agree. */
export function fitsIndicator(entry: IndicatorEntry, candidate: Candidate): boolean {
  const { kind } = entry.indicator;
  if (candidate.kind === 'change') return kind === 'change';
  if (candidate.kind === 'rate') return kind === 'rate';
  return kind !== 'rate' && kind !== 'change';
}

/** A scored indicator for a figure. */
export interface IndicatorMatch {
  entry: IndicatorEntry;
  score: number;
}

/**
 * The best indicator of each domain for a figure, with its score. A part of a total (调解成功 of 人民调解案件)
 * is given only when the words that set it apart from its total (成功) are the figure's own: 调解纠纷500件
 * is the total.
 */
export function matchIndicators(prepared: PreparedIndicators, candidate: Candidate, context: FigureContext, options = DEFAULT_OPTIONS): Map<Domain, IndicatorMatch> {
  const best = new Map<Domain, IndicatorMatch>();
  const scores = new Map<string, number>();
  const figureClass = unitClass(candidate.unit);
  const read = readContext(context, prepared.pairWeights);
  for (const entry of prepared.entries) {
    if (!fitsIndicator(entry, candidate)) continue;
    if (!keepsChannel(entry, read) || entry.negated !== read.negated) continue;
    // A figure whose unit counts another kind of thing than the indicator's (人 for 人次) fits it less.
    const score = scoreIndicator(entry, read, options.unexplainedWeight) * (entry.unitClass === figureClass || candidate.kind !== 'count' ? 1 : options.unitMismatch);
    scores.set(entry.indicator.id, score);
    const domain = entry.indicator.domain;
    const current = best.get(domain);
    if (!current || score > current.score) best.set(domain, { entry, score });
  }
  for (const [domain, match] of best) best.set(domain, totalUnlessSetApart(prepared, match, scores, read));
  return best;
}

// A total fits a figure when it scores at least this share of its part's score.
const TOTAL_SHARE = 0.5;

/** The total of a part (its parentId), unless the words that set the part apart are the figure's own. */
function totalUnlessSetApart(prepared: PreparedIndicators, match: IndicatorMatch, scores: ReadonlyMap<string, number>, read: ReadContext): IndicatorMatch {
  const parentId = match.entry.indicator.parentId;
  const parent = parentId ? prepared.byId.get(parentId) : undefined;
  const parentScore = parent ? scores.get(parent.indicator.id) : undefined;
  if (!parent || parentScore === undefined || parentScore < TOTAL_SHARE * match.score) return match;
  const apart = match.entry.pairs.filter((pair) => !parent.pairs.includes(pair));
  const ownWeight = CONTEXT_OWN_WEIGHT;
  if (apart.some((pair) => (read.placeWeights.get(pair) ?? 0) >= ownWeight)) return match;
  return { entry: parent, score: parentScore };
}
