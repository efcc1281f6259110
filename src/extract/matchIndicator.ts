/**
 * Which indicator of the dictionary a figure gives, by how much of the indicator's Chinese name is written
 * near the figure: the name's character pairs are looked for in the figure's own segment (since the figure
 * before it), then in the rest of its sentence, then in the paragraph before; rare pairs weigh more than
 * pairs most names share (案件, 行政). The unit must be of the indicator's kind: a share is never a count.
 */
import { toSimplified } from './toSimplified';
import type { Candidate } from './findCandidates';
import type { Domain, IndicatorLike } from './types';

/** An indicator prepared for matching: its name's character pairs and their weights. */
export interface IndicatorEntry {
  indicator: IndicatorLike;
  pairs: string[];
  weights: number[];
  /** The pairs of its name and its definition: the words that a figure of it may have around it. */
  explains: Set<string>;
  total: number;
  unitClass: string;
}

/**
 * Where to look for a figure's words, nearest first: the words right next to it (what it counts), its
 * segment (since the figure before it), its sentence, and the paragraph before.
 */
export interface FigureContext {
  near: string;
  segment: string;
  sentence: string;
  paragraph: string;
}

// The weight of a name's pair found in each place of the context: the figure's own words decide, the
// sentence and paragraph only break ties between names its own words fit alike.
const CONTEXT_WEIGHTS = [1, 0.8, 0.3, 0.15] as const;
// A figure whose unit counts another kind of thing than the indicator's (人 for 人次) fits it less.
const UNIT_MISMATCH = 0.5;

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

function pairsOf(text: string): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) if (/\p{Script=Han}{2}/u.test(text.slice(i, i + 2))) pairs.push(text.slice(i, i + 2));
  return pairs;
}

/** The dictionary prepared for matching: its indicators, and the weight of each pair its names use. */
export interface PreparedIndicators {
  entries: IndicatorEntry[];
  pairWeights: Map<string, number>;
}

/** Prepares the dictionary once per extraction: each name's pairs weighed by how rare they are. */
export function prepareIndicators(indicators: readonly IndicatorLike[]): PreparedIndicators {
  const names = indicators.map((indicator) => [...new Set(pairsOf(toSimplified(indicator.nameZh)))]);
  const frequency = new Map<string, number>();
  for (const pairs of names) for (const pair of pairs) frequency.set(pair, (frequency.get(pair) ?? 0) + 1);
  const pairWeights = new Map([...frequency].map(([pair, count]) => [pair, Math.log(1 + indicators.length / count)]));
  const entries = indicators.map((indicator, i) => {
    const pairs = names[i];
    const weights = pairs.map((pair) => pairWeights.get(pair)!);
    const unitKind = indicator.kind === 'rate' || indicator.kind === 'change' ? 'share' : unitClass(indicator.unit);
    const explains = new Set([...pairs, ...pairsOf(toSimplified(indicator.definitionZh ?? ''))]);
    return { indicator, pairs, weights, explains, total: weights.reduce((sum, weight) => sum + weight, 0), unitClass: unitKind };
  });
  return { entries, pairWeights };
}

// How much a figure's own words that a name and definition leave unexplained count against it: 参加考试254人次 is about
// those who took the exam, not about the staff the sentence also names.
const UNEXPLAINED_WEIGHT = 0.3;

/** How well an indicator's name is written around a figure, about 0..1. */
export function scoreIndicator(entry: IndicatorEntry, context: FigureContext, nearPairs: readonly [string, number][] = []): number {
  if (entry.total === 0) return 0;
  let nearMass = 0;
  let unexplained = 0;
  for (const [pair, weight] of nearPairs) {
    nearMass += weight;
    if (!entry.explains.has(pair)) unexplained += weight;
  }
  const penalty = nearMass > 0 ? (UNEXPLAINED_WEIGHT * unexplained) / nearMass : 0;
  const places = [context.near, context.segment, context.sentence, context.paragraph];
  let found = 0;
  entry.pairs.forEach((pair, i) => {
    const place = places.findIndex((text) => text.includes(pair));
    if (place !== -1) found += entry.weights[i] * CONTEXT_WEIGHTS[place];
  });
  return found / entry.total - penalty;
}

/** Whether a figure can give values of the indicator: the kind (share, change, count) and unit agree. */
export function fitsIndicator(entry: IndicatorEntry, candidate: Candidate): boolean {
  const { kind } = entry.indicator;
  if (candidate.kind === 'change') return kind === 'change';
  if (candidate.kind === 'rate') return kind === 'rate';
  return kind !== 'rate' && kind !== 'change';
}

// Channels next to people's mediation and to one another (DOMAIN.md): an indicator of one is given only to
// a figure whose sentence or paragraph names it, and a figure whose own words name one gets no indicator
// of another.
const CHANNELS = ['行政调解', '劳动', '仲裁', '信访', '投诉举报', '律师', '派出所', '涉疫', '疫情'];

function keepsChannel(entry: IndicatorEntry, context: FigureContext): boolean {
  const name = entry.indicator.nameZh;
  return CHANNELS.every((channel) =>
    name.includes(channel) ? context.sentence.includes(channel) || context.paragraph.includes(channel) : !context.segment.includes(channel),
  );
}

// Short forms the reports use for the words of indicator names; the context is read with both.
const SHORT_FORMS: [RegExp, string][] = [
  [/调委会?/gu, '人民调解委员会'],
  [/办结/gu, '审结'],
  [/撤改/gu, '撤销变更'],
  [/调处/gu, '调解'],
  [/执法证件/gu, '执法证'],
  [/出庭率/gu, '出庭应诉率'],
];

/** The context with each short form followed by its long form, so names written in full match it. */
export function expandContext(context: FigureContext): FigureContext {
  const expand = (text: string) => SHORT_FORMS.reduce((out, [pattern, long]) => out.replace(pattern, (found) => found + long), text);
  return { near: expand(context.near), segment: expand(context.segment), sentence: expand(context.sentence), paragraph: expand(context.paragraph) };
}

/** A scored indicator for a figure. */
export interface IndicatorMatch {
  entry: IndicatorEntry;
  score: number;
}

/** The best indicator of each domain for a figure, with its score (unit agreement breaks near-ties). */
export function matchIndicators(prepared: PreparedIndicators, candidate: Candidate, context: FigureContext): Map<Domain, IndicatorMatch> {
  const best = new Map<Domain, IndicatorMatch>();
  const figureClass = unitClass(candidate.unit);
  // The figure's own words that some name uses, with their weights.
  const nearPairs = [...new Set(pairsOf(context.near))].flatMap((pair): [string, number][] => (prepared.pairWeights.has(pair) ? [[pair, prepared.pairWeights.get(pair)!]] : []));
  for (const entry of prepared.entries) {
    if (!fitsIndicator(entry, candidate)) continue;
    if (!keepsChannel(entry, context)) continue;
    const score = scoreIndicator(entry, context, nearPairs) * (entry.unitClass === figureClass || candidate.kind !== 'count' ? 1 : UNIT_MISMATCH);
    const domain = entry.indicator.domain;
    const current = best.get(domain);
    if (!current || score > current.score) best.set(domain, { entry, score });
  }
  return best;
}
