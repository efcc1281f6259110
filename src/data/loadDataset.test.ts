import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDataset } from './buildDataset';
import { hasQuotes, loadDataset, loadFindings, loadQuotes } from './loadDataset';
import { columnFile, columnFiles, OBSERVATION_COLUMNS, publishDataset } from './publishedDataset';
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
  it('fetches dataset.json and the observation columns alone, relative to the page, and gives every figure as the validator made it but its quote', async () => {
    const { built, asked } = serve();
    const { dataset, issues, order } = await loadDataset();
    expect(asked).toEqual(['./data/dataset.json', ...OBSERVATION_COLUMNS.map((column) => `./data/${columnFile(column)}`)]);
    expect(issues).toEqual([]);
    expect(order).toEqual(built.dataset.reports.map((_, i) => i));
    expect(hasQuotes(dataset)).toBe(false);
    expect(dataset.observations.map(({ quote, ...rest }) => ({ ...rest, quote: quote === '' }))).toEqual(
      built.dataset.observations.map(({ quote, ...rest }) => ({ ...rest, quote: quote !== '' })),
    );
  });

  it('fetches the quotes once, however many ask, and gives them to the figures made before', async () => {
    const { built, asked } = serve();
    const { dataset } = await loadDataset();
    const first = dataset.observations[0];
    await Promise.all([loadQuotes(dataset), loadQuotes(dataset)]);
    await loadQuotes(dataset);
    expect(asked.filter((path) => path.endsWith('quotes.json'))).toHaveLength(1);
    expect(first.quote).toBe(built.dataset.observations[0].quote);
    expect(dataset.observations.map((observation) => observation.quote)).toEqual(built.dataset.observations.map((observation) => observation.quote));
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
    serve((bytes) => (bytes['observations/value.bin'] = bytes['observations/value.bin'].subarray(8)));
    await expect(loadDataset()).rejects.toThrow(/observations\/value\.bin: not \d+ rows; publish the data again/);
  });

  it('fails with the file and the HTTP status when the published dataset is missing', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await expect(loadDataset()).rejects.toThrow('dataset.json: HTTP 404');
  });
});
