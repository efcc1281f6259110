import { describe, expect, it } from 'vitest';
import { FIGURE_COLUMNS, FIGURE_LINES, PARTS_PER_LINE, linesOf, packFigures, type FigureGroup } from './buildFigureSlides';

const figure = (indicator: string, n = 0) => ({ key: `r/${indicator}${n}`, indicator, value: `${n} 件`, district: '东区 2022' });
const group = (id: string, figures: number): FigureGroup => ({
  id,
  family: 'mediation',
  title: id,
  district: '东区 2022',
  figures: Array.from({ length: figures }, (_, i) => figure(`part ${i}`, i)),
});

describe('packFigures', () => {
  it('keeps one figure to a line and a breakdown to its title and rows of parts', () => {
    expect(linesOf(group('a', 1))).toBe(1);
    expect(linesOf(group('b', 2 * PARTS_PER_LINE + 1))).toBe(1 + 3);
  });

  it('fills each column in order up to its lines, then the next, then a new slide', () => {
    const groups = Array.from({ length: FIGURE_LINES * FIGURE_COLUMNS + 1 }, (_, i) => group(`g${i}`, 1));
    const slides = packFigures(groups);
    expect(slides.map((columns) => columns.map((column) => column.length))).toEqual([[FIGURE_LINES, FIGURE_LINES], [1]]);
    expect(slides.flat(2).map((g) => g.id)).toEqual(groups.map((g) => g.id));
  });

  it('moves a group that does not fit the rest of a column to the next, whole', () => {
    const slides = packFigures([group('one', 1), group('long', (FIGURE_LINES - 1) * PARTS_PER_LINE)]);
    expect(slides[0].map((column) => column.map((g) => g.id))).toEqual([['one'], ['long']]);
    for (const column of slides.flat()) expect(column.reduce((lines, g) => lines + linesOf(g), 0)).toBeLessThanOrEqual(FIGURE_LINES);
  });

  it('cuts a breakdown longer than a column into parts, each fitting one, no figure lost', () => {
    const long = group('parts-x', 3 * FIGURE_LINES * PARTS_PER_LINE);
    const columns = packFigures([long]).flat();
    for (const column of columns) expect(column.reduce((lines, g) => lines + linesOf(g), 0)).toBeLessThanOrEqual(FIGURE_LINES);
    expect(columns.flat().flatMap((g) => g.figures)).toEqual(long.figures);
    expect(new Set(columns.flat().map((g) => g.id)).size).toBe(columns.flat().length);
  });
});
