import { describe, expect, it } from 'vitest';
import { buildDataset } from './buildDataset';
import { readColumnFiles, datasetFromPublished, publishDataset, publishedRecords, PUBLISHED_FORMAT } from './publishedDataset';
import { fixtureTexts } from '../../test/fixtures/makeDataset';
import type { ObservationTable } from './observationTable';

/** The fixture published, through JSON as the page reads it, and read back. */
function roundTrip(change: (reports: Record<string, unknown>[]) => void = () => {}) {
  const { dataset, issues } = buildDataset(fixtureTexts());
  change(dataset.reports as unknown as Record<string, unknown>[]);
  const { published, columns } = publishDataset(dataset, issues, dataset.reports.map((_, i) => i));
  const json = JSON.parse(JSON.stringify(published));
  return { dataset, json, read: datasetFromPublished(json, readColumnFiles(columns)) };
}

describe('publishDataset and datasetFromPublished', () => {
  it('give back every report and population row exactly', () => {
    const { dataset, read } = roundTrip();
    expect(read.reports).toEqual(dataset.reports);
    expect(read.population).toEqual(dataset.population);
  });

  it('give back every figure exactly, each column held at the narrow width it was published at', () => {
    const { dataset, read } = roundTrip();
    const table = read.observationByKey as ObservationTable;
    table.setQuotes(dataset.observations.map((observation) => observation.quote));
    expect(read.observations).toEqual(dataset.observations);
    // Nothing widened in memory: a few reports and indicators take a byte each.
    expect([table.columns.report, table.columns.indicator, table.columns.paragraph].map((column) => column.BYTES_PER_ELEMENT)).toEqual([1, 1, 1]);
  });

  it('publish titles, ids and file names that differ only by the report’s own fields as one value', () => {
    const { json } = roundTrip((reports) =>
      reports.forEach((report) => {
        report.title = `${report.city}${report.district}人民政府${report.year}年法治政府建设年度报告`;
      }),
    );
    const values = (field: string) => json.reports.values[json.reports.fields.indexOf(field)];
    expect(json.reports.templated).toEqual(['id', 'sourceFile', 'title']);
    expect(values('title')).toHaveLength(1);
    expect(values('sourceFile').length).toBeLessThan(json.reports.count);
  });

  it('keep a title with the template mark, a field named twice and a field inside another exactly', () => {
    const marked = (reports: Record<string, unknown>[]) => {
      reports[0].title = `${reports[0].district}\u0000district\u0000${reports[0].year}`;
      reports[1].title = `${reports[1].district}${reports[1].district}（${reports[1].year}${reports[1].year}）`;
      reports[2].title = `${reports[2].year}`.slice(1);
    };
    const { dataset, json, read } = roundTrip(marked);
    expect(json.reports.templated).toEqual(['id', 'sourceFile']);
    expect(read.reports).toEqual(dataset.reports);
    const { dataset: plain, read: plainRead } = roundTrip((reports) => {
      marked(reports);
      reports[0].title = 'x';
    });
    expect(plainRead.reports).toEqual(plain.reports);
  });

  it('refuse a dataset.json published in another format, naming it', () => {
    const { json } = roundTrip();
    expect(() => publishedRecords({ ...json, format: PUBLISHED_FORMAT - 1 })).toThrow(`dataset.json: format ${PUBLISHED_FORMAT - 1}, expected ${PUBLISHED_FORMAT}; publish the data again`);
  });
});
