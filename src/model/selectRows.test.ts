import { describe, it, expect } from 'vitest';
import type { YearFilter } from '../url/viewState';
import { DOMAINS } from '../data/schema';
import { countDomainRows, selectRows, type RowQuery, type TableRow } from './selectRows';
import { selectReports } from './selectReports';
import { DONG_2020, DONG_2022, NAN_2020, XI_2020, makeDataset } from '../../test/fixtures/makeDataset';

const dataset = makeDataset();
const QUERY: RowQuery = { domain: null, indicator: null, text: '', sort: 'value', descending: true };

function rows(change: Partial<RowQuery>, year: YearFilter = 'latest'): TableRow[] {
  const reports = selectReports(dataset, { year, province: null, districts: [] });
  return selectRows(dataset, reports, { ...QUERY, ...change });
}

const keys = (table: TableRow[]) => table.map((row) => row.observation.key);
const values = (table: TableRow[]) => table.map((row) => row.observation.value);

describe('selectRows: which rows', () => {
  it('lists every observation of the selected reports and none of the others', () => {
    const table = rows({});
    expect(table).toHaveLength(11);
    expect(new Set(table.map((row) => row.report.id))).toEqual(new Set([DONG_2022, XI_2020, NAN_2020]));
    expect(rows({}, 'all')).toHaveLength(dataset.observations.length);
  });

  it('joins each observation to its report and indicator', () => {
    const [row] = rows({ indicator: 'litigation_cases' });
    expect(row.report.district).toBe('西区');
    expect(row.indicator.nameZh).toBe('行政诉讼案件');
    expect(row.observation.value).toBe(12);
  });

  it('filters by domain', () => {
    expect(keys(rows({ domain: 'litigation' }, 'all')).sort()).toEqual([
      `${DONG_2020}/litigation_cases`,
      `${XI_2020}/litigation_cases`,
    ]);
    expect(rows({ domain: 'reconsideration' })).toEqual([]);
  });

  it('filters by indicator', () => {
    expect(keys(rows({ indicator: 'mediation_success_rate' }))).toEqual([
      `${DONG_2022}/mediation_success_rate`,
      `${XI_2020}/mediation_success_rate`,
      `${NAN_2020}/mediation_success_rate`,
    ]);
  });

  it('filters by text in the indicator name, in either language and any case, ignoring surrounding spaces', () => {
    expect(keys(rows({ text: '婚姻家庭' }))).toEqual([`${DONG_2022}/mediation_family`, `${NAN_2020}/mediation_family`]);
    expect(keys(rows({ text: '  FAMILY ' }))).toEqual([
      `${DONG_2022}/mediation_family`,
      `${NAN_2020}/mediation_family`,
    ]);
  });

  it('filters by text in the quote', () => {
    // 余件 appears only in 东区 2020's quote 调解纠纷800余件, in no name or note.
    expect(keys(rows({ text: '余件' }, 'all'))).toEqual([`${DONG_2020}/mediation_cases`]);
  });

  it('filters by text in the note, English or Chinese', () => {
    expect(keys(rows({ text: '乡镇' }))).toEqual([`${DONG_2022}/mediation_cases`]);
    expect(keys(rows({ text: 'township' }))).toEqual([`${DONG_2022}/mediation_cases`]);
  });

  it('filters by text in the district name', () => {
    expect(rows({ text: '南区' }).map((row) => row.report.id)).toEqual([NAN_2020, NAN_2020, NAN_2020, NAN_2020]);
  });

  it('combines domain, indicator and text', () => {
    expect(keys(rows({ domain: 'mediation', text: '东区' }))).toHaveLength(5);
    expect(keys(rows({ domain: 'litigation', text: '婚姻' }))).toEqual([]);
    expect(keys(rows({ indicator: 'mediation_cases', text: '约' }))).toEqual([`${NAN_2020}/mediation_cases`]);
  });
});

describe('selectRows: order', () => {
  it('sorts by value, largest first', () => {
    expect(values(rows({ sort: 'value', descending: true }))).toEqual([
      2300, 1500, 1200, 860, 600, 400, 300, 98.2, 97, 96.5, 12,
    ]);
  });

  it('sorts by value, smallest first', () => {
    expect(values(rows({ sort: 'value', descending: false }))).toEqual([
      12, 96.5, 97, 98.2, 300, 400, 600, 860, 1200, 1500, 2300,
    ]);
  });

  it('sorts by district and breaks ties by the file line, in both directions', () => {
    const ascending = rows({ sort: 'district', descending: false });
    expect(ascending.map((row) => row.report.district)).toEqual([
      '东区',
      '东区',
      '东区',
      '东区',
      '东区',
      '南区',
      '南区',
      '南区',
      '南区',
      '西区',
      '西区',
    ]);
    const descending = rows({ sort: 'district', descending: true });
    expect(descending.map((row) => row.report.district)).toEqual([
      '西区',
      '西区',
      '南区',
      '南区',
      '南区',
      '南区',
      '东区',
      '东区',
      '东区',
      '东区',
      '东区',
    ]);
    for (const table of [ascending, descending]) {
      for (let i = 1; i < table.length; i++) {
        if (table[i].report.district === table[i - 1].report.district)
          expect(table[i].observation.line).toBeGreaterThan(table[i - 1].observation.line);
      }
    }
  });

  it('sorts by year', () => {
    const table = rows({ sort: 'year', descending: true }, 'all');
    expect(table.slice(0, 5).every((row) => row.report.year === 2022)).toBe(true);
    expect(table.slice(5).every((row) => row.report.year === 2020)).toBe(true);
  });

  it('sorts by indicator name', () => {
    const names = rows({ sort: 'indicator', descending: false, domain: 'mediation' }).map(
      (row) => row.indicator.nameZh,
    );
    expect([...new Set(names)]).toEqual(['调解成功率', '调解纠纷', '婚姻家庭纠纷', '邻里纠纷', '涉及金额']);
  });
});

describe('selectRows sorts as comparing names with localeCompare did', () => {
  it.each(['district', 'indicator'] as const)('by %s, either way', (sort) => {
    const dataset = makeDataset();
    const reports = selectReports(dataset, { year: 'all', province: null, districts: [] });
    for (const descending of [false, true]) {
      const rows = selectRows(dataset, reports, { domain: null, indicator: null, text: '', sort, descending });
      const name = (row: TableRow) => (sort === 'district' ? row.report.district : row.indicator.nameZh);
      const expected = [...rows].sort((a, b) => (descending ? -1 : 1) * name(a).localeCompare(name(b), 'zh') || a.observation.line - b.observation.line);
      expect(rows.map((row) => row.observation.key)).toEqual(expected.map((row) => row.observation.key));
    }
  });
});

describe('countDomainRows', () => {
  it('counts the rows selectRows gives for a domain, with no other filter', () => {
    for (const year of ['latest', 'all', 2020] as YearFilter[]) {
      const reports = selectReports(dataset, { year, province: null, districts: [] });
      for (const domain of DOMAINS) {
        expect(countDomainRows(dataset, reports, domain)).toBe(selectRows(dataset, reports, { ...QUERY, domain }).length);
      }
    }
    expect(countDomainRows(dataset, selectReports(dataset, { year: 'all', province: null, districts: [] }), 'litigation')).toBe(2);
  });

  it('counts a report listed twice once, as selectRows does', () => {
    const reports = selectReports(dataset, { year: 'all', province: null, districts: [] });
    expect(countDomainRows(dataset, [...reports, ...reports], 'mediation')).toBe(countDomainRows(dataset, reports, 'mediation'));
  });
});
