/**
 * A report's text in, proposed figures and the proposed report row out. The pipeline:
 *
 *   text ─ toSimplified ─▶ simplified copy (same offsets) ─ paragraphSpans ─▶ paragraphs
 *        ─ findCandidates ─▶ numbers that read as figures (value, hedge, unit, kind)
 *        ─ classifyFamily + matchIndicators ─▶ family and indicator, or not a figure of the four families
 *        ─ quoteAround ─▶ proposals, quotes and offsets in the original text
 *   text ─ proposeReport ─▶ the report's row
 *
 * Pure: runs in Node and in a browser worker alike.
 */
import { classifyFamily } from './classifyFamily';
import { decideFigure } from './decideFigure';
import { findCandidates } from './findCandidates';
import { DEFAULT_OPTIONS } from './extractOptions';
import { expandContext } from './figureContext';
import { prepareIndicators } from './matchIndicator';
import { paragraphSpans } from './paragraphSpans';
import { proposeReport } from './proposeReport';
import { quoteAround } from './quoteAround';
import { toSimplified } from './toSimplified';
import type { Extraction, IndicatorLike, Proposal } from './types';

const SENTENCE_END = /[。！？；!?;]/u;
const CLAUSE_END = /[，,。！？；!?;：:、]/u;
// How much of the paragraph before a figure's sentence is read for its words.
const PARAGRAPH_WINDOW = 200;
// The characters right before a figure that name what it counts (with its clause after it).
const NEAR_WINDOW = 10;

/** Proposes every figure of the four families in `text`, and the report's row. */
export function extractReport(text: string, indicators: readonly IndicatorLike[], options = DEFAULT_OPTIONS): Extraction {
  const simplified = toSimplified(text);
  const entries = prepareIndicators(indicators);
  const proposals: Proposal[] = [];
  for (const span of paragraphSpans(text)) {
    const paragraph = simplified.slice(span.start, span.end);
    let previousEnd = 0;
    for (const candidate of findCandidates(paragraph)) {
      let sentenceStart = candidate.start;
      while (sentenceStart > 0 && !SENTENCE_END.test(paragraph[sentenceStart - 1])) sentenceStart--;
      let clauseEnd = candidate.end;
      while (clauseEnd < paragraph.length && !CLAUSE_END.test(paragraph[clauseEnd])) clauseEnd++;
      const segmentStart = Math.max(sentenceStart, previousEnd);
      previousEnd = candidate.end + candidate.unit.length;
      const after = paragraph.slice(candidate.end, clauseEnd);
      const context = expandContext({
        near: paragraph.slice(Math.max(segmentStart, candidate.start - NEAR_WINDOW), candidate.start) + after,
        segment: paragraph.slice(segmentStart, candidate.start) + after,
        sentence: paragraph.slice(sentenceStart, clauseEnd),
        paragraph: paragraph.slice(Math.max(0, sentenceStart - PARAGRAPH_WINDOW), sentenceStart),
      });
      const family = classifyFamily(paragraph, candidate.start, candidate.end);
      const decision = decideFigure(entries, candidate, context, family, options);
      if (!decision) continue;
      const quote = quoteAround(text, span.start + candidate.start, span.start + candidate.end, span);
      if (!quote) continue;
      const key = decision.indicatorId || decision.suggestedId;
      proposals.push({
        id: `${quote.start}-${quote.end}-${key}`,
        indicatorId: decision.indicatorId,
        ...(decision.suggestedId ? { suggestedId: decision.suggestedId } : {}),
        domain: decision.domain,
        value: candidate.value,
        qualifier: candidate.qualifier,
        unit: candidate.unit,
        quote: quote.text,
        start: quote.start,
        end: quote.end,
        paragraph: span.index,
        confidence: decision.confidence,
      });
    }
  }
  return { text, report: proposeReport(text, simplified), proposals };
}
