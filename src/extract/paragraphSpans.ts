/** Where each paragraph of a text starts and ends, by the product's paragraph rule (see splitParagraphs). */

/** A paragraph's index and its UTF-16 offsets in the whole text. */
export interface ParagraphSpan {
  index: number;
  start: number;
  end: number;
}

/** The non-empty lines of `text` (line ends CRLF, LF or a lone CR) with their offsets, numbered from 0. */
export function paragraphSpans(text: string): ParagraphSpan[] {
  const spans: ParagraphSpan[] = [];
  const lineEnd = /\r\n?|\n/g;
  let start = 0;
  for (;;) {
    const found = lineEnd.exec(text);
    const end = found ? found.index : text.length;
    if (text.slice(start, end).trim() !== '') spans.push({ index: spans.length, start, end });
    if (!found) return spans;
    start = lineEnd.lastIndex;
  }
}
