import { describe, expect, it } from 'vitest';
import type { Report } from '../data/dataset';
import type { ComparisonRow } from './buildComparison';
import { selectRankWindow } from './selectRankWindow';

/** Rows as buildComparison orders them: values largest first, then `gaps` districts that did not report. */
function rows(values: number[], gaps = 0): ComparisonRow[] {
  const report = (i: number) => ({ id: `r${i}` }) as Report;
  return [...values.map((value, i) => ({ report: report(i), value })), ...Array.from({ length: gaps }, (_, i) => ({ report: report(values.length + i) }))];
}

const shape = (window: ReturnType<typeof selectRankWindow>) =>
  window.entries.map((entry) => (entry.type === 'gap' ? `…${entry.count}` : entry.rank === undefined ? `-${entry.row.report.id}` : `${entry.rank}:${entry.row.value}`));

describe('selectRankWindow', () => {
  it('draws every row, gaps included, while there are few', () => {
    const window = selectRankWindow(rows([30, 20, 10], 1), 5, 2);
    expect(shape(window)).toEqual(['1:30', '2:20', '3:10', '-r3']);
    expect(window).toMatchObject({ windowed: false, reported: 3, notReported: 1 });
  });

  it('draws the top and bottom with their ranks and one line for the districts between', () => {
    const values = Array.from({ length: 12 }, (_, i) => 120 - i * 10);
    const window = selectRankWindow(rows(values, 3), 5, 2);
    expect(shape(window)).toEqual(['1:120', '2:110', '…8', '11:20', '12:10']);
    expect(window).toMatchObject({ windowed: true, reported: 12, notReported: 3 });
  });

  it('gives equal values one rank, and the next value its place in the count', () => {
    const values = [100, 100, 100, 90, 80, 80, 70, 60, 50, 40, 30, 30];
    expect(shape(selectRankWindow(rows(values, 1), 5, 3))).toEqual(['1:100', '1:100', '1:100', '…6', '10:40', '11:30', '11:30']);
    expect(shape(selectRankWindow(rows([7, 7, 5], 1), 5, 2))).toEqual(['1:7', '1:7', '3:5', '-r3']);
  });

  it('counts the districts that did not report without drawing them, even when nearly all are gaps', () => {
    const window = selectRankWindow(rows([5, 4], 2848), 24, 10);
    expect(shape(window)).toEqual(['1:5', '2:4']);
    expect(window.notReported).toBe(2848);
  });

  it('draws 2,850 districts as 21 lines at most', () => {
    const window = selectRankWindow(rows(Array.from({ length: 2850 }, (_, i) => 2850 - i)));
    expect(window.entries).toHaveLength(21);
    expect(shape(window)[10]).toBe('…2830');
    expect(shape(window).at(-1)).toBe('2850:1');
  });
});
