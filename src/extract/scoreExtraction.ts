/**
 * How an extraction compares with a report's curated figures: which curated figures a proposal found
 * (same value, quote covering the same number in the text), which proposals are curated figures, and
 * which found figures were given the curated indicator. Counted family by family.
 */
import { findValueInQuote } from '../data/numerals';
import type { Domain, Proposal } from './types';

/** A curated figure: its indicator and family, its value and its verbatim quote. */
export interface CuratedFigure {
  indicatorId: string;
  domain: Domain;
  value: number;
  quote: string;
}

/** Counts for one family (or all of them). */
export interface FamilyScore {
  curated: number;
  found: number;
  proposed: number;
  correct: number;
  indicatorRight: number;
}

export type Family = Exclude<Domain, 'other'>;
export const FAMILIES: readonly Family[] = ['reconsideration', 'litigation', 'mediation', 'enforcement_training'];

/** A curated figure that no proposal found, or a proposal that is no curated figure, for the report. */
export interface ScoreMiss {
  kind: 'missed' | 'extra' | 'wrongIndicator';
  domain: Domain;
  value: number;
  quote: string;
  indicatorId: string;
  /** The curated indicator, for a wrong indicator. */
  expected?: string;
}

const emptyScore = (): FamilyScore => ({ curated: 0, found: 0, proposed: 0, correct: 0, indicatorRight: 0 });

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

/** Where the curated figure's number sits in the text, or undefined when its quote is not in the text. */
function locateFigure(text: string, figure: CuratedFigure): { start: number; end: number } | undefined {
  const at = text.indexOf(figure.quote);
  if (at === -1) return undefined;
  const written = findValueInQuote(figure.quote, figure.value);
  return written ? { start: at + written.start, end: at + written.end } : { start: at, end: at + figure.quote.length };
}

/** Scores the proposals of one text against its curated figures of the four families, by family. */
export function scoreExtraction(text: string, proposals: readonly Proposal[], curated: readonly CuratedFigure[]) {
  const byFamily = new Map<Family, FamilyScore>(FAMILIES.map((family) => [family, emptyScore()]));
  const misses: ScoreMiss[] = [];
  const inFamilies = curated.filter((figure) => figure.domain !== 'other');
  const located = inFamilies.map((figure) => ({ figure, at: locateFigure(text, figure) }));
  const matches = (proposal: Proposal, entry: (typeof located)[number]) =>
    entry.at !== undefined && sameValue(proposal.value, entry.figure.value) && proposal.start <= entry.at.start && entry.at.end <= proposal.end;
  for (const entry of located) {
    const score = byFamily.get(entry.figure.domain as Family)!;
    score.curated++;
    const proposal = proposals.find((candidate) => candidate.domain !== 'other' && matches(candidate, entry));
    const { figure } = entry;
    if (!proposal) {
      misses.push({ kind: 'missed', domain: figure.domain, value: figure.value, quote: figure.quote, indicatorId: figure.indicatorId });
      continue;
    }
    score.found++;
    if (proposal.indicatorId === figure.indicatorId) score.indicatorRight++;
    else misses.push({ kind: 'wrongIndicator', domain: figure.domain, value: figure.value, quote: proposal.quote, indicatorId: proposal.indicatorId || `(${proposal.suggestedId})`, expected: figure.indicatorId });
  }
  for (const proposal of proposals) {
    if (proposal.domain === 'other') continue;
    const score = byFamily.get(proposal.domain)!;
    score.proposed++;
    if (located.some((entry) => matches(proposal, entry))) score.correct++;
    else misses.push({ kind: 'extra', domain: proposal.domain, value: proposal.value, quote: proposal.quote, indicatorId: proposal.indicatorId || `(${proposal.suggestedId})` });
  }
  return { byFamily, misses };
}

/** The sum of several scores. */
export function addScores(scores: readonly FamilyScore[]): FamilyScore {
  const total = emptyScore();
  for (const score of scores) for (const key of Object.keys(total) as (keyof FamilyScore)[]) total[key] += score[key];
  return total;
}

/** Recall, precision and indicator accuracy of a score, as fractions (NaN where nothing was counted). */
export function rates(score: FamilyScore) {
  return { recall: score.found / score.curated, precision: score.correct / score.proposed, indicator: score.indicatorRight / score.found };
}
