/**
 * A report's text in, proposed figures and the proposed report row out. The pipeline:
 *
 *   text ─ toSimplified ─▶ simplified copy (same offsets)
 *        ─ paragraphSpans ─▶ paragraphs ─ findNumbers ─▶ numbers with hedge and unit
 *        ─ classifyFamily ─▶ figures of the four families ─ quoteAround ─▶ proposals (offsets in the original)
 *   text ─ proposeReport ─▶ the report's row
 *
 * Pure: runs in Node and in a browser worker alike.
 */
import { findNumbers, hedgeAround } from '../data/numerals';
import { classifyFamily } from './classifyFamily';
import { paragraphSpans } from './paragraphSpans';
import { proposeReport } from './proposeReport';
import { quoteAround } from './quoteAround';
import { readUnit } from './readUnit';
import { toSimplified } from './toSimplified';
import type { Extraction, IndicatorLike, Proposal } from './types';

/** Proposes every figure of the four families in `text`, and the report's row. */
export function extractReport(text: string, indicators: readonly IndicatorLike[]): Extraction {
  void indicators;
  const simplified = toSimplified(text);
  const proposals: Proposal[] = [];
  for (const span of paragraphSpans(text)) {
    const paragraph = simplified.slice(span.start, span.end);
    for (const written of findNumbers(paragraph)) {
      let unit = readUnit(paragraph, written.end);
      // 2309.16万元 counts 万元: the 万 the numeral reader took belongs to the unit.
      const multiplier = paragraph[written.end - 1];
      if ((multiplier === '万' || multiplier === '亿') && (unit === '元' || unit === '人')) {
        written.value /= multiplier === '万' ? 1e4 : 1e8;
        unit = multiplier + unit;
      }
      if (unit === '') continue;
      const domain = classifyFamily(paragraph.slice(0, written.start));
      if (domain === 'other') continue;
      const quote = quoteAround(text, span.start + written.start, span.start + written.end, span);
      if (!quote) continue;
      const suggestedId = `${domain}_figure`;
      proposals.push({
        id: `${quote.start}-${quote.end}-${suggestedId}`,
        indicatorId: '',
        suggestedId,
        domain,
        value: written.value,
        qualifier: hedgeAround(paragraph, written),
        unit,
        quote: quote.text,
        start: quote.start,
        end: quote.end,
        paragraph: span.index,
        confidence: 0.5,
      });
    }
  }
  return { text, report: proposeReport(text, simplified), proposals };
}
