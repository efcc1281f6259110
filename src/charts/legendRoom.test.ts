import { describe, expect, it } from 'vitest';
import { buildGrouped } from '../model/buildGrouped';
import { selectReports } from '../model/selectReports';
import { fixtureTexts, makeDataset } from '../../test/fixtures/makeDataset';
import { buildCompositionOption } from './buildCompositionOption';
import { buildGroupedOption } from './buildGroupedOption';
import { legendGridTop, legendRows, withLegendRoom } from './legendRoom';
import { textWidthInFonts } from './measureText';

describe('legend layout estimate', () => {
  it('counts CJK characters as one font wide and Latin ones as about half', () => {
    expect(textWidthInFonts('调解')).toBe(2);
    expect(textWidthInFonts('ab')).toBeCloseTo(1.2, 9);
  });

  it('wraps legend entries onto as many rows as the width needs', () => {
    const names = ['婚姻家庭纠纷', '邻里纠纷', '劳动纠纷', '合同纠纷'];
    // A 24 px font with a 38.4 px symbol and entries 19.2 px apart.
    const layout = {
      itemWidthPx: 24 * 1.6,
      itemGapPx: 24 * 0.8,
      textWidthPx: (text: string) => textWidthInFonts(text) * 24,
    };
    expect(legendRows([], 1000, layout)).toBe(0);
    expect(legendRows(names, 2000, layout)).toBe(1);
    // Items are 187 and 139 px wide with a 19 px gap: two fit in 400 px, all four in 700 px.
    expect(legendRows(names, 700, layout)).toBe(1);
    expect(legendRows(names, 400, layout)).toBe(2);
    expect(legendRows(names, 300, layout)).toBe(3);
    // An entry wider than the legend still takes a row of its own.
    expect(legendRows(names, 100, layout)).toBe(4);
  });
});

describe('legendGridTop', () => {
  const dataset = makeDataset(fixtureTexts());
  const reports = selectReports(dataset, { year: 'latest', province: null, districts: [] });
  const FLOW = ['mediation_cases', 'mediation_family', 'mediation_neighbour'];
  const english = buildGroupedOption(buildGrouped(dataset, reports, FLOW, false, 'en'), 'Mediation');
  const chinese = buildGroupedOption(buildGrouped(dataset, reports, FLOW, false, 'zh'), '调解');
  const ownTop = (english.grid as { top: number }).top;

  it('keeps the option’s own top where the legend is one row', () => {
    expect(legendGridTop(english, 1200)).toBe(ownTop);
    expect(withLegendRoom(english, 1200)).toBe(english);
    expect(legendGridTop(chinese, 400)).toBe(ownTop);
  });

  it('moves the plot down one row for each row the legend wraps to', () => {
    // "Disputes mediated", "Family disputes", "Neighbour disputes" at 15 px: about 190, 170 and 190 px wide.
    const two = legendGridTop(english, 450)!;
    const three = legendGridTop(english, 300)!;
    expect(two).toBeGreaterThan(ownTop);
    expect(three - two).toBe(two - ownTop);
    const fitted = withLegendRoom(english, 300);
    expect((fitted.grid as { top: number }).top).toBe(three);
    // Only the top moves: the grid keeps its other sides, the option its series.
    expect({ ...(fitted.grid as object), top: ownTop }).toEqual(english.grid);
    expect(fitted.series).toBe(english.series);
  });

  it('makes room for a composition chart’s legend, which wraps rather than scrolls', () => {
    const composition = buildCompositionOption(buildGrouped(dataset, reports, FLOW.slice(1), false, 'en'), 'Breakdown');
    expect(legendGridTop(composition, 200)).toBeGreaterThan((composition.grid as { top: number }).top);
  });

  it('leaves a scrolling legend, an unknown width and a chart without a legend as they are', () => {
    const scrolling = { ...english, legend: { ...(english.legend as object), type: 'scroll' } };
    expect(legendGridTop(scrolling, 200)).toBeUndefined();
    expect(withLegendRoom(english, undefined)).toBe(english);
    expect(legendGridTop({ ...english, legend: undefined }, 200)).toBeUndefined();
  });
});
