import { describe, expect, it } from 'vitest';
import type { Report } from '../data/dataset';
import { displayOrder, indexDataset, observationsOfReport, sortForDisplay } from './datasetIndex';
import { selectReports } from './selectReports';
import { buildDataset } from '../data/buildDataset';
import { ObservationTable } from '../data/observationTable';
import { datasetFromPublished, FIGURE_COLUMNS, locationColumns, publishDataset, readColumnFiles } from '../data/publishedDataset';
import { DONG_2020, DONG_2022, DONG_CODE, NAN_2020, XI_2020, fixtureTexts, makeDataset } from '../../test/fixtures/makeDataset';

/** The order reports were sorted in before the index: province, district, year, with localeCompare. */
const byLocaleCompare = (a: Report, b: Report) => a.province.localeCompare(b.province, 'zh') || a.district.localeCompare(b.district, 'zh') || a.year - b.year;

describe('indexDataset', () => {
  const dataset = makeDataset();
  const index = indexDataset(dataset);

  it('orders the reports exactly as comparing names with localeCompare does', () => {
    expect(index.ordered).toEqual([...dataset.reports].sort(byLocaleCompare));
    expect(index.ordered.map((report) => report.id)).toEqual([DONG_2020, DONG_2022, XI_2020, NAN_2020]);
  });

  it('lists provinces, years, each district’s reports oldest first and each province’s districts by their latest report', () => {
    expect(index.provinces).toEqual(['甲省', '乙省']);
    expect(index.years).toEqual([2020, 2022]);
    expect(index.reportsByDistrict.get(DONG_CODE)!.map((report) => report.id)).toEqual([DONG_2020, DONG_2022]);
    expect(index.districtsByProvince.get('甲省')!.map((report) => report.id)).toEqual([DONG_2022, XI_2020]);
    expect(index.districtsByProvince.get('')!.map((report) => report.id)).toEqual([DONG_2022, XI_2020, NAN_2020]);
  });

  it('lists each district’s reports oldest first whatever order the dataset gives them in', () => {
    const reversed = indexDataset({ ...dataset, reports: [...dataset.reports].reverse() });
    expect(reversed.reportsByDistrict.get(DONG_CODE)!.map((report) => report.id)).toEqual([DONG_2020, DONG_2022]);
    expect(reversed.districtsByProvince.get('')!.map((report) => report.id)).toEqual([DONG_2022, XI_2020, NAN_2020]);
  });

  it('is built once per dataset', () => {
    expect(indexDataset(dataset)).toBe(index);
  });
});

describe('observationsOfReport', () => {
  it('gives a report’s figures in the order of observations.csv', () => {
    const dataset = makeDataset();
    const expected = dataset.observations.filter((observation) => observation.reportId === DONG_2022);
    expect(observationsOfReport(dataset, DONG_2022)).toEqual(expected);
    expect(observationsOfReport(dataset, 'no-such-report')).toEqual([]);
  });

  it('gives them in that order before a published dataset’s lines have arrived, and with their lines and places after', () => {
    const built = buildDataset(fixtureTexts());
    const { published, columns } = publishDataset(built.dataset, built.issues, built.dataset.reports.map((_, i) => i));
    const files = readColumnFiles(columns);
    const dataset = datasetFromPublished(published, Object.fromEntries(FIGURE_COLUMNS.map((column) => [column, files[column]])));
    const table = dataset.observationByKey as ObservationTable;
    expect(table.hasLocations()).toBe(false);
    const lists = built.dataset.reports.map((report) => observationsOfReport(dataset, report.id));
    for (const [i, report] of built.dataset.reports.entries()) {
      expect(lists[i].map((observation) => observation.key)).toEqual(observationsOfReport(built.dataset, report.id).map((observation) => observation.key));
    }
    table.setLocations(locationColumns(files, table.size));
    for (const [i, report] of built.dataset.reports.entries()) {
      expect(observationsOfReport(dataset, report.id)).toBe(lists[i]);
      expect(lists[i].map(({ quote: _, ...rest }) => rest)).toEqual(observationsOfReport(built.dataset, report.id).map(({ quote: _, ...rest }) => rest));
    }
  });
});

describe('selectReports with the index', () => {
  it('selects what filtering and sorting every report with localeCompare selected', () => {
    const dataset = makeDataset(fixtureTexts());
    for (const year of ['all', 2020, 2022] as const) {
      for (const province of [null, '甲省', '丙省']) {
        const expected = dataset.reports.filter((r) => (province === null || r.province === province) && (year === 'all' || r.year === year)).sort(byLocaleCompare);
        expect(selectReports(dataset, { year, province, districts: [] })).toEqual(expected);
      }
    }
  });

  it('returns the same array for the same filter, so what is drawn from it can be kept', () => {
    const dataset = makeDataset();
    const filter = { year: 'latest' as const, province: null, districts: [] };
    expect(selectReports(dataset, filter)).toBe(selectReports(dataset, { ...filter }));
    expect(selectReports(dataset, filter)).not.toBe(selectReports(dataset, { ...filter, year: 'all' }));
  });
});

describe('displayOrder', () => {
  it('lets another copy of the dataset be indexed in the same order without sorting', () => {
    const dataset = makeDataset();
    const copy = makeDataset();
    const order = displayOrder(dataset.reports);
    expect(indexDataset(copy, order).ordered.map((report) => report.id)).toEqual(indexDataset(dataset).ordered.map((report) => report.id));
  });
});

describe('sortForDisplay', () => {
  it('orders reports exactly as comparing province, district and year with the Chinese collation does', () => {
    // Names the collation finds equal though they differ (a zero-width space, a combining accent, a soft
    // hyphen) must tie as they did, and fall to the next key; input order breaks full ties (a stable sort).
    const provinces = ['广东省', '北京市', '北京市\u200b', '江苏省', '澳门'];
    const districts = ['武江区', '浈江区', '曲江区', 'é区', 'e\u0301区', '\u00ad曲江区', '南山区', 'Nanshan', 'nanshan'];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const reports = Array.from({ length: 400 }, (_, i) => ({
      id: `r${i}`,
      province: provinces[next(provinces.length)],
      district: districts[next(districts.length)],
      year: 2018 + next(4),
    })) as unknown as Report[];
    expect(sortForDisplay(reports).map((report) => report.id)).toEqual([...reports].sort(byLocaleCompare).map((report) => report.id));
  });
});

