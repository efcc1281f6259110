/** The short verbatim passage around a number: its clause, widened until it occurs once in the text. */
import { countOccurrences } from '../data/paragraphs';
import type { ParagraphSpan } from './paragraphSpans';

// Clauses are separated by these; a quote never crosses a paragraph.
const CLAUSE_BREAK = /[，,。；;：:！!？?、\s]/u;

/** A quote's text and its offsets in the whole text. */
export interface Quote {
  text: string;
  start: number;
  end: number;
}

/**
 * The clause holding text[numberStart..numberEnd), trimmed of punctuation, widened by one clause on the
 * left at a time until it occurs once in the whole text; undefined if even the paragraph does not.
 */
export function quoteAround(text: string, numberStart: number, numberEnd: number, span: ParagraphSpan): Quote | undefined {
  let start = numberStart;
  while (start > span.start && !CLAUSE_BREAK.test(text[start - 1])) start--;
  let end = numberEnd;
  while (end < span.end && !CLAUSE_BREAK.test(text[end])) end++;
  for (;;) {
    const quote = text.slice(start, end);
    if (countOccurrences(text, quote) === 1) return { text: quote, start, end };
    if (start <= span.start) return undefined;
    start--;
    while (start > span.start && CLAUSE_BREAK.test(text[start - 1])) start--;
    while (start > span.start && !CLAUSE_BREAK.test(text[start - 1])) start--;
  }
}
