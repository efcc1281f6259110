/** Line breaking for exported images, where text has no layout engine: greedy, by measured width. */

/** Measures the width of a text in pixels at the current font. */
export type Measure = (text: string) => number;

// A Chinese character (or full-width punctuation) may break anywhere; a run of other characters is a
// word that breaks only at spaces, unless it alone is wider than the line.
const TOKENS = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|\s+|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+/gu;

// Closing punctuation never starts a line and opening punctuation never ends one (kinsoku): each is
// kept with its neighbour.
const CLOSING = /^[，。、；：！？）》」』〕】,.;:!?)\]]$/u;
const OPENING = /^[（《「『〔【([]$/u;

/** The text's unbreakable pieces: words, single Chinese characters with their punctuation, spaces. */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let opening = '';
  for (const token of text.match(TOKENS) ?? []) {
    if (OPENING.test(token)) opening += token;
    else if (CLOSING.test(token) && tokens.length > 0 && !opening && !/^\s+$/.test(tokens[tokens.length - 1])) tokens[tokens.length - 1] += token;
    else {
      tokens.push(opening + token);
      opening = '';
    }
  }
  if (opening) tokens.push(opening);
  return tokens;
}

/** Splits a word wider than the line into pieces that fit, character by character. */
function splitWord(word: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  return piece ? [...pieces, piece] : pieces;
}

/** Breaks a text into lines no wider than `maxWidth` (a single character wider than that gets a line of its own). */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokenize(text)) {
    if (/^\s+$/.test(token)) {
      if (line) line += ' ';
      continue;
    }
    const pieces = measure(token) > maxWidth ? splitWord(token, maxWidth, measure) : [token];
    for (const piece of pieces) {
      if (line.trim() && measure(line + piece) > maxWidth) {
        lines.push(line.trimEnd());
        line = '';
      }
      line += piece;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
