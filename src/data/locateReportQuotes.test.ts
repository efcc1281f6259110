import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDataset } from './buildDataset';
import { loadReportSource, locateReportQuotes } from './locateReportQuotes';
import { DONG_2022, NAN_2020, fixtureTexts } from '../../test/fixtures/makeDataset';

/** The fixture with its source texts deferred, as a national dataset loads them. */
function deferred() {
  const texts = fixtureTexts();
  const result = buildDataset({ ...texts, sources: {}, sourcesDeferred: true });
  return { ...result, sources: texts.sources };
}

afterEach(() => vi.unstubAllGlobals());

describe('buildDataset with deferred sources', () => {
  it('reports no missing source, keeps every row, and leaves locations for later', () => {
    const { dataset, issues, sources } = deferred();
    expect(issues).toEqual([]);
    expect(dataset.observations).toHaveLength(buildDataset(fixtureTexts()).dataset.observations.length);
    expect(dataset.observations.every((observation) => observation.location === undefined)).toBe(true);
    expect(Object.keys(sources)).toContain('nan-2020.txt');
  });

  it('still checks each value against its quote', () => {
    const texts = fixtureTexts();
    const observations = texts.observations.replace(`${NAN_2020},mediation_amount,860,`, `${NAN_2020},mediation_amount,861,`);
    const { issues } = buildDataset({ ...texts, observations, sources: {}, sourcesDeferred: true });
    expect(issues.map((issue) => issue.code)).toEqual(['valueNotInQuote']);
  });
});

describe('locateReportQuotes', () => {
  it('locates a report’s quotes in its text exactly as buildDataset does up front', () => {
    const { dataset, sources } = deferred();
    const eager = buildDataset(fixtureTexts()).dataset;
    expect(locateReportQuotes(dataset, NAN_2020, sources['nan-2020.txt'])).toEqual([]);
    expect(dataset.paragraphsByReport.get(NAN_2020)).toEqual(eager.paragraphsByReport.get(NAN_2020));
    const located = dataset.observations.filter((observation) => observation.reportId === NAN_2020);
    expect(located.map((observation) => observation.location)).toEqual(located.map((observation) => eager.observationByKey.get(observation.key)!.location));
    expect(dataset.observationByKey.get(`${DONG_2022}/mediation_cases`)!.location).toBeUndefined();
  });

  it('reports a quote the text does not hold, with its line in observations.csv', () => {
    const { dataset, sources } = deferred();
    const issues = locateReportQuotes(dataset, NAN_2020, sources['nan-2020.txt'].replace('860万元', '870万元'));
    expect(issues).toMatchObject([{ file: 'observations.csv', column: 'quote', code: 'quoteNotFound', line: dataset.observationByKey.get(`${NAN_2020}/mediation_amount`)!.line }]);
  });
});

describe('loadReportSource', () => {
  it('fetches a report’s text once, however many ask for it at the same time', async () => {
    const { dataset, sources } = deferred();
    const fetch = vi.fn(async () => new Response(sources['dong-2022.txt']));
    vi.stubGlobal('fetch', fetch);
    const [first, second] = await Promise.all([loadReportSource(dataset, DONG_2022, './data/'), loadReportSource(dataset, DONG_2022, './data/')]);
    expect(first).toEqual([]);
    expect(second).toEqual([]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith('./data/sources/dong-2022.txt');
    expect(dataset.observationByKey.get(`${DONG_2022}/mediation_cases`)!.location).toBeDefined();
    await loadReportSource(dataset, DONG_2022);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('fails with the file and the HTTP status when the text is missing', async () => {
    const { dataset } = deferred();
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
    await expect(loadReportSource(dataset, NAN_2020)).rejects.toThrow('nan-2020.txt: HTTP 404');
  });
});
