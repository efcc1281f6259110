import { describe, it, expect } from 'vitest';
import {
  CENSUS_SOURCE,
  DONG_2020,
  DONG_2022,
  DONG_2022_NOTE_ZH,
  NAN_2020,
  NAN_CODE,
  XI_2020,
  XI_CODE,
  makeDataset,
} from '../../../test/fixtures/makeDataset';
import { manyDistricts } from '../../../test/fixtures/manyDistricts';
import { RANK_WINDOW_SIDE } from '../../model/selectRankWindow';
import { GROUPED_LIMIT } from '../../model/selectTopReports';
import { FOOTNOTE_NAMED } from './describeFootnote';
import { slideValues } from './slideValues';
import { MIN_REPORTING, drawSpec, isChart } from '../family/drawSpec';
import { FAMILY_SPECS } from '../family/familySpecs';
import { MESSAGES } from '../../i18n/messages';
import type { FiguresSlide } from './buildFigureSlides';
import {
  SCOPE_NAMED,
  buildDeck,
  clampSlide,
  type ChartSlide,
  type DeckView,
  type Slide,
  type SourcesSlide,
  type TitleSlide,
} from './buildDeck';

const dataset = makeDataset();
const LATEST: DeckView = { year: 'latest', province: null, districts: [], perCapita: false, trend: false };

const chartSlide = (deck: Slide[], id: string): ChartSlide => {
  const slide = deck.find((s) => s.id === id);
  if (slide?.kind !== 'chart') throw new Error(`no chart slide ${id}`);
  return slide;
};

describe('buildDeck', () => {
  const deck = buildDeck(dataset, LATEST, 'zh');

  it('opens with the title, closes with the sources, and has one slide per chart two districts give, families in screen order, then the figures one district gives', () => {
    expect(deck.map((slide) => slide.id)).toEqual([
      'title',
      'mediation_cases',
      'mediation_success_rate',
      'mediation_amount',
      'parts-mediation_cases',
      'figures-1',
      'sources',
    ]);
  });

  it('draws no chart fewer than two districts give: it counts them, as the family screen does', () => {
    const charts = deck.filter((slide): slide is ChartSlide => slide.kind === 'chart');
    expect(charts.map((slide) => slide.reporting)).toEqual([2, 3, 2, 2]);
    for (const slide of charts) expect(slide.reporting).toBeGreaterThanOrEqual(MIN_REPORTING);
  });

  it('gathers on a figures slide the charts one district gives, each figure with its source, and leaves out those none gives', () => {
    const xi = buildDeck(dataset, { ...LATEST, districts: [XI_CODE] }, 'zh');
    expect(xi.map((slide) => slide.id)).toEqual(['title', 'figures-1', 'sources']);
    const figures = xi[1] as FiguresSlide;
    expect(figures.title).toBe('仅一个区县报告的数字');
    expect(figures.columns.flat().map((group) => [group.id, group.district, group.figures.map((figure) => [figure.key, figure.value])])).toEqual([
      ['litigation_cases', '西区 2020', [[`${XI_2020}/litigation_cases`, '12 件']]],
      ['flow-litigation_cases', '西区 2020', [[`${XI_2020}/litigation_cases`, '12 件']]],
      ['mediation_success_rate', '西区 2020', [[`${XI_2020}/mediation_success_rate`, '97%']]],
    ]);
    expect(figures.footnote).toBe('来源：西区2020年报告');
    expect(figures.drawn.map((report) => report.id)).toEqual([XI_2020]);
  });

  it('names a breakdown one district gives after its total, its parts following', () => {
    const nan = buildDeck(dataset, { ...LATEST, districts: [NAN_CODE, XI_CODE] }, 'en');
    const group = nan.flatMap((slide) => (slide.kind === 'figures' ? slide.columns.flat() : [])).find((g) => g.id === 'parts-mediation_cases');
    expect(group).toMatchObject({ title: 'Disputes mediated', district: 'Nan District 2020' });
    expect(group?.figures.map((figure) => [figure.indicator, figure.value])).toEqual([['Family disputes', '300 cases']]);
  });

  it('draws rates as dot plots, counts as rankings, flows grouped and breakdowns as compositions', () => {
    const of2020 = buildDeck(dataset, { ...LATEST, year: 2020 }, 'zh');
    expect(chartSlide(deck, 'mediation_success_rate').chart.type).toBe('rate');
    expect(chartSlide(deck, 'mediation_cases').chart.type).toBe('ranking');
    expect(chartSlide(of2020, 'flow-litigation_cases').chart.type).toBe('grouped');
    expect(chartSlide(deck, 'parts-mediation_cases').chart.type).toBe('composition');
  });

  it('gives a one-indicator slide a footnote with each reporting district, year and 1-based paragraph, in chart order', () => {
    expect(chartSlide(deck, 'mediation_success_rate').footnote).toBe(
      '来源：东区2022年报告第3段；西区2020年报告第2段；南区2020年报告第3段',
    );
  });

  it('names only the reports that give a figure, and leaves paragraphs out of a several-indicator slide', () => {
    expect(chartSlide(deck, 'mediation_cases').footnote).toBe('来源：东区2022年报告第3段；南区2020年报告第3段');
    expect(chartSlide(deck, 'parts-mediation_cases').footnote).toBe('来源：东区2022年报告；南区2020年报告');
  });

  it("carries the chart's comparability caveats: mixed years, a report's note, hedged figures", () => {
    const { caveats } = chartSlide(deck, 'mediation_cases');
    expect(caveats).toEqual([
      '比较了不同年份的报告（2020、2022年），跨年度排名仅供参考。',
      `东区：${DONG_2022_NOTE_ZH}`,
      '南区的数值在报告中为约数或上下限，按原文保留。',
    ]);
  });

  it('keeps the family, title and definition of the family screen', () => {
    const slide = chartSlide(deck, 'mediation_cases');
    expect(slide.family).toBe('mediation');
    expect(slide.familyTitle).toBe('人民调解');
    expect(slide.title).toBe('调解纠纷');
    expect(slide.subtitle).toBe('口径：本年度调解的纠纷件数。（单位：件）');
  });

  it('says on the title slide what is compared and that years differ', () => {
    const title = deck[0] as TitleSlide;
    expect(title.scope).toEqual(['东区 2022', '西区 2020', '南区 2020']);
    expect(title.families).toEqual(['行政复议', '行政应诉', '人民调解', '行政执法人员']);
    expect(title.notes).toEqual(['比较 3 份报告', '比较了不同年份的报告（2020、2022年），跨年度排名仅供参考。']);
  });

  it('lists every compared report on the sources slide, title and file included', () => {
    const sources = deck.at(-1) as SourcesSlide;
    expect(sources.entries.map((entry) => entry.reportId)).toEqual([DONG_2022, '2020-jia-jia-xiqu', NAN_2020]);
    expect(sources.entries[0]).toMatchObject({
      label: '东区 2022',
      place: '甲省甲市东区',
      title: '甲市东区人民政府2022年法治政府建设年度报告',
    });
    expect(sources.entries[0].file).toContain('dong-2022.txt');
    expect(sources.notes).toEqual([]);
  });

  it('per capita: titles say so, and the title and sources slides name the census', () => {
    const perCapita = buildDeck(dataset, { ...LATEST, perCapita: true }, 'zh');
    expect(chartSlide(perCapita, 'mediation_cases').title).toBe('调解纠纷（每万人）');
    expect((perCapita[0] as TitleSlide).notes).toContain('按每万人计算');
    expect((perCapita.at(-1) as SourcesSlide).notes.join('')).toContain(CENSUS_SOURCE);
  });

  it('speaks English when asked', () => {
    const english = buildDeck(dataset, LATEST, 'en');
    expect(chartSlide(english, 'mediation_success_rate').footnote).toBe(
      'Sources: Dong District 2022 report, para. 3; Xi District 2020 report, para. 2; Nan District 2020 report, para. 3',
    );
    expect(chartSlide(english, 'mediation_cases').familyTitle).toBe("People's mediation");
  });

  it('is a title and a sources slide only when no report matches, and the title slide says so', () => {
    const empty = buildDeck(dataset, { ...LATEST, year: 2019 }, 'zh');
    expect(empty.map((slide) => slide.kind)).toEqual(['title', 'sources']);
    expect((empty[0] as TitleSlide).notes).toEqual(['当前筛选条件下没有报告；按 Esc 返回总览调整筛选。']);
  });

  it('gives every slide a distinct id', () => {
    const all = buildDeck(dataset, { ...LATEST, year: 'all' }, 'zh');
    expect(new Set(all.map((slide) => slide.id)).size).toBe(all.length);
  });
});

describe('clampSlide', () => {
  it.each([
    [1, 8, 1],
    [3, 8, 3],
    [8, 8, 8],
    [9, 8, 8],
    [9999, 8, 8],
    [0, 8, 1],
    [-2, 8, 1],
    [2.7, 8, 2],
    [Number.NaN, 8, 1],
    [5, 0, 1],
  ])('shows slide %s of %s as %s', (requested, total, shown) => {
    expect(clampSlide(requested, total)).toBe(shown);
  });
});

describe('buildDeck across a province or the country', () => {
  const many = manyDistricts(230);
  const deck = buildDeck(many, LATEST, 'zh');

  it('draws a ranking’s top and bottom, and its footnote names the first reports and counts the rest', () => {
    const slide = chartSlide(deck, 'reconsideration_received');
    expect(slide.drawn).toHaveLength(2 * RANK_WINDOW_SIDE);
    expect(slide.drawn[0].district).toBe('第230区');
    expect(slide.footnote).toContain(`第230区${slide.drawn[0].year}年报告`);
    expect(slide.footnote).toContain(`等另外 ${2 * RANK_WINDOW_SIDE - FOOTNOTE_NAMED} 份报告`);
    expect(slide.footnote.split('；')).toHaveLength(FOOTNOTE_NAMED + 1);
  });

  it('draws a grouped chart’s districts with the most of its leading figure, and says so', () => {
    const slide = chartSlide(deck, 'flow-reconsideration_received');
    expect(slide.drawn.length).toBeLessThanOrEqual(GROUPED_LIMIT);
    if (slide.chart.type !== 'grouped') throw new Error('a grouped slide');
    expect(slide.chart.grouped.reports).toHaveLength(GROUPED_LIMIT);
    expect(slide.caveats[0]).toContain('230');
  });

  it('names twelve districts on the title slide and counts the rest', () => {
    const title = deck[0] as TitleSlide;
    expect(title.scope).toHaveLength(SCOPE_NAMED + 1);
    expect(title.scope.at(-1)).toBe(`等另外 ${230 - SCOPE_NAMED} 份`);
    expect(title.notes[0]).toBe('比较 230 份报告');
  });

  it('lists on the sources slide the reports the charts draw, and gives the total', () => {
    const sources = deck.at(-1) as SourcesSlide;
    const drawn = new Set(deck.flatMap((slide) => (slide.kind === 'chart' ? slide.drawn.map((report) => report.id) : [])));
    expect(sources.entries.map((entry) => entry.reportId).sort()).toEqual([...drawn].sort());
    expect(sources.entries.length).toBeLessThan(230);
    expect(sources.notes[0]).toContain('共比较 230 份报告');
  });
});

describe('buildDeck in the 历年趋势 view', () => {
  const trendDeck = buildDeck(dataset, { ...LATEST, trend: true }, 'zh');

  it('opens each family with its headline indicators over the years, where a district has figures of two years', () => {
    const ids = trendDeck.map((slide) => slide.id);
    expect(ids).toContain('trend-mediation_cases');
    expect(ids).toContain('trend-mediation_success_rate');
    // Before the family's charts of one year; none for a headline with no district of two years' figures.
    expect(ids.indexOf('trend-mediation_cases')).toBeLessThan(ids.indexOf('mediation_cases'));
    expect(ids.indexOf('trend-mediation_cases')).toBeGreaterThan(ids.indexOf('flow-litigation_cases'));
    expect(ids).not.toContain('trend-litigation_cases');
    // Off, the deck is the one of one year.
    expect(buildDeck(dataset, LATEST, 'zh').some((slide) => slide.id.startsWith('trend-'))).toBe(false);
  });

  it('draws the trend as on the family screen, its gap year a gap and its hedge kept, with a source for each year', () => {
    const slide = chartSlide(trendDeck, 'trend-mediation_cases');
    expect(slide.chart.type).toBe('trend');
    expect(slide.title).toBe('调解纠纷：历年');
    expect(slideValues(slide.chart, 'zh').map((value) => [value.column, value.text])).toEqual([
      ['2020', '800余 件'],
      ['2021', '未报告'],
      ['2022', '1,500 件'],
    ]);
    expect(slide.footnote).toBe('来源：东区2020年报告第2段；东区2022年报告第3段');
    expect(slide.caveats.join('')).toContain(DONG_2022_NOTE_ZH);
  });

  it('lists the reports of the other years a trend draws among the sources', () => {
    const sources = trendDeck.at(-1) as SourcesSlide;
    expect(sources.entries.map((entry) => entry.reportId)).toEqual([DONG_2022, '2020-jia-jia-xiqu', NAN_2020, DONG_2020]);
  });

  it('says on a flow slide what its dashed outlines mean, as the screen does, and only where there is one', () => {
    const flow = FAMILY_SPECS.reconsideration.charts.find((spec) => spec.type === 'grouped')!;
    for (const lang of ['zh', 'en'] as const) {
      const gap = manyDistricts(3, 2);
      const slide = chartSlide(buildDeck(gap, LATEST, lang), 'flow-reconsideration_received');
      expect(slide.subtitle).toBe(MESSAGES[lang].chart.gapMarkNote);
      const screen = drawSpec(gap, LATEST, flow, false, lang, MESSAGES[lang]);
      expect(isChart(screen) && screen.subtitle).toBe(slide.subtitle);
      // Every district giving every figure of the flow: no outline, no note.
      expect(chartSlide(buildDeck(manyDistricts(3, 3), LATEST, lang), 'flow-reconsideration_received').subtitle).toBeUndefined();
    }
  });
});

