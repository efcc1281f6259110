/**
 * The words around a figure, read once for matching it against every indicator: which character pairs
 * are written where (its own words weigh most), and which neighbouring channels are named.
 */

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

/** A context read for matching. */
export interface ReadContext {
  /** Each pair written in the context, with the weight of the nearest place it is written in. */
  placeWeights: Map<number, number>;
  /** The figure's own words that some indicator name uses, with their weights in the dictionary. */
  nearPairs: [number, number][];
  /** Neighbouring channels named in the figure's segment, and in its sentence or paragraph. */
  segmentChannels: string[];
  wideChannels: Set<string>;
  /** Whether the figure's segment negates what it counts (不予受理4件). */
  negated: boolean;
}

// The weight of a name's pair found in each place of the context: the figure's own words decide, the
// sentence and paragraph only break ties between names its own words fit alike.
const PLACE_WEIGHTS = [1, 0.8, 0.3, 0.15] as const;
/** The weight of a pair written among the figure's own words (its segment). */
export const CONTEXT_OWN_WEIGHT = PLACE_WEIGHTS[1];

/** Channels next to people's mediation and to one another (DOMAIN.md), kept apart from it, by their words. */
const CHANNELS: [string, RegExp][] = [
  ['administrative_mediation', /行政调解/u],
  ['labour', /劳动|仲裁/u],
  ['petition', /信访/u],
  ['complaint', /投诉举报/u],
  ['lawyer', /律师/u],
  ['police', /派出所|公安/u],
  ['epidemic', /涉疫|疫情/u],
];

/** The channels a text names. */
export function channelsOf(text: string): string[] {
  return CHANNELS.filter(([, words]) => words.test(text)).map(([channel]) => channel);
}

// A name that starts with a negation (不予受理, 未审结) counts what did not happen: a figure's own words must
// say so too, and a figure whose own words negate fits no name without a negation.
const NEGATION = /不予|未/u;

/** Whether a text written next to a figure, or an indicator's name, negates what it counts. */
export function negates(text: string): boolean {
  return NEGATION.test(text);
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

function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/**
 * The pairs of adjacent Chinese characters in a text, in order, each as one number (its two character
 * codes): they are looked up for every indicator and every figure, and numbers are quicker keys than text.
 */
export function pairsOf(text: string): number[] {
  const pairs: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const first = text.charCodeAt(i);
    const second = text.charCodeAt(i + 1);
    if (isHan(first) && isHan(second)) pairs.push(first * 0x10000 + second);
  }
  return pairs;
}

/** The context with each short form followed by its long form, so names written in full match it. */
export function expandContext(context: FigureContext): FigureContext {
  const expand = (text: string) => SHORT_FORMS.reduce((out, [pattern, long]) => out.replace(pattern, (found) => found + long), text);
  return { near: expand(context.near), segment: expand(context.segment), sentence: expand(context.sentence), paragraph: expand(context.paragraph) };
}

/** Reads a figure's context: the weight of each pair written in it, its own words, the channels it names. */
export function readContext(context: FigureContext, pairWeights: ReadonlyMap<number, number>): ReadContext {
  const placeWeights = new Map<number, number>();
  const places = [context.near, context.segment, context.sentence, context.paragraph];
  // Farthest place first, so a pair also written nearer ends with the nearer place's weight.
  for (let place = places.length - 1; place >= 0; place--) for (const pair of pairsOf(places[place])) placeWeights.set(pair, PLACE_WEIGHTS[place]);
  const nearPairs = [...new Set(pairsOf(context.near))].flatMap((pair): [number, number][] => (pairWeights.has(pair) ? [[pair, pairWeights.get(pair)!]] : []));
  return {
    placeWeights,
    nearPairs,
    segmentChannels: channelsOf(context.segment),
    wideChannels: new Set([...channelsOf(context.sentence), ...channelsOf(context.paragraph)]),
    negated: negates(context.segment),
  };
}
