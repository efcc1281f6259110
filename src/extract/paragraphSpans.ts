/** Where each paragraph of a text starts and ends, by the product's paragraph rule (see splitParagraphs). */

/** A paragraph's index and its UTF-16 offsets in the whole text. */
export interface ParagraphSpan {
  index: number;
  start: number;
  end: number;
}

/** The non-empty lines of `text` (line ends CRLF or LF) with their offsets, numbered from 0. */
export function paragraphSpans(text: string): ParagraphSpan[] {
  const spans: ParagraphSpan[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (text.slice(start, lineEnd).trim() !== '') spans.push({ index: spans.length, start, end: lineEnd });
    start = end + 1;
  }
  return spans;
}
