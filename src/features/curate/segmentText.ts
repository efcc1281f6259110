/**
 * A report's text cut for display: its lines (a paragraph is a non-empty line, as splitParagraphs says),
 * each cut where a figure's quote starts or ends, every piece knowing the figures whose quotes cover it.
 */

/** A piece of a line: text[start..end) and the ids of the figures whose quote covers all of it. */
export interface Piece {
  start: number;
  end: number;
  ids: string[];
}

export interface Line {
  start: number;
  end: number;
  pieces: Piece[];
}

interface Span {
  id: string;
  start: number;
  end: number;
}

/** The non-empty lines of `text` cut into pieces by the spans; a span across a line end covers its part of each line. */
export function segmentText(text: string, spans: readonly Span[]): Line[] {
  const lines: Line[] = [];
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const lineEnd = /\r\n?|\n/g;
  let at = 0;
  for (;;) {
    const found = lineEnd.exec(text);
    const end = found ? found.index : text.length;
    if (text.slice(at, end).trim() !== '') lines.push({ start: at, end, pieces: cutLine(at, end, sorted) });
    if (!found) break;
    at = lineEnd.lastIndex;
  }
  return lines;
}

function cutLine(start: number, end: number, spans: readonly Span[]): Piece[] {
  const inside = spans.filter((span) => span.start < end && span.end > start);
  const cuts = new Set([start, end]);
  for (const span of inside) {
    cuts.add(Math.max(start, span.start));
    cuts.add(Math.min(end, span.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    pieces.push({ start: from, end: to, ids: inside.filter((span) => span.start <= from && span.end >= to).map((span) => span.id) });
  }
  return pieces;
}
