import { describe, expect, it } from 'vitest';
import { runsOf } from './ParagraphRuns';

describe('runsOf', () => {
  it('covers the window exactly, in runs cut at multiples of a hundred paragraphs', () => {
    expect(runsOf(30, 260)).toEqual([
      { from: 30, to: 100 },
      { from: 100, to: 200 },
      { from: 200, to: 260 },
    ]);
    expect(runsOf(0, 0)).toEqual([]);
  });

  it('keeps the range of every run but the last as the window grows downward, and of every run but the first as it grows upward', () => {
    const before = runsOf(120, 450);
    expect(runsOf(120, 530).slice(0, before.length - 1)).toEqual(before.slice(0, -1));
    expect(runsOf(20, 450).slice(-(before.length - 1))).toEqual(before.slice(1));
  });
});
