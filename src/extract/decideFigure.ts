/**
 * Whether a candidate figure is proposed, in which family and with which indicator: the family its topic
 * words give is favoured, an indicator of another family wins only by matching clearly better, and a
 * figure whose words are those of an indicator outside the four families is left out.
 */
import { DEFAULT_OPTIONS } from './extractOptions';
import type { FigureContext } from './figureContext';
import { matchIndicators, unitClass, type PreparedIndicators } from './matchIndicator';
import type { Candidate } from './findCandidates';
import type { Domain } from './types';

/** What is proposed for a figure (the rest of a Proposal comes from the candidate and its quote). */
export interface FigureDecision {
  indicatorId: string;
  suggestedId?: string;
  domain: Domain;
  confidence: number;
}

// Below this, no indicator of the family is named near the figure: it is proposed without one.
const MIN_INDICATOR_SCORE = 0.05;
// A figure without topic words of a family is proposed only when an indicator of it is named this fully.
const MIN_SCORE_WITHOUT_TOPIC = 0.75;

/** Decides a candidate figure; undefined when it is no figure of the four families. */
export function decideFigure(entries: PreparedIndicators, candidate: Candidate, context: FigureContext, family: Domain, options = DEFAULT_OPTIONS): FigureDecision | undefined {
  const matches = matchIndicators(entries, candidate, context, options);
  // The family the topic words give counts more than another family's match.
  const familyBonus = options.familyBonus;
  const other = matches.get('other')?.score ?? 0;
  let best: { domain: Domain; score: number; id: string } | undefined;
  for (const [domain, match] of matches) {
    if (domain === 'other') continue;
    const score = match.score + (domain === family ? familyBonus : 0);
    if (!best || score > best.score) best = { domain, score, id: match.entry.indicator.id };
  }
  if (family === 'other') {
    if (!best || best.score < MIN_SCORE_WITHOUT_TOPIC || best.score <= other) return undefined;
    return { indicatorId: best.id, domain: best.domain, confidence: Math.min(1, best.score) * 0.7 };
  }
  if (other > (best?.score ?? 0) + 0.1 && other >= 0.6) return undefined;
  if (!best || best.score - (best.domain === family ? familyBonus : 0) < MIN_INDICATOR_SCORE) {
    return { indicatorId: '', suggestedId: `${family}_${unitClass(candidate.unit).replace(/[^a-z]+/gu, '_')}`, domain: family, confidence: 0.4 };
  }
  return { indicatorId: best.id, domain: best.domain, confidence: Math.min(1, best.score) };
}
