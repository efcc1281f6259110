import { afterEach, describe, expect, it, vi } from 'vitest';
import { EAGER_SOURCE_LIMIT, loadDatasetFrame } from './loadDataset';

const HEADER = 'report_id,source_file,admin_code,province,city,district,district_en,year,title,title_source,script,note';
const row = (i: number, file: string, note = '') => `2020-p-c-d${i},${file},110101,省,市,区${i},D${i},2020,标题,report,hans,${note}`;
const reports = (rows: string[]) => `${[HEADER, ...rows].join('\n')}\n`;

/** Loads the frame of these reports, answering every source file's request; returns it and the files asked for. */
async function load(reportsCsv: string) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (path: string) => {
    asked.push(path.slice(path.lastIndexOf('/') + 1));
    return new Response(`text of ${path}`);
  });
  const frame = await loadDatasetFrame('./data/', { reports: reportsCsv, indicators: '', population: '' });
  return { frame, asked };
}

describe('loadDatasetFrame', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fetches the source reports of a small dataset', async () => {
    const { frame, asked } = await load(reports([row(1, 'a.txt'), row(2, 'b.txt'), row(3, 'bad name'), row(4, 'a.txt')]));
    expect(frame.sourcesDeferred).toBeUndefined();
    expect(asked).toEqual(['a.txt', 'b.txt']);
    expect(Object.keys(frame.sources)).toEqual(['a.txt', 'b.txt']);
  });

  it('leaves the sources to be fetched when opened above the limit, without a request', async () => {
    const many = Array.from({ length: EAGER_SOURCE_LIMIT + 1 }, (_, i) => row(i, `r${i}.txt`));
    const { frame, asked } = await load(reports(many));
    expect(frame.sourcesDeferred).toBe(true);
    expect(asked).toEqual([]);
  });

  it('counts source files, not reports: many reports of a few files are fetched up front', async () => {
    const many = Array.from({ length: EAGER_SOURCE_LIMIT * 3 }, (_, i) => row(i, `r${i % 3}.txt`));
    const { frame, asked } = await load(reports(many));
    expect(frame.sourcesDeferred).toBeUndefined();
    expect(asked).toEqual(['r0.txt', 'r1.txt', 'r2.txt']);
  });

  it('reads a reports.csv that is not plain comma-separated (PapaParse) the same way', async () => {
    const many = Array.from({ length: EAGER_SOURCE_LIMIT + 1 }, (_, i) => row(i, `r${i}.txt`, i === 300 ? '"a; b"' : ''));
    expect((await load(reports(many))).frame.sourcesDeferred).toBe(true);
    const few = [row(1, 'a.txt', '"two\nlines"'), row(2, 'b.txt')];
    expect((await load(reports(few))).asked).toEqual(['a.txt', 'b.txt']);
  });
});
