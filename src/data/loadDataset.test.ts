import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDataset } from './buildDataset';
import { hasLocations, hasQuotes, loadDataset, loadFindings, loadLocations, loadQuotes } from './loadDataset';
import { columnFile, columnFiles, FIGURE_COLUMNS, LOCATION_COLUMNS, publishDataset, PUBLISHED_FORMAT } from './publishedDataset';
import { encodeColumn } from './columnFile';
import { fixtureTexts } from '../../test/fixtures/makeDataset';

/** The fixture's published files, served by a stand-in fetch that records what was asked for. */
function serve(change: (bytes: Record<string, Uint8Array>) => void = () => {}) {
  const built = buildDataset(fixtureTexts());
  const { published, columns, quotes } = publishDataset(built.dataset, built.issues, built.dataset.reports.map((_, i) => i));
  const files: Record<string, unknown> = { 'dataset.json': published, 'quotes.json': quotes, 'findings.json': { count: 1 } };
  const bytes: Record<string, Uint8Array> = { ...columnFiles(columns), 'findings.bin': Uint8Array.of(1, 0, 0, 0) };
  change(bytes);
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (path: string) => {
    asked.push(path);
    const name = path.slice('./data/'.length);
    if (name in bytes) return new Response(bytes[name].slice().buffer);
    return name in files ? new Response(JSON.stringify(files[name])) : new Response('', { status: 404 });
  });
  return { built, asked };
}

afterEach(() => vi.unstubAllGlobals());

describe('loadDataset', () => {
  it('fetches dataset.json and the figure columns alone, relative to the page, and gives every figure as the validator made it but its quote and place', async () => {
    const { built, asked } = serve();
    const { dataset, issues, order } = await loadDataset();
    expect(asked).toEqual(['./data/dataset.json', ...FIGURE_COLUMNS.map((column) => `./data/${columnFile(column)}`)]);
    expect(issues).toEqual([]);
    expect(order).toEqual(built.dataset.reports.map((_, i) => i));
    expect(hasQuotes(dataset)).toBe(false);
    expect(hasLocations(dataset)).toBe(false);
    expect(dataset.observations.map(({ quote, line, location, ...rest }) => ({ ...rest, quote: quote === '', line, location }))).toEqual(
      built.dataset.observations.map(({ quote, line, location, ...rest }) => ({ ...rest, quote: quote !== '', line: line && 0, location: location && undefined })),
    );
  });

  it('fetches the locations once, however many ask, and gives them to the figures made before', async () => {
    const { built, asked } = serve();
    const { dataset } = await loadDataset();
    const before = dataset.observations;
    await Promise.all([loadLocations(dataset), loadLocations(dataset)]);
    await loadLocations(dataset);
    expect(hasLocations(dataset)).toBe(true);
    for (const column of LOCATION_COLUMNS) expect(asked.filter((path) => path.endsWith(columnFile(column)))).toHaveLength(1);
    expect(before.map(({ line, location }) => ({ line, location }))).toEqual(built.dataset.observations.map(({ line, location }) => ({ line, location })));
    expect(built.dataset.observations.some((observation) => observation.location)).toBe(true);
  });

  it('fetches the quotes once, however many ask, and gives them to the figures made before, their places with them', async () => {
    const { built, asked } = serve();
    const { dataset } = await loadDataset();
    const first = dataset.observations[0];
    await Promise.all([loadQuotes(dataset), loadQuotes(dataset)]);
    await loadQuotes(dataset);
    expect(asked.filter((path) => path.endsWith('quotes.json'))).toHaveLength(1);
    expect(first.quote).toBe(built.dataset.observations[0].quote);
    expect(dataset.observations.map((observation) => observation.quote)).toEqual(built.dataset.observations.map((observation) => observation.quote));
    expect(dataset.observations).toEqual(built.dataset.observations);
  });

  it('has findings to fetch for a published dataset only', async () => {
    serve();
    const { dataset } = await loadDataset();
    expect(loadFindings.has(dataset)).toBe(true);
    const findings = await loadFindings.of(dataset);
    expect(findings.head).toEqual({ count: 1 });
    expect(Array.from(new Int32Array(findings.bytes))).toEqual([1]);
    expect(loadFindings.has(buildDataset(fixtureTexts()).dataset)).toBe(false);
  });

  it('refuses a column file published for other data, naming it', async () => {
    serve((bytes) => (bytes['observations/value.bin'] = encodeColumn([1, 2, 3], PUBLISHED_FORMAT)));
    await expect(loadDataset()).rejects.toThrow(/observations\/value\.bin: not \d+ rows; publish the data again/);
  });

  it('refuses a column file cut short, naming it', async () => {
    serve((bytes) => (bytes['observations/report.bin'] = bytes['observations/report.bin'].subarray(0, bytes['observations/report.bin'].length - 1)));
    await expect(loadDataset()).rejects.toThrow(/observations\/report\.bin: \d+ bytes where \d+ rows take \d+ \(cut short\?\); publish the data again/);
  });

  it('fails with the file and the HTTP status when the published dataset is missing', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await expect(loadDataset()).rejects.toThrow('dataset.json: HTTP 404');
  });
});
