/** The paragraphs of a source report and where a quote sits among them. */

/** A paragraph is a non-empty line of the source file, numbered from 0 in file order (CR, LF and CRLF each end a line). */
export interface Paragraph {
  index: number;
  /** 1-based line of the source file. */
  line: number;
  text: string;
}

/** Where a quote was found: its paragraph and its offsets inside that paragraph's text. */
export interface QuoteLocation {
  paragraphIndex: number;
  start: number;
  end: number;
}

/** Splits a source file into paragraphs (non-empty lines; line ends CRLF, LF or a lone CR, as old Mac editors write). */
export function splitParagraphs(source: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  source.split(/\r\n?|\n/).forEach((text, i) => {
    if (text.trim() !== '') paragraphs.push({ index: paragraphs.length, line: i + 1, text });
  });
  return paragraphs;
}

/** Counts the occurrences of `quote` in `text`, overlapping ones included. */
export function countOccurrences(text: string, quote: string): number {
  if (quote === '') return 0;
  let count = 0;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) count++;
  return count;
}

/**
 * Finds the one paragraph holding `quote`. Returns undefined when the quote is absent or occurs more than
 * once in the whole report (a quote must identify its figure unambiguously).
 */
export function locateQuote(paragraphs: readonly Paragraph[], quote: string): QuoteLocation | undefined {
  let found: QuoteLocation | undefined;
  let total = 0;
  for (const paragraph of paragraphs) {
    const count = countOccurrences(paragraph.text, quote);
    if (count === 0) continue;
    total += count;
    const start = paragraph.text.indexOf(quote);
    found = { paragraphIndex: paragraph.index, start, end: start + quote.length };
  }
  return total === 1 ? found : undefined;
}
