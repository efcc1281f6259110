import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDataset } from './buildDataset';
import { loadReportSource, reportParagraphs } from './reportTexts';
import { readColumnFiles, datasetFromPublished, publishDataset } from './publishedDataset';
import { DONG_2022, NAN_2020, fixtureTexts } from '../../test/fixtures/makeDataset';

/** The fixture as the page gets it: published, without its report texts. */
function published() {
  const texts = fixtureTexts();
  const built = buildDataset(texts);
  const { published, columns } = publishDataset(built.dataset, built.issues, built.dataset.reports.map((_, i) => i));
  return { dataset: datasetFromPublished(JSON.parse(JSON.stringify(published)), readColumnFiles(columns)), eager: built.dataset, sources: texts.sources };
}

afterEach(() => vi.unstubAllGlobals());

describe('loadReportSource', () => {
  it('fetches a report’s text once, however many ask for it at the same time, and splits it as buildDataset does', async () => {
    const { dataset, eager, sources } = published();
    const fetch = vi.fn(async () => new Response(sources['dong-2022.txt']));
    vi.stubGlobal('fetch', fetch);
    const [first, second] = await Promise.all([loadReportSource(dataset, DONG_2022, './data/'), loadReportSource(dataset, DONG_2022, './data/')]);
    expect(second).toBe(first);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith('./data/sources/dong-2022.txt');
    expect(reportParagraphs(dataset, DONG_2022)).toEqual(eager.paragraphsByReport.get(DONG_2022));
    // Kept beside the dataset, not written into it: the loaded dataset does not change.
    expect(dataset.paragraphsByReport.has(DONG_2022)).toBe(false);
    expect(dataset.observationByKey.get(`${DONG_2022}/mediation_cases`)!.location).toEqual(eager.observationByKey.get(`${DONG_2022}/mediation_cases`)!.location);
    await loadReportSource(dataset, DONG_2022);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('fails with the file and the HTTP status when the text is missing', async () => {
    const { dataset } = published();
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
    await expect(loadReportSource(dataset, NAN_2020)).rejects.toThrow('sources/nan-2020.txt: HTTP 404');
  });
});
