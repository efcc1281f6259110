import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../data/paragraphs';
import { segmentText } from './segmentText';

const text = '标题\n\n全年收到申请35件，受理31件。\r\n调解纠纷1200件';
const at = (quote: string) => text.indexOf(quote);
const span = (id: string, quote: string) => ({ id, start: at(quote), end: at(quote) + quote.length });
const show = (lines: ReturnType<typeof segmentText>) => lines.map((line) => line.pieces.map((piece) => `${text.slice(piece.start, piece.end)}${piece.ids.length ? `[${piece.ids.join(',')}]` : ''}`).join('|'));

describe('segmentText', () => {
  it('keeps the non-empty lines, without their line ends, as plain text when no quote falls on them', () => {
    expect(show(segmentText(text, []))).toEqual(['标题', '全年收到申请35件，受理31件。', '调解纠纷1200件']);
  });

  it('cuts a line where quotes start and end; overlapping quotes share the piece they both cover', () => {
    const lines = segmentText(text, [span('a', '收到申请35件，受理31件'), span('b', '受理31件'), span('c', '1200件')]);
    expect(show(lines)).toEqual(['标题', '全年|收到申请35件，[a]|受理31件[a,b]|。', '调解纠纷|1200件[c]']);
    expect(lines[1].start).toBe(at('全年'));
  });

  it('marks the part on each line of a quote that runs across a line end', () => {
    expect(show(segmentText(text, [span('d', '31件。\r\n调解')]))).toEqual(['标题', '全年收到申请35件，受理|31件。[d]', '调解[d]|纠纷1200件']);
  });

  it('ends a line at a lone CR as splitParagraphs does, so its lines are the paragraphs of the report', () => {
    const mixed = '标题\r全年收到申请35件。\r\r调解纠纷1200件\n完';
    expect(segmentText(mixed, []).map((line) => mixed.slice(line.start, line.end))).toEqual(splitParagraphs(mixed).map((paragraph) => paragraph.text));
  });
});
